/**
 * Finding the report a user asked the app to open: on the command line, from a file manager ("Open with Huibao"),
 * or forwarded from a second instance. Flags and Electron's own arguments are skipped.
 */
import path from 'node:path';
import { formatFromName } from '../engine/input/formats.js';

export function reportFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder ("electron .").
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const name = arg.endsWith('.huibao.json') ? arg.slice(0, -'.huibao.json'.length) : arg;
    if (formatFromName(name)) return path.resolve(cwd, name);
  }
  return null;
}
