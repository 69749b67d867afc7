import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const loader = path.resolve('bin/load-bundle.cjs');
let dir: string;
let bundle: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'huibao-load-bundle-'));
  bundle = path.join(dir, 'bundle.cjs');
  writeFileSync(bundle, "exports.answer = () => 6 * 7; exports.dir = __dirname; exports.sep = require('node:path').sep;\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Load the bundle in a fresh Node process, as bin/huibao.cjs does, and report what happened. */
function load(options: { save?: boolean } = {}): { answer: number; dir: string; sep: string; codeCache: string } {
  const script = `const { exports: e, codeCache } = require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(bundle)}, { saveCodeCache: ${options.save === true} });
    process.stdout.write(JSON.stringify({ answer: e.answer(), dir: e.dir, sep: e.sep, codeCache }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as ReturnType<typeof load>;
}

describe('loadBundle (bin/load-bundle.cjs)', () => {
  it('runs the bundle as a CommonJS module with its own __dirname and require', () => {
    expect(load()).toEqual({ answer: 42, dir, sep: path.sep, codeCache: 'none' });
  });

  it('saves the code cache at exit and uses it in the next process', () => {
    expect(load({ save: true }).codeCache).toBe('none');
    const cache = readFileSync(`${bundle}.cache`);
    expect(cache.subarray(0, cache.indexOf(10)).toString()).toMatch(/^\{"size":\d+,"mtimeMs":[\d.]+\}$/);
    expect(load()).toMatchObject({ answer: 42, codeCache: 'accepted' });
  });

  it('ignores a cache made for another bundle, even one of the same length', () => {
    load({ save: true });
    // Same length, other code: V8 alone would accept the cache (it only compares lengths) and run the old code.
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('6 * 7', '6 * 9'));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    expect(load()).toMatchObject({ answer: 54, codeCache: 'none' });
  });

  it('still runs when V8 rejects a damaged cache', () => {
    load({ save: true });
    const cache = readFileSync(`${bundle}.cache`);
    const newline = cache.indexOf(10);
    writeFileSync(`${bundle}.cache`, Buffer.concat([cache.subarray(0, newline + 1), Buffer.alloc(cache.length - newline - 1, 7)]));
    expect(load()).toMatchObject({ answer: 42, codeCache: 'rejected' });
  });
});

describe('loadConfiguredBundle (bin/load-bundle.cjs)', () => {
  /** Load the bundle in a fresh process under `env`; its stderr and the bundle's answer. */
  function run(env: Record<string, string>): { answer: string; stderr: string } {
    const script = `process.stdout.write(String(require(${JSON.stringify(loader)}).loadConfiguredBundle(${JSON.stringify(bundle)}, 'test code cache').answer()));`;
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('HUIBAO_')));
    const result = spawnSync(process.execPath, ['-e', script], { env: { ...clean, ...env }, encoding: 'utf8' });
    return { answer: result.stdout, stderr: result.stderr };
  }

  it('saves the cache with HUIBAO_SAVE_CODE_CACHE=1, uses it after, and says so with HUIBAO_DEBUG', () => {
    expect(run({ HUIBAO_DEBUG: '1' })).toEqual({ answer: '42', stderr: 'huibao: test code cache none\n' });
    expect(run({ HUIBAO_SAVE_CODE_CACHE: '1' })).toEqual({ answer: '42', stderr: '' });
    expect(run({ HUIBAO_DEBUG: '1' })).toEqual({ answer: '42', stderr: 'huibao: test code cache accepted\n' });
    expect(run({ HUIBAO_DEBUG: '1', HUIBAO_NO_CODE_CACHE: '1' })).toEqual({ answer: '42', stderr: 'huibao: test code cache none\n' });
  });
});
