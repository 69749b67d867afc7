/**
 * Nothing typed is lost on quit: the first `before-quit` is held until pending autosaves are written and the job
 * worker is stopped, then the quit goes on. Also on SIGINT/SIGTERM (a terminal or a session logout).
 */
import { app } from 'electron';

export function setupQuit(flush: () => Promise<void>): void {
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed) return;
    event.preventDefault();
    flush()
      .catch((error: unknown) => process.stderr.write(`huibao: could not save before quitting: ${String(error)}\n`))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
  app.on('window-all-closed', () => app.quit());
}
