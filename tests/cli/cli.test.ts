import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main.js';
import type { CliIo } from '../../main/cli/io.js';

const sample = 'assets/samples/baiyangba-2023-q1q3.report.json';

function capture(): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (l) => out.push(l), err: (l) => err.push(l), write: (t) => out.push(t), outText: () => out.join('\n'), errText: () => err.join('\n') };
}

function badReportFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-cli-'));
  const report = JSON.parse(readFileSync(sample, 'utf8')) as { pillars: { sections: { metrics: { value: unknown }[] }[] }[] };
  report.pillars[2]!.sections[0]!.metrics[3]!.value = 'many';
  const file = path.join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify(report));
  return file;
}

describe('huibao CLI (in process)', () => {
  it('validates the sample', async () => {
    const io = capture();
    expect(await runCli(['validate', sample], io)).toBe(0);
    expect(io.outText()).toContain('6 pillars');
  });

  it('exits 2 naming the file and the field for a bad report', async () => {
    const io = capture();
    const file = badReportFile();
    expect(await runCli(['validate', file], io)).toBe(2);
    expect(io.errText()).toContain(file);
    expect(io.errText()).toContain('pillars[2].sections[0].metrics[3].value');
    expect(io.errText().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a missing file, an unknown command and an unknown kind of file', async () => {
    const io = capture();
    expect(await runCli(['validate', 'no/such/file.json'], io)).toBe(2);
    expect(io.errText()).toContain('no/such/file.json: cannot read: file not found');
    expect(await runCli(['frobnicate'], capture())).toBe(2);
    expect(await runCli(['validate', 'package-lock.lock'], capture())).toBe(2);
  });

  it('prints help and the version with exit 0', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    for (const command of ['import', 'build', 'validate', 'templates', 'serve']) expect(io.outText()).toContain(command);
    expect(await runCli(['--version'], capture())).toBe(0);
  });
});

describe('huibao binary', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-node.mjs']);
  });

  it('exits 0 on the sample and 2 with one stderr line and no stack on a bad field', () => {
    expect(spawnSync(process.execPath, ['bin/huibao.cjs', 'validate', sample]).status).toBe(0);
    const bad = spawnSync(process.execPath, ['bin/huibao.cjs', 'validate', badReportFile()], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('pillars[2].sections[0].metrics[3].value');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
