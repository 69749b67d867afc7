// Debounce, maximum wait, one write at a time per document, and retry after a failed write. Fake timers: no sleeps.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../../main/handlers/autosave.js';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('autosave', () => {
  it('writes once, the latest state, after edits pause', async () => {
    const written: string[] = [];
    const autosave = createAutosave({ delayMs: 300, maxWaitMs: 2000 });
    for (const state of ['a', 'ab', 'abc']) {
      autosave.schedule('doc', async () => void written.push(state));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual(['abc']);
    expect(autosave.pending()).toEqual([]);
  });

  it('still writes during a long stream of edits, at least every maxWait', async () => {
    const written: number[] = [];
    const autosave = createAutosave({ delayMs: 300, maxWaitMs: 1000 });
    for (let i = 0; i < 30; i += 1) {
      autosave.schedule('doc', async () => void written.push(i));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 3 s of edits every 100 ms: a pure debounce would not have written at all.
    expect(written.length).toBeGreaterThanOrEqual(2);
  });

  it('flush writes everything pending now', async () => {
    const written: string[] = [];
    const autosave = createAutosave();
    autosave.schedule('a', async () => void written.push('a'));
    autosave.schedule('b', async () => void written.push('b'));
    expect(autosave.pending()).toEqual(['a', 'b']);
    await autosave.flush();
    expect(written.sort()).toEqual(['a', 'b']);
  });

  it('never runs two writes of one document at once', async () => {
    let running = 0;
    let most = 0;
    let release: () => void = () => undefined;
    const autosave = createAutosave({ delayMs: 10 });
    const slowWrite = async (): Promise<void> => {
      running += 1;
      most = Math.max(most, running);
      await new Promise<void>((resolve) => (release = resolve));
      running -= 1;
    };
    autosave.schedule('doc', slowWrite);
    await vi.advanceTimersByTimeAsync(10);
    autosave.schedule('doc', slowWrite);
    await vi.advanceTimersByTimeAsync(10);
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await autosave.flush();
    expect(most).toBe(1);
  });

  it('keeps a failed write for the next try and reports both outcomes', async () => {
    const outcomes: unknown[] = [];
    let fail = true;
    const written: string[] = [];
    const autosave = createAutosave({ onWritten: (_key, error) => outcomes.push(error) });
    autosave.schedule('doc', async () => {
      if (fail) throw new Error('disk full');
      written.push('saved');
    });
    await autosave.flush();
    expect(outcomes).toEqual([new Error('disk full')]);
    expect(autosave.pending()).toEqual(['doc']);
    fail = false;
    await autosave.flush();
    expect(written).toEqual(['saved']);
    expect(outcomes).toEqual([new Error('disk full'), undefined]);
  });
});
