import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFromFile, buildFromReport } from '../../../main/engine/build/build.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';
import { builtInPack, sampleReport, selection } from '../plan/plan-fixtures.js';

describe('build', () => {
  it('plans the deck and writes the PPTX, reporting progress in order', async () => {
    const phases: [number, string][] = [];
    const result = await buildFromReport({ report: sampleReport }, { selection: selection(), pack: await builtInPack('gov-blue'), metrics: await bundledMetrics(), outputs: ['pptx'], progress: (fraction, phase) => phases.push([fraction, phase]) });
    const bytes = result.files.get('pptx');
    expect(bytes && Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    expect(result.deck?.slides).toHaveLength(9);
    expect(result.report).toBe(sampleReport);
    expect(phases.map(([fraction]) => fraction)).toEqual([...phases.map(([fraction]) => fraction)].sort((a, b) => a - b));
    expect(phases.at(-1)).toEqual([1, 'done']);
  });

  it('makes only what is asked for', async () => {
    const result = await buildFromReport({ report: sampleReport }, { selection: selection({ preset: 'onepage' }), pack: await builtInPack('minimal'), metrics: await bundledMetrics(), outputs: ['pptx'] });
    expect([...result.files.keys()]).toEqual(['pptx']);
    expect(result.deck?.slides.map((s) => s.kind)).toEqual(['dashboard']);
  });

  it('plans no slides when no output draws them (the summary is worded from the report)', async () => {
    const pack = await builtInPack('minimal');
    const phases: string[] = [];
    const nothing = await buildFromReport({ report: sampleReport }, { selection: selection(), pack, metrics: await bundledMetrics(), outputs: [], progress: (_fraction, phase) => phases.push(phase) });
    expect(nothing.deck).toBeUndefined();
    expect(nothing.warnings).toEqual([]);
    expect(phases).not.toContain('planning the slides');
  });

  it('imports a raw report first, and its notes quote the source text', async () => {
    const file = { name: 'baiyangba-2023-q1q3.txt', bytes: new Uint8Array(readFileSync('assets/samples/baiyangba-2023-q1q3.txt')) };
    const result = await buildFromFile(file, { selection: selection(), pack: await builtInPack('party-red'), metrics: await bundledMetrics(), outputs: ['pptx'] });
    expect(result.report.pillars.filter((p) => p.kind === 'pillar')).toHaveLength(5);
    const pillarSlides = (result.deck?.slides ?? []).filter((s) => s.kind === 'pillar');
    expect(pillarSlides.length).toBeGreaterThanOrEqual(5);
    for (const slide of pillarSlides) expect(slide.notes, slide.id).toContain('原文：“');
  });
});
