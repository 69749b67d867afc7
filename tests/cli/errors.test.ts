import { describe, expect, it } from 'vitest';
import { exitCodeFor, INSTALL_ERROR } from '../../main/cli/errors.js';
import { InputError } from '../../main/engine/errors.js';

function report(error: unknown): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = exitCodeFor(error, (line) => lines.push(line));
  return { code, lines };
}

describe('exitCodeFor', () => {
  it("gives the user's input problems exit code 2 and one line", () => {
    expect(report(new InputError({ file: 'a.txt', message: 'file not found', hint: 'Check the path' }))).toEqual({ code: 2, lines: ['huibao: a.txt: file not found. Check the path'] });
  });

  it('calls anything unexpected a bug (exit code 1) and says how to report it', () => {
    const { code, lines } = report(new Error('boom'));
    expect(code).toBe(1);
    expect(lines[0]).toBe('huibao: internal error: boom');
    expect(lines[1]).toMatch(/bug in Huibao/);
  });

  it('reports an incomplete installation as such, not as a bug', () => {
    const error = Object.assign(new Error('/opt/huibao/dist/pdf-stack.cjs is missing: run "npm ci"'), { code: INSTALL_ERROR });
    expect(report(error)).toEqual({ code: 1, lines: ['huibao: /opt/huibao/dist/pdf-stack.cjs is missing: run "npm ci"'] });
  });
});
