/**
 * The issue's bar: on the reference sample at least 95% of the quantities become metrics with the right value,
 * unit and approximation, changes attach to the figure they qualify, and no year, date, hotline or name does.
 * The expected figures are annotated by hand in fixtures/baiyangba-quantities.tsv, independent of the importer.
 */
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../main/engine/report/schema.js';
import { readTruth, type Truth } from './support/quantity-truth.js';
import { allMetrics, importFile, SAMPLE_TXT } from './support/samples.js';

describe('quantities of the reference sample', async () => {
  const { report, sourceText } = await importFile(SAMPLE_TXT);
  const metrics = allMetrics(report);
  const { truths, forbidden } = readTruth(sourceText);
  const covering = (offset: number, length = 1): Metric | undefined => metrics.find((m) => m.source.start < offset + length && offset < m.source.end);
  const quantities = truths.filter((t) => t.kind === 'quantity');

  const describeMiss = (truth: Truth): string => {
    const metric = covering(truth.offset);
    const context = sourceText.slice(Math.max(0, truth.offset - 8), truth.offset + 8).replace(/\n/g, '⏎');
    return `${context}: want ${truth.value} ${truth.unit}${truth.approx ? ' ~' : ''}, got ${metric ? `${metric.value} ${metric.unit}${metric.approx ? ' ~' : ''}` : 'nothing'}`;
  };
  const right = (truth: Truth): boolean => {
    const metric = covering(truth.offset, truth.text.length);
    return metric !== undefined && metric.value === truth.value && metric.unit === truth.unit && metric.approx === truth.approx;
  };

  it('has at least 200 hand-annotated quantities to measure against', () => {
    expect(quantities.length).toBeGreaterThanOrEqual(200);
  });

  it('turns at least 95% of them into metrics with the right value, unit and approximation', () => {
    const misses = quantities.filter((truth) => !right(truth));
    const recall = 1 - misses.length / quantities.length;
    expect(recall, misses.map(describeMiss).join('\n')).toBeGreaterThanOrEqual(0.95);
    // The one known miss: "1" and "件" stand on two lines in the source, so no span can hold "1件".
    expect(misses.map(describeMiss)).toEqual([expect.stringContaining('want 1 件, got nothing')]);
  });

  it('attaches each growth rate to the figure it qualifies', () => {
    for (const [index, truth] of truths.entries()) {
      if (truth.kind !== 'change') continue;
      const host = covering(truths[index - 1]!.offset)!;
      expect(host.change).toMatchObject({ direction: truth.direction, value: truth.value, unit: truth.unit });
      expect(covering(truth.offset)).toBeUndefined();
    }
  });

  it('makes no metric of a year, date, clock time, hotline, ordinal or name', () => {
    const wrong = truths.filter((truth) => truth.kind === 'not' && covering(truth.offset)).map((truth) => `${truth.text} (${truth.reason})`);
    expect(wrong).toEqual([]);
    const wrongWords = forbidden.filter((word) => metrics.some((m) => m.source.start < word.offset + word.text.length && word.offset < m.source.end));
    expect(wrongWords).toEqual([]);
  });

  it('matches the examples named in the issue', () => {
    const byRaw = (raw: string): Metric => metrics.find((m) => m.raw === raw)!;
    expect(byRaw('13.9万亩')).toMatchObject({ label: '粮食种植面积', value: 139000, unit: '亩', approx: false, change: { direction: 'up', value: 2.93, unit: '%', raw: '同比增长2.93%' } });
    expect(byRaw('1.68亿元')).toMatchObject({ value: 168000000, unit: '元', approx: false });
    expect(byRaw('4000万余元')).toMatchObject({ value: 40000000, unit: '元', approx: true });
    expect(byRaw('11万余人次')).toMatchObject({ value: 110000, unit: '人次', approx: true });
    expect(byRaw('4个亿')).toMatchObject({ value: 400000000, unit: '元' });
  });
});
