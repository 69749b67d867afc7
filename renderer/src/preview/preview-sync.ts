/**
 * Keeps the backend in step with the user's choices and the preview in step with the backend: after a change it
 * sends the choices (`updateDocument`, which autosaves) and plans the deck (`planDeck`), one call at a time and
 * always with the latest choices — a burst of changes costs one round trip, never a queue of stale ones. A failed
 * call is reported and the last good preview stays; the next change tries again. DOM-free, so it is unit-tested
 * with a fake backend and fake timers.
 */
import type { PlannedDeck } from '../../../main/contract.js';
import type { Choices } from '../state/choices.js';

export interface SyncTarget {
  readonly documentId: string;
  readonly choices: Choices;
}

export interface SyncBackend {
  update(target: SyncTarget): Promise<unknown>;
  plan(documentId: string): Promise<PlannedDeck>;
}

export type SyncStatus = 'idle' | 'pending' | 'slow';

export interface SyncOptions {
  readonly backend: SyncBackend;
  /** The open document and its current choices (null when none is open). */
  readonly read: () => SyncTarget | null;
  /**
   * A plan for the current document arrived. `changedAt` is when the oldest change it includes was made;
   * `backendMs` how long the calls for it took (the rest of the delay is the window's own).
   */
  readonly onPlanned: (planned: PlannedDeck, changedAt: number | null, backendMs: number) => void;
  /** A call failed: `update` means the backend does not have the latest choices (nothing was saved). */
  readonly onError: (error: unknown, call: 'update' | 'plan') => void;
  readonly onStatus: (status: SyncStatus) => void;
  readonly now?: () => number;
  /**
   * Wait before the first call after a change. Bursts are coalesced anyway (changes made while a call is out are
   * sent together when it returns), so the default is 0: a single click goes out at once.
   */
  readonly debounceMs?: number;
  /** Only a slow answer shows a spinner: quick ones would make it flicker. */
  readonly slowMs?: number;
}

export interface PreviewSync {
  /** The choices changed: send them and re-plan. */
  changed(): void;
  /** Re-plan without sending (a document was just opened, or the user asked to retry). */
  replan(): void;
  /** Resolves once everything changed so far has reached the backend (before an export reads the document). */
  settled(): Promise<void>;
}

export const PREVIEW_DEBOUNCE_MS = 0;
export const PREVIEW_SLOW_MS = 400;

export function createPreviewSync(options: SyncOptions): PreviewSync {
  const now = options.now ?? (() => performance.now());
  const debounceMs = options.debounceMs ?? PREVIEW_DEBOUNCE_MS;
  const slowMs = options.slowMs ?? PREVIEW_SLOW_MS;
  let needUpdate = false;
  let needPlan = false;
  let changedAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let waiters: (() => void)[] = [];

  const schedule = (): void => {
    if (running || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, debounceMs);
  };

  const release = (): void => {
    if (running || timer !== undefined) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  async function run(): Promise<void> {
    running = true;
    options.onStatus('pending');
    const slow = setTimeout(() => options.onStatus('slow'), slowMs);
    let call: 'update' | 'plan' = 'update';
    try {
      while (needUpdate || needPlan) {
        const target = options.read();
        if (!target) {
          needUpdate = needPlan = false;
          break;
        }
        const since = changedAt;
        const started = now();
        if (needUpdate) {
          needUpdate = false;
          call = 'update';
          await options.backend.update(target);
          // Changed again while that call was out: send the newer choices before planning.
          if (needUpdate) continue;
        }
        needPlan = false;
        changedAt = null;
        call = 'plan';
        const planned = await options.backend.plan(target.documentId);
        // A plan for a document that has since been closed or replaced is of no use to anyone.
        if (options.read()?.documentId === planned.documentId) options.onPlanned(planned, since, now() - started);
      }
    } catch (error) {
      // Nothing is retried in a loop: the next change (or a retry) sends the whole state again.
      needUpdate = needPlan = false;
      changedAt = null;
      options.onError(error, call);
    } finally {
      clearTimeout(slow);
      running = false;
      options.onStatus('idle');
      if (needUpdate || needPlan) schedule();
      release();
    }
  }

  return {
    changed() {
      needUpdate = needPlan = true;
      changedAt ??= now();
      schedule();
    },
    replan() {
      needPlan = true;
      changedAt ??= now();
      schedule();
    },
    settled() {
      if (!running && timer === undefined) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
