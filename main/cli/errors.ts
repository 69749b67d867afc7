/** Turning failures into exit codes and one line on stderr: 2 for the user's input, 1 for our bugs. */
import { CommanderError } from 'commander';
import { InputError } from '../engine/errors.js';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INPUT = 2;

/** A file-system failure on the user's file is their input problem, not our bug. */
export function fromFsError(error: unknown, file: string, doing: 'read' | 'write'): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    ENOENT: doing === 'read' ? 'file not found' : 'folder not found',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    EBUSY: 'the file is locked by another program',
    EEXIST: 'a file stands where a folder is needed',
    HUIBAO_READONLY: 'the file is read-only',
  };
  const reason = code ? reasons[code] : undefined;
  if (!reason) return error;
  const hint = doing === 'read' ? 'Check the path and try again' : 'Choose another output path, or close the program that holds the file';
  return new InputError({ file, message: `cannot ${doing}: ${reason}`, hint, cause: error });
}

/** The code of an error that says the installation is incomplete (see main/cli/bundle-shims/pdf-stack-modules.cjs). */
export const INSTALL_ERROR = 'HUIBAO_INSTALL';

export function exitCodeFor(error: unknown, stderr: (line: string) => void): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return EXIT_OK;
    // commander already printed its message; usage errors are the user's input.
    return EXIT_INPUT;
  }
  if (error instanceof InputError) {
    stderr(`huibao: ${error.toOneLine()}`);
    return EXIT_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { code?: unknown } | undefined)?.code === INSTALL_ERROR) {
    // The installation is incomplete (a bundle npm ci makes is missing): not a bug, and the message says what to do.
    stderr(`huibao: ${message}`);
    return EXIT_INTERNAL;
  }
  stderr(`huibao: internal error: ${message}`);
  if (process.env['HUIBAO_DEBUG'] && error instanceof Error && error.stack) stderr(error.stack);
  else stderr('huibao: this is a bug in Huibao; run again with HUIBAO_DEBUG=1 for details and report it');
  return EXIT_INTERNAL;
}
