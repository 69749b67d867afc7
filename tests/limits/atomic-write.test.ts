/**
 * No data loss when writing (writeFileAtomic in main/cli/node-ports.ts, used for every output): the new file appears
 * whole or not at all, a failed write leaves the previous file intact and no temporary file behind, and the failure is
 * a clear InputError ("cannot write: permission denied"), not a crash. Permission cases run as an unprivileged user
 * (support/as-user.ts), since root ignores read-only folders.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromFsError } from '../../main/cli/errors.js';
import { writeFileAtomic } from '../../main/cli/node-ports.js';
import { InputError } from '../../main/engine/errors.js';
import { bundle, giveToChild, runAsUser } from './support/as-user.js';

interface Outcome {
  readonly ok: boolean;
  readonly inputError?: boolean;
  readonly message?: string;
  readonly code?: string;
}

const scenario = path.resolve('tests/limits/support/write-scenario.ts');
let dir: string;
let out: string;
let target: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'huibao-atomic-'));
  chmodSync(dir, 0o755);
  out = path.join(dir, 'out');
  mkdirSync(out);
  target = path.join(out, 'deck.pptx');
  writeFileSync(target, 'previous deck');
  giveToChild(dir, out, target);
});

afterEach(() => {
  if (existsSync(out)) chmodSync(out, 0o755);
});

/** Start a 300 MB write, SIGKILL it once 1 MB has reached the disk, and return what the target then holds. */
async function killHalfWay(mode: 'atomic' | 'naive'): Promise<string> {
  writeFileSync(target, 'previous deck');
  const child = spawn(process.execPath, [bundle(path.resolve('tests/limits/support/slow-write-scenario.ts')), mode, target], { stdio: 'ignore' });
  const written = (): number => readdirSync(out).reduce((most, name) => Math.max(most, statSync(path.join(out, name)).size), 0);
  const started = Date.now();
  while (written() < 1024 * 1024 && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 2));
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  const content = readFileSync(target, 'latin1');
  for (const name of readdirSync(out)) if (name.endsWith('.tmp')) rmSync(path.join(out, name));
  return content;
}

const leftovers = (): string[] => readdirSync(out).filter((name) => name !== 'deck.pptx');

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    await writeFileAtomic(target, 'new deck');
    expect(readFileSync(target, 'utf8')).toBe('new deck');
    expect(leftovers()).toEqual([]);
  });

  it('killed half-way, the previous file is intact; a naive writer (deliberately broken) is caught leaving half a file', async () => {
    expect(await killHalfWay('atomic')).toBe('previous deck');
    const naive = await killHalfWay('naive');
    expect(naive).not.toBe('previous deck'); // the check sees the damage: neither the old file nor a whole new one
    expect(naive.length).toBeGreaterThan(0);
    expect(naive.length).toBeLessThan(300 * 1024 * 1024);
  });

  it('creates missing folders on the way', async () => {
    const deep = path.join(out, 'a', 'b', 'summary.pdf');
    await writeFileAtomic(deep, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(deep)]).toEqual([1, 2, 3]);
  });

  it('in a read-only folder: a clear error, the previous file intact, nothing left behind', () => {
    chmodSync(out, 0o555);
    const outcome = runAsUser<Outcome>(scenario, [target, 'new deck']);
    expect(outcome).toMatchObject({ ok: false, inputError: true, code: 'EACCES' });
    expect(outcome.message).toBe(`${target}: cannot write: permission denied. Choose another output path, or close the program that holds the file`);
    expect(readFileSync(target, 'utf8')).toBe('previous deck');
    expect(leftovers()).toEqual([]);
  });

  it('onto a folder: a clear error and the folder untouched', async () => {
    const folder = path.join(out, 'deck-folder.pptx');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'keep.txt'), 'keep');
    const error = await writeFileAtomic(folder, 'x').catch((caught: unknown) => fromFsError(caught, folder, 'write'));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toOneLine()).toContain('cannot write');
    expect(readFileSync(path.join(folder, 'keep.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  // Regression: mkdir's EEXIST (a file where the output folder should be) was reported as an internal error.
  it('under a path whose folder is a file: a clear error', async () => {
    const underFile = path.join(target, 'x.pdf');
    const error = await writeFileAtomic(underFile, 'x').catch((caught: unknown) => fromFsError(caught, underFile, 'write'));
    expect(error).toBeInstanceOf(InputError);
    expect(readFileSync(target, 'utf8')).toBe('previous deck');
  });

  it('a file locked by another program (EBUSY, as on Windows) becomes a clear message', () => {
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    const mapped = fromFsError(busy, 'C:\\deck.pptx', 'write');
    expect(mapped).toBeInstanceOf(InputError);
    expect((mapped as InputError).toOneLine()).toBe('C:\\deck.pptx: cannot write: the file is locked by another program. Choose another output path, or close the program that holds the file');
  });

  // Regression: rename() needs only the folder's permission, so a read-only output file was silently replaced.
  it('a read-only output file: a clear error and the previous file intact', () => {
    chmodSync(target, 0o444);
    const outcome = runAsUser<Outcome>(scenario, [target, 'new deck']);
    expect(readFileSync(target, 'utf8')).toBe('previous deck');
    expect(outcome).toMatchObject({ ok: false, inputError: true });
  });
});
