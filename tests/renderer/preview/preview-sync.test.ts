/** Keeping backend and preview in step: order of calls, coalescing, failures, stale plans, the slow spinner. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlannedDeck } from '../../../main/contract.js';
import { createPreviewSync, type SyncBackend, type SyncStatus, type SyncTarget } from '../../../renderer/src/preview/preview-sync.js';
import { selectionOf } from '../support/sample.js';

interface Call {
  readonly kind: 'update' | 'plan';
  readonly target: SyncTarget | string;
  resolve(value?: unknown): void;
  reject(error: unknown): void;
}

/** A backend whose answers the test releases one by one. */
function fakeBackend(): SyncBackend & { calls: Call[] } {
  const calls: Call[] = [];
  const call = <T>(kind: Call['kind'], target: Call['target']): Promise<T> =>
    new Promise<T>((resolve, reject) => calls.push({ kind, target, resolve: resolve as (value?: unknown) => void, reject }));
  return {
    calls,
    update: (target) => call('update', target),
    plan: (documentId) => call<PlannedDeck>('plan', documentId),
  };
}

const planned = (documentId: string, revision: number): PlannedDeck => ({
  documentId,
  revision,
  warnings: [],
  deck: { title: 't', author: '', lang: 'zh-CN', size: { w: 13.333, h: 7.5 }, fonts: { latin: 'a', eastAsian: 'b' }, templateId: 'x', slides: [] },
});

describe('preview sync', () => {
  let target: SyncTarget | null;
  let backend: ReturnType<typeof fakeBackend>;
  let plans: { planned: PlannedDeck; changedAt: number | null; backendMs: number }[];
  let errors: { error: unknown; call: string }[];
  let statuses: SyncStatus[];
  let clock: number;
  let sync: ReturnType<typeof createPreviewSync>;

  beforeEach(() => {
    vi.useFakeTimers();
    target = { documentId: 'd1', choices: { templateId: 'gov-blue', selection: selectionOf() } };
    backend = fakeBackend();
    plans = [];
    errors = [];
    statuses = [];
    clock = 1000;
    sync = createPreviewSync({
      backend,
      read: () => target,
      onPlanned: (p, changedAt, backendMs) => plans.push({ planned: p, changedAt, backendMs }),
      onError: (error, call) => errors.push({ error, call }),
      onStatus: (status) => statuses.push(status),
      now: () => clock,
      debounceMs: 10,
      slowMs: 300,
    });
  });
  afterEach(() => vi.useRealTimers());

  const settle = async (): Promise<void> => {
    await vi.advanceTimersByTimeAsync(0);
  };

  it('sends the choices, then plans, and reports when the change was made', async () => {
    sync.changed();
    expect(backend.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(backend.calls.map((c) => c.kind)).toEqual(['update']);
    clock = 1030;
    backend.calls[0]?.resolve();
    await settle();
    expect(backend.calls.map((c) => c.kind)).toEqual(['update', 'plan']);
    clock = 1080;
    backend.calls[1]?.resolve(planned('d1', 1));
    await settle();
    expect(plans).toEqual([{ planned: planned('d1', 1), changedAt: 1000, backendMs: 80 }]);
    expect(statuses).toEqual(['pending', 'idle']);
  });

  it('coalesces a burst of changes into one round trip with the latest choices', async () => {
    sync.changed();
    sync.changed();
    sync.changed();
    await vi.advanceTimersByTimeAsync(10);
    expect(backend.calls).toHaveLength(1);
  });

  it('sends again before planning when choices change during an update', async () => {
    sync.changed();
    await vi.advanceTimersByTimeAsync(10);
    const first = target;
    target = { documentId: 'd1', choices: { templateId: 'minimal', selection: selectionOf() } };
    sync.changed();
    backend.calls[0]?.resolve();
    await settle();
    expect(backend.calls.map((c) => c.kind)).toEqual(['update', 'update']);
    expect(backend.calls[1]?.target).not.toBe(first);
    expect((backend.calls[1]?.target as SyncTarget).choices.templateId).toBe('minimal');
    backend.calls[1]?.resolve();
    await settle();
    backend.calls[2]?.resolve(planned('d1', 2));
    await settle();
    expect(plans).toHaveLength(1);
    expect(plans[0]?.changedAt).toBe(1000);
  });

  it('reports a failure once and tries again on the next change', async () => {
    sync.changed();
    await vi.advanceTimersByTimeAsync(10);
    backend.calls[0]?.reject(new Error('no such template'));
    await settle();
    expect(errors).toEqual([{ error: new Error('no such template'), call: 'update' }]);
    expect(backend.calls).toHaveLength(1);
    expect(plans).toHaveLength(0);
    sync.changed();
    await vi.advanceTimersByTimeAsync(10);
    expect(backend.calls).toHaveLength(2);
  });

  it('says a failed plan is a plan failure (the choices did reach the backend)', async () => {
    sync.changed();
    await vi.advanceTimersByTimeAsync(10);
    backend.calls[0]?.resolve();
    await settle();
    backend.calls[1]?.reject(new Error('planner broke'));
    await settle();
    expect(errors.map((e) => e.call)).toEqual(['plan']);
  });

  it('drops a plan for a document that is no longer open', async () => {
    sync.replan();
    await vi.advanceTimersByTimeAsync(10);
    expect(backend.calls.map((c) => c.kind)).toEqual(['plan']);
    target = { documentId: 'd2', choices: { templateId: 'gov-blue', selection: selectionOf() } };
    backend.calls[0]?.resolve(planned('d1', 0));
    await settle();
    expect(plans).toHaveLength(0);
  });

  it('says it is slow only after the slow threshold', async () => {
    sync.changed();
    await vi.advanceTimersByTimeAsync(10);
    await vi.advanceTimersByTimeAsync(299);
    expect(statuses).toEqual(['pending']);
    await vi.advanceTimersByTimeAsync(1);
    expect(statuses).toEqual(['pending', 'slow']);
  });

  it('settles only after the pending changes reached the backend', async () => {
    let settled = false;
    sync.changed();
    void sync.settled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(settled).toBe(false);
    backend.calls[0]?.resolve();
    await settle();
    backend.calls[1]?.resolve(planned('d1', 1));
    await settle();
    expect(settled).toBe(true);
    await expect(sync.settled()).resolves.toBeUndefined();
  });

  it('does nothing without an open document', async () => {
    target = null;
    sync.changed();
    await vi.advanceTimersByTimeAsync(10);
    expect(backend.calls).toHaveLength(0);
  });
});
