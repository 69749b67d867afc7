// The hand-made structured sample is the fixture for deck and PDF work and a regression check for the importer,
// so its numbers must be true to the source text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../main/engine/report/validate.js';

const text = readFileSync('assets/samples/baiyangba-2023-q1q3.txt', 'utf8');
const report = validateReport(JSON.parse(readFileSync('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')));
const metrics = report.pillars.flatMap((p) => p.sections.flatMap((s) => s.metrics));

describe('bundled sample report', () => {
  it('has the five pillars and the outlook', () => {
    expect(report.pillars.map((p) => p.title)).toEqual(['聚焦主题教育', '聚焦经济建设', '聚焦乡村振兴', '聚焦办实事促民生', '聚焦守底线促稳定', '坚如磐石守初心']);
    expect(report.pillars.map((p) => p.kind)).toEqual(['pillar', 'pillar', 'pillar', 'pillar', 'pillar', 'outlook']);
  });

  it('gives every pillar (not the outlook, which has no figures) at least four key metrics', () => {
    for (const pillar of report.pillars.filter((p) => p.kind === 'pillar')) expect(pillar.keyMetrics.length).toBeGreaterThanOrEqual(4);
  });

  it('points every metric at its raw text in the source', () => {
    for (const metric of metrics) expect(text.slice(metric.source.start, metric.source.end)).toContain(metric.raw);
  });

  it('has the reference values', () => {
    const byRaw = new Map(metrics.map((m) => [m.raw, m]));
    expect(byRaw.get('13.9万亩')).toMatchObject({ value: 139000, unit: '亩', change: { direction: 'up', value: 2.93, unit: '%' } });
    expect(byRaw.get('1.68亿元')).toMatchObject({ value: 168000000, unit: '元' });
    expect(byRaw.get('4000万余元')).toMatchObject({ value: 40000000, unit: '元', approx: true });
    expect(byRaw.get('11万余人次')).toMatchObject({ value: 110000, unit: '人次', approx: true });
  });

  it('keeps the fifteen photo captions as captions', () => {
    const captions = report.pillars.flatMap((p) => p.sections.flatMap((s) => s.captions));
    expect(captions).toHaveLength(15);
    for (const caption of captions) expect(text.split('\n')).toContain(caption);
  });
});
