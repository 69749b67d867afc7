/**
 * One Huibao at a time: a second launch (double-clicking another report) hands its file to the first instance,
 * which comes to the front and opens it, and then quits. macOS delivers files through `open-file` instead.
 */
import { app } from 'electron';
import { reportFromArgv } from './file-args.js';

/** False when another instance holds the lock: the caller should quit at once. */
export function setupSingleInstance(onFile: (file: string | null) => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, cwd) => onFile(reportFromArgv(argv, cwd)));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    onFile(file);
  });
  return true;
}
