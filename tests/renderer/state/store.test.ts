/** The store: watchers run only when their slice changes. */
import { describe, expect, it } from 'vitest';
import { createStore, sameItems } from '../../../renderer/src/state/store.js';

describe('store', () => {
  it('calls a watcher at once and then only when its slice changes', () => {
    const store = createStore({ a: 1, b: 'x' });
    const seen: number[] = [];
    store.watch((s) => s.a, (a) => seen.push(a));
    store.update((s) => ({ ...s, b: 'y' }));
    store.update((s) => ({ ...s, a: 2 }));
    expect(seen).toEqual([1, 2]);
  });

  it('ignores an update that returns the same state', () => {
    const store = createStore({ a: 1 });
    let calls = 0;
    store.watch((s) => s, () => calls++);
    store.update((s) => s);
    expect(calls).toBe(1);
  });

  it('compares tuples item by item with sameItems', () => {
    const store = createStore({ a: 1, b: 2, c: 3 });
    let calls = 0;
    store.watch((s) => [s.a, s.b] as const, () => calls++, sameItems);
    store.update((s) => ({ ...s, c: 4 }));
    store.update((s) => ({ ...s, b: 5 }));
    expect(calls).toBe(2);
  });

  it('stops calling after unsubscribe', () => {
    const store = createStore({ a: 1 });
    const seen: number[] = [];
    const stop = store.watch((s) => s.a, (a) => seen.push(a));
    stop();
    store.update(() => ({ a: 2 }));
    expect(seen).toEqual([1]);
  });
});
