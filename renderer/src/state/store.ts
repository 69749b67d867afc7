/**
 * A minimal observable store: one state value, replaced (never mutated) by `update`, and listeners that each watch
 * a slice and run only when that slice changes (compared by identity). Views redraw from it; nothing else holds
 * state that the screen shows.
 */
export interface Store<S> {
  get(): S;
  update(change: (state: S) => S): void;
  /** Calls `listener` now and whenever `select(state)` changes. Returns the unsubscribe function. */
  watch<T>(select: (state: S) => T, listener: (slice: T, state: S) => void, equal?: (a: T, b: T) => boolean): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const watchers = new Set<(state: S) => void>();
  return {
    get: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      for (const watcher of [...watchers]) watcher(state);
    },
    watch(select, listener, equal = Object.is) {
      let last = select(state);
      const watcher = (current: S): void => {
        const slice = select(current);
        if (equal(slice, last)) return;
        last = slice;
        listener(slice, current);
      };
      watchers.add(watcher);
      listener(last, state);
      return () => void watchers.delete(watcher);
    },
  };
}

/** Compares arrays of slices item by item: for watching several values at once. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
