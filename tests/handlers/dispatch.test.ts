// The dispatcher is the boundary every window call crosses: unknown channels, bad arguments and our own bugs must
// come back as a Reply with words in it — never a throw, never a stack.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../main/engine/errors.js';
import { createDispatch, type HandlerMap } from '../../main/handlers/dispatch.js';
import { handlers } from '../../main/handlers/index.js';
import { harness } from './support/harness.js';

describe('dispatch', () => {
  it('refuses channels the contract does not define, including prototype names', async () => {
    const { raw } = harness();
    for (const channel of ['runShell', '__proto__', 'constructor', 'toString', 42, null]) {
      const reply = await raw(channel, {});
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.message).toMatch(/unknown channel/);
    }
  });

  it('refuses arguments the contract does not allow, naming the field', async () => {
    const { raw } = harness();
    const reply = await raw('openPath', { path: 'a\0b' });
    expect(reply).toMatchObject({ ok: false, error: { message: 'invalid arguments for "openPath"', problems: [{ where: 'path' }] } });
    expect(await raw('appInfo', { extra: true })).toMatchObject({ ok: false });
    expect(await raw('exportFile', { documentId: 'x', kind: 'exe' })).toMatchObject({ ok: false, error: { problems: [{ where: 'kind' }] } });
  });

  it('passes an InputError through with its file and hint', async () => {
    const { raw } = harness();
    const reply = await raw('openPath', { path: '/no/such/report.txt' });
    expect(reply).toEqual({ ok: false, error: { kind: 'input', file: '/no/such/report.txt', message: 'cannot read: file not found', hint: 'Check the path and try again' } });
  });

  it('turns our bugs into one sentence, logs the stack, and sends no stack', async () => {
    const h = harness();
    const broken: HandlerMap = {
      ...handlers,
      appInfo: async () => {
        throw new TypeError('x is undefined');
      },
    };
    const reply = await createDispatch(broken, h.ctx)('appInfo', {});
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.kind).toBe('internal');
      expect(reply.error.message).toBe('internal error: x is undefined');
      expect(JSON.stringify(reply.error)).not.toMatch(/at .*\.ts/);
    }
    expect(h.captured.errors).toHaveLength(1);
    expect(h.captured.errors[0]?.channel).toBe('appInfo');
  });

  it('does not log input errors as bugs', async () => {
    const h = harness();
    const failing: HandlerMap = {
      ...handlers,
      appInfo: async () => {
        throw new InputError({ message: 'nope' });
      },
    };
    expect(await createDispatch(failing, h.ctx)('appInfo', undefined)).toEqual({ ok: false, error: { kind: 'input', message: 'nope' } });
    expect(h.captured.errors).toEqual([]);
  });
});
