import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/main.js';
import { captureIo } from './capture-io.js';

describe('huibao templates', () => {
  it('lists the built-in packs', async () => {
    const io = captureIo();
    expect(await runCli(['templates', 'list'], io)).toBe(0);
    const lines = io.outText().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(['gov-blue', 'minimal', 'party-red']);
    expect(io.outText()).toContain('党建红  Party Red 1.0.0');
  });

  it('lists them as JSON', async () => {
    const io = captureIo();
    expect(await runCli(['templates', 'list', '--json'], io)).toBe(0);
    const packs = JSON.parse(io.outText()) as { id: string; name: { zh: string }; slideSize: { w: number } }[];
    expect(packs.map((pack) => pack.name.zh)).toEqual(['政务蓝', '简约', '党建红']);
    expect(packs[0]?.slideSize.w).toBe(13.333);
  });

  it('shows what a pack sets, by id or by name', async () => {
    const io = captureIo();
    expect(await runCli(['templates', 'show', '政务蓝'], io)).toBe(0);
    const text = io.outText();
    expect(text).toContain('政务蓝  Government Blue  (gov-blue 1.0.0)');
    expect(text).toContain('slide size: 13.333 × 7.5 in (16:9)');
    expect(text).toContain('KPI tiles:  4 per pillar slide');
    expect(text).toContain('title background assets/title-bg.png (1600×900)');
    expect(text).toContain('text/pillar-title.hbs  — Pillar slide heading');
  });

  it('exits 2 for an unknown pack', async () => {
    const io = captureIo();
    expect(await runCli(['templates', 'show', 'nope'], io)).toBe(2);
    expect(io.errText()).toContain('no template pack "nope"');
  });
});
