/**
 * Undo and redo of the user's choices as plain values: every edit commits a new present, the old one goes on the
 * past stack. Pure, so the rules (no-op edits leave no step, a new edit clears redo, the stack is capped) are tested
 * without a window.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** Enough for a long session of edits; older steps fall off the bottom. */
export const HISTORY_LIMIT = 200;

export const historyOf = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** `equal` decides whether `next` changes anything: an edit that changes nothing must not cost an undo step. */
export function commit<T>(history: History<T>, next: T, equal: (a: T, b: T) => boolean = Object.is): History<T> {
  if (equal(history.present, next)) return history;
  const past = [...history.past, history.present];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, present: next, future: [] };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

export const canUndo = (history: History<unknown> | null): boolean => (history?.past.length ?? 0) > 0;
export const canRedo = (history: History<unknown> | null): boolean => (history?.future.length ?? 0) > 0;
