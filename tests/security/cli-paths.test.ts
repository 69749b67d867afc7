/**
 * Every path the command line takes, tried the hostile way: the output named as the input (directly, through `..`,
 * through a symbolic link), an --out-dir that is a file, and a --template pack folder whose files reach outside it.
 * The input must come through untouched and each refusal must be one clear line (exit 2).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';

const sample = readFileSync('assets/samples/baiyangba-2023-q1q3.report.json');
let dir: string;
let input: string;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-node.mjs']);
  dir = mkdtempSync(path.join(tmpdir(), 'huibao-cli-paths-'));
  input = path.join(dir, 'report.json');
  writeFileSync(input, sample);
});

const huibao = (...args: string[]) => spawnSync(process.execPath, ['bin/huibao.cjs', ...args], { encoding: 'utf8' });

function expectRefused(result: ReturnType<typeof huibao>, pattern: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe('huibao build never writes over its input', () => {
  it.each([
    ['the same path', () => input],
    ['a path through ..', () => path.join(dir, 'sub', '..', 'report.json')],
    ['a relative path', () => path.relative(process.cwd(), input)],
    [
      'a symbolic link to the input',
      () => {
        const link = path.join(dir, 'deck-link.pptx');
        rmSync(link, { force: true });
        symlinkSync(input, link);
        return link;
      },
    ],
  ])('--pptx as %s', (_what, target) => {
    expectRefused(huibao('build', input, '--pptx', target()), /is the input file; refusing to write over it/);
    expect(readFileSync(input).equals(sample)).toBe(true);
  });

  it('huibao import -o onto its input is refused', () => {
    const raw = path.join(dir, 'raw.json');
    writeFileSync(raw, sample);
    expectRefused(huibao('import', raw, '-o', raw), /overwrite the report being imported|not a raw report/);
    expect(readFileSync(raw).equals(sample)).toBe(true);
  });
});

describe('huibao build output folders', () => {
  it('an --out-dir that is a file is one clear line, and the file is untouched', () => {
    const file = path.join(dir, 'not-a-folder.txt');
    writeFileSync(file, 'keep me');
    expectRefused(huibao('build', input, '--out-dir', file), /cannot write/);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});

describe('--template DIR stays inside the pack', () => {
  let packs: string;
  beforeAll(() => {
    packs = path.join(dir, 'packs');
    mkdirSync(packs);
    writeFileSync(path.join(dir, 'secret.hbs'), 'TOPSECRET-FROM-OUTSIDE');
    writeFileSync(path.join(dir, 'secret.png'), readFileSync('templates/gov-blue/assets/title-bg.png'));
  });

  /** A copy of the minimal pack with its manifest edited by `edit`. */
  function pack(name: string, edit: (manifest: Record<string, unknown>) => void): string {
    const folder = path.join(packs, name);
    cpSync('templates/minimal', folder, { recursive: true });
    const manifestFile = path.join(folder, 'template.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    edit(manifest);
    writeFileSync(manifestFile, JSON.stringify(manifest));
    return folder;
  }

  it.each(['../secret.png', '../../secret.png', '/etc/passwd.png', 'assets/../../secret.png'])('refuses a logo at %s', (logo) => {
    const folder = pack(`logo-${logo.replace(/\W/g, '_')}`, (manifest) => {
      manifest['assets'] = { ...(manifest['assets'] as object), logo: { path: logo, alt: '标志' } };
    });
    expectRefused(huibao('build', input, '--template', folder, '--pptx', path.join(dir, 'x.pptx')), /bad image path/);
  });

  // Regression (same root as tests/security/path-traversal.test.ts): a pack text linking outside reached the deck.
  it('a pack text that is a symbolic link to a file outside is refused, and never reaches the deck', async () => {
    const folder = pack('symlinked-text', () => undefined);
    rmSync(path.join(folder, 'text', 'title.hbs'));
    symlinkSync(path.join(dir, 'secret.hbs'), path.join(folder, 'text', 'title.hbs'));
    const deck = path.join(dir, 'leak.pptx');
    const result = huibao('build', input, '--template', folder, '--pptx', deck);
    let leaked = false;
    if (result.status === 0) {
      const zip = await JSZip.loadAsync(readFileSync(deck));
      const texts = await Promise.all(Object.values(zip.files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string')));
      leaked = texts.some((xml) => xml.includes('TOPSECRET-FROM-OUTSIDE'));
    }
    expect(leaked).toBe(false);
    expect(result.status).toBe(2);
  });
});
