/** Undo/redo history: steps, no empty steps, the redo branch, the cap. */
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, HISTORY_LIMIT, historyOf, redo, undo } from '../../../renderer/src/state/history.js';

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = historyOf(1);
    h = commit(h, 2);
    h = commit(h, 3);
    expect(h.present).toBe(3);
    h = undo(h);
    expect(h.present).toBe(2);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present).toBe(2);
    expect(canRedo(h)).toBe(true);
  });

  it('records no step for an edit that changes nothing', () => {
    const h = commit(historyOf({ a: 1 }), { a: 1 }, (x, y) => x.a === y.a);
    expect(canUndo(h)).toBe(false);
  });

  it('drops the redo branch on a new edit', () => {
    const h = commit(undo(commit(historyOf('a'), 'b')), 'c');
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe('a');
  });

  it('keeps at most HISTORY_LIMIT steps, dropping the oldest', () => {
    let h = historyOf(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = commit(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });

  it('undo and redo at the ends return the same history', () => {
    const h = historyOf('x');
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });
});
