/**
 * Debounced, serialized autosave. Each edit reschedules the write ~300 ms later, but a stream of edits is still
 * written at least every `maxWaitMs`, so typing for a minute never leaves a minute unsaved. Writes for one document
 * never overlap (the next waits for the previous), and `flush()` writes everything pending now (on quit, before
 * another report opens, on SIGINT).
 */
export interface AutosaveOptions {
  readonly delayMs?: number;
  readonly maxWaitMs?: number;
  /** Called with the outcome of every write; a failed write keeps the latest content pending for the next edit or flush. */
  readonly onWritten?: (key: string, error: unknown) => void;
}

export interface Autosave {
  schedule(key: string, write: () => Promise<void>): void;
  flush(): Promise<void>;
  /** Keys with a write scheduled or running (for tests and for "unsaved" indicators). */
  pending(): readonly string[];
}

interface Slot {
  write: (() => Promise<void>) | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  firstScheduledAt: number;
  running: Promise<void>;
}

export function createAutosave(options: AutosaveOptions = {}): Autosave {
  const delayMs = options.delayMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const slots = new Map<string, Slot>();

  const run = (key: string, slot: Slot): Promise<void> => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    const write = slot.write;
    slot.write = undefined;
    if (!write) return slot.running;
    slot.running = slot.running.then(async () => {
      try {
        await write();
        options.onWritten?.(key, undefined);
      } catch (error) {
        // Keep it for the next try unless a newer state already replaced it.
        slot.write ??= write;
        options.onWritten?.(key, error);
      }
    });
    return slot.running;
  };

  return {
    schedule(key, write) {
      const slot = slots.get(key) ?? { write: undefined, timer: undefined, firstScheduledAt: 0, running: Promise.resolve() };
      slots.set(key, slot);
      const now = Date.now();
      if (!slot.timer) slot.firstScheduledAt = now;
      else clearTimeout(slot.timer);
      slot.write = write;
      const wait = Math.max(0, Math.min(delayMs, slot.firstScheduledAt + maxWaitMs - now));
      slot.timer = setTimeout(() => void run(key, slot), wait);
    },
    async flush() {
      await Promise.all([...slots].map(([key, slot]) => run(key, slot)));
    },
    pending: () => [...slots].filter(([, slot]) => slot.write !== undefined).map(([key]) => key),
  };
}
