/** Fuzzing the IPC argument schemas and the dispatcher (ipc.properties.ts, dispatch.properties.ts), each with a deliberately broken variant. */
import { describe, expect, it } from 'vitest';
import { expectHolds, runProperty } from './support/harness.js';

const props = new URL('./ipc.properties.ts', import.meta.url);
const dispatchProps = new URL('./dispatch.properties.ts', import.meta.url);

describe('IPC argument schemas never crash and keep their guarantees', () => {
  it('every channel, any arguments', async () => {
    expect((await expectHolds(props, 'contract: every call is accepted with its guarantees or refused with a reason', { numRuns: 1500 })).numRuns).toBeGreaterThan(25);
  });

  it('every well-formed call is accepted', async () => {
    expect((await expectHolds(props, 'contract: every well-formed call is accepted', { numRuns: 500 })).numRuns).toBeGreaterThan(25);
  });

  it('selections', async () => {
    expect((await expectHolds(props, 'selection: any value parses or is refused, and what parses is canonical', { numRuns: 500 })).numRuns).toBeGreaterThan(25);
  });

  it('the dispatcher answers every call and lets only valid arguments through', async () => {
    expect((await expectHolds(dispatchProps, 'dispatch: any call gets a Reply, and handlers see only valid arguments', { numRuns: 1500 })).numRuns).toBeGreaterThan(25);
  });

  it('a dispatcher that skips the argument check is caught (deliberately broken)', async () => {
    const outcome = await runProperty(dispatchProps, 'broken: a dispatcher that skips the argument check', { numRuns: 500 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.error).toMatch(/called with arguments its schema refuses/);
  });

  it('a schema that lets a NUL byte into a path is caught (deliberately broken)', async () => {
    const outcome = await runProperty(props, 'broken: an openPath schema that lets NUL bytes through', { numRuns: 100 });
    expect(outcome.kind).toBe('counterexample');
    if (outcome.kind === 'counterexample') expect(outcome.error).toMatch(/openPath accepted the path/);
  });
});
