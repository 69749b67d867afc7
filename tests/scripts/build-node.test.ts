import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm ci` runs scripts/build-node.mjs ("prepare"); on a developer's machine the bundle may not be built yet.
const built = existsSync('dist/cli.cjs');
if (!built && process.env['CI'] !== 'true') console.warn('tests/scripts/build-node: dist/cli.cjs is not built (npm run prepare); skipping');

describe.skipIf(!built && process.env['CI'] !== 'true')('the CLI bundle that npm ci builds', () => {
  it.each(['dist/cli.cjs', 'dist/pdf-stack.cjs'])('%s is ASCII only, as bin/load-bundle.cjs reads it as latin1', (file) => {
    const bytes = readFileSync(file);
    const first = bytes.findIndex((byte) => byte > 0x7f);
    expect(first === -1 ? 'ASCII' : `non-ASCII at byte ${first}: ${bytes.subarray(Math.max(0, first - 40), first + 10).toString()}`).toBe('ASCII');
  });

  it('leaves the PDF stack out of the CLI bundle (it has a bundle of its own, loaded for PDFs only)', () => {
    const cli = readFileSync('dist/cli.cjs', 'latin1');
    const stack = readFileSync('dist/pdf-stack.cjs', 'latin1');
    for (const library of ['node_modules/pdfkit/', 'node_modules/fontkit/', 'node_modules/pdfmake/']) {
      expect(cli.includes(`// ${library}`), library).toBe(false);
      expect(stack.includes(`// ${library}`), library).toBe(true);
    }
  });

  it('comes with the checked texts of the built-in packs', () => {
    const saved = JSON.parse(readFileSync('dist/pack-texts.json', 'utf8')) as { signature: unknown; texts: Record<string, unknown> };
    expect(typeof saved.signature).toBe('string');
    expect(Object.keys(saved.texts).length).toBeGreaterThan(10);
  });

  it('builds a deck without loading Node modules it does not use (child_process, crypto, https: ~20 ms a process)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huibao-start-'));
    try {
      const script = path.join(dir, 'build.cjs');
      const args = ['build', path.resolve('assets/samples/baiyangba-2023-q1q3.txt'), '--pptx', path.join(dir, 'deck.pptx')];
      writeFileSync(
        script,
        `const before = new Set(process.moduleLoadList);
        const { exports: cli } = require(${JSON.stringify(path.resolve('bin/load-bundle.cjs'))}).loadBundle(${JSON.stringify(path.resolve('dist/cli.cjs'))}, {});
        cli.runCli(${JSON.stringify(args)}).then((code) => {
          process.stderr.write(JSON.stringify({ code, loaded: process.moduleLoadList.filter((name) => !before.has(name) && /child_process|crypto|https|tls/.test(name)) }));
        });`,
      );
      expect(JSON.parse(spawnSync(process.execPath, [script], { encoding: 'utf8' }).stderr)).toEqual({ code: 0, loaded: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the PDF stack, with its code cache, only for a command that writes a PDF', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'huibao-pdf-stack-'));
    try {
      const stderrOf = (...outputs: string[]): string => {
        const result = spawnSync(process.execPath, ['bin/huibao.cjs', 'build', 'assets/samples/baiyangba-2023-q1q3.report.json', '--out-dir', out, ...outputs], {
          env: { ...process.env, HUIBAO_DEBUG: '1' },
          encoding: 'utf8',
        });
        expect(result.status, result.stderr).toBe(0);
        return result.stderr;
      };
      expect(stderrOf('--pptx')).not.toMatch(/PDF stack/);
      expect(stderrOf('--pdf')).toMatch(/PDF stack code cache accepted/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
