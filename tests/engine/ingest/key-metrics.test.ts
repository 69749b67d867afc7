import { describe, expect, it } from 'vitest';
import { chooseKeyMetrics, metricScore, type Ranked } from '../../../main/engine/ingest/key-metrics.js';
import type { MetricDraft } from '../../../main/engine/ingest/numbers/paragraph-metrics.js';

const draft = (over: Partial<MetricDraft>): MetricDraft => ({ label: '完成投资', raw: '1', value: 1, unit: '', approx: false, source: { start: 0, end: 1 }, kind: 'count', sentence: 's', changeOnly: false, planned: false, ...over });

describe('key metric ranking', () => {
  it('puts money, growth and people reached before small counts', () => {
    const money = metricScore(draft({ label: '中药材年产值', value: 1.2e9, unit: '元', kind: 'money' }));
    const area = metricScore(draft({ label: '粮食种植面积', value: 139000, unit: '亩', kind: 'area', change: { direction: 'up', value: 2.93, unit: '%', raw: '同比增长2.93%' } }));
    const people = metricScore(draft({ label: '接待游客', value: 110000, unit: '人次', kind: 'people' }));
    const small = metricScore(draft({ label: '发布通报', value: 6, unit: '期', kind: 'count' }));
    const single = metricScore(draft({ label: '结案', value: 1, unit: '起', kind: 'count' }));
    expect(Math.min(money, area, people)).toBeGreaterThan(small);
    expect(small).toBeGreaterThan(single);
  });

  it('ranks results above plans of the same size', () => {
    expect(metricScore(draft({ value: 8e8, unit: '元', kind: 'money' }))).toBeGreaterThan(metricScore(draft({ value: 8e8, unit: '元', kind: 'money', planned: true })));
  });

  it('takes at most one figure per sentence and spreads over sections', () => {
    const candidates: Ranked[] = [
      { id: 'a', section: 0, metric: draft({ value: 9e9, unit: '元', kind: 'money', sentence: 'x' }) },
      { id: 'b', section: 0, metric: draft({ value: 8e9, unit: '元', kind: 'money', sentence: 'x' }) },
      { id: 'c', section: 0, metric: draft({ value: 7e9, unit: '元', kind: 'money', sentence: 'y' }) },
      { id: 'd', section: 1, metric: draft({ value: 5e8, unit: '元', kind: 'money', sentence: 'z' }) },
    ];
    expect(chooseKeyMetrics(candidates, 3)).toEqual(['a', 'd', 'c']);
  });

  it('chooses nothing from figures not worth a slide', () => {
    expect(chooseKeyMetrics([{ id: 'a', section: 0, metric: draft({ label: '1', raw: '1', value: 1, kind: 'none' }) }])).toEqual([]);
  });
});
