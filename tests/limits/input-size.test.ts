/**
 * Inputs over the documented size are refused cleanly, before they are read into memory: 20 MB for a report file
 * (MAX_INPUT_BYTES, main/cli/read-input.ts) and the same for a browser upload (MAX_REPORT_BYTES, main/contract.ts).
 * The big files are sparse, so the tests cost no disk and no time. The deliberately broken case: a cap one byte too
 * high would let the 20 MB + 1 byte file through, and the first test fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, ftruncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readInputFile } from '../../main/cli/read-input.js';
import { contract, MAX_REPORT_BYTES } from '../../main/contract.js';
import { InputError } from '../../main/engine/errors.js';

const MB20 = 20 * 1024 * 1024;
let dir: string;

/** A file of `size` bytes that takes no disk: a header, then a hole. */
function sparse(name: string, size: number): string {
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  writeSync(fd, '{"title": "');
  ftruncateSync(fd, size);
  closeSync(fd);
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'huibao-size-'));
  execFileSync(process.execPath, ['scripts/build-node.mjs']); // the CLI cases run the current code
});

describe('report files', () => {
  it('the documented limit is 20 MB', () => {
    expect(MAX_INPUT_BYTES).toBe(MB20);
    expect(MAX_REPORT_BYTES).toBe(MB20);
  });

  it('refuses 20 MB + 1 byte before reading it, saying the size and the limit', async () => {
    const file = sparse('big.json', MB20 + 1);
    const error = await readInputFile(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toOneLine()).toBe(`${file}: too large (20.0 MB; the limit is 20 MB). Split the report or remove embedded images`);
  });

  it('lets exactly 20 MB through the size gate', async () => {
    const file = sparse('edge.txt', MB20);
    expect((await readInputFile(file)).bytes.length).toBe(MB20);
  });

  it.each([
    ['validate', 'json', []],
    ['import', 'txt', ['-o', 'out.json']],
  ])('huibao %s exits 2 with one line for a 3 GB file', (command, extension, rest) => {
    const file = sparse(`huge-${command}.${extension}`, 3 * 1024 ** 3);
    const result = spawnSync(process.execPath, ['bin/huibao.cjs', command, file, ...rest.map((arg) => (arg.includes('.') ? path.join(dir, arg) : arg))], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([`huibao: ${file}: too large (3072.0 MB; the limit is 20 MB). Split the report or remove embedded images`]);
  });
});

describe('uploads over IPC/HTTP', () => {
  it('refuses base64 longer than 20 MB of bytes', () => {
    const tooLong = 'A'.repeat(Math.ceil(MAX_REPORT_BYTES / 3) * 4 + 4);
    const result = contract.openBytes.args.safeParse({ name: 'big.txt', base64: tooLong });
    expect(result.success).toBe(false);
  });

  it('accepts base64 of exactly 20 MB', () => {
    const atLimit = 'A'.repeat(Math.ceil(MAX_REPORT_BYTES / 3) * 4);
    expect(contract.openBytes.args.safeParse({ name: 'edge.txt', base64: atLimit }).success).toBe(true);
  });
});
