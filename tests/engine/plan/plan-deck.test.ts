import { describe, expect, it } from 'vitest';
import type { ChartElement, Slide, TextElement } from '../../../main/engine/deck/model.js';
import { formatMetric } from '../../../main/engine/template/format/format-metric.js';
import { deckProblems } from '../../support/deck-checks.js';
import { BUILT_IN_PACKS, plan, sampleReport, sampleText } from './plan-fixtures.js';

const texts = (slide: Slide): TextElement[] => slide.elements.filter((e): e is TextElement => e.type === 'text');
const textOf = (element: TextElement): string => element.paragraphs.map((p) => p.lines.map((l) => l.map((r) => r.text).join('')).join('')).join('\n');
const slideText = (slide: Slide): string => texts(slide).map(textOf).join('\n');
const tileValues = (slide: Slide): string[] => texts(slide).filter((t) => /\/tile-\d+\/value$/.test(t.id)).map(textOf);
/** The sample pillar's key metrics as tiles show them (e.g. "13.9万亩"), in key order. */
const keyMetricDisplays = (pillarId: string): string[] => {
  const pillar = sampleReport.pillars.find((p) => p.id === pillarId);
  const metrics = pillar?.sections.flatMap((s) => s.metrics) ?? [];
  return (pillar?.keyMetrics ?? []).map((id) => formatMetric(metrics.find((m) => m.id === id) ?? { raw: '', value: NaN, unit: '', approx: false }).text);
};
const kinds = (slides: readonly Slide[]): string[] => slides.map((slide) => slide.kind);

describe('planDeck on the sample report', () => {
  it('brief: title, overview, five pillar slides each with at least three key numbers, outlook, closing', async () => {
    const { deck, warnings } = await plan();
    expect(kinds(deck.slides)).toEqual(['title', 'overview', 'pillar', 'pillar', 'pillar', 'pillar', 'pillar', 'outlook', 'closing']);
    const pillars = deck.slides.filter((slide) => slide.kind === 'pillar');
    expect(pillars.map((slide) => slide.sourceId)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    for (const slide of pillars) {
      const keyValues = keyMetricDisplays(slide.sourceId ?? '');
      const shown = tileValues(slide).filter((value) => keyValues.includes(value));
      expect(shown.length, slide.id).toBeGreaterThanOrEqual(3);
    }
    expect(tileValues(pillars[1] as Slide)).toEqual(['12亿元', '13.9万亩', '1.68亿元', '5.8亿元']);
    expect(warnings).toEqual([]);
  });

  it('writes the title slide from the report and the overview with every pillar’s headline number', async () => {
    const { deck } = await plan();
    const [title, overview] = deck.slides as [Slide, Slide];
    expect(slideText(title)).toContain('奋力开创高质量发展新局面');
    expect(slideText(title)).toContain('2023年10月12日');
    const overviewText = slideText(overview);
    for (const pillar of sampleReport.pillars.filter((p) => p.kind === 'pillar')) expect(overviewText).toContain(pillar.title);
    for (const pillar of sampleReport.pillars.filter((p) => p.kind === 'pillar')) expect(overviewText).toContain(keyMetricDisplays(pillar.id)[0]);
  });

  it('puts section headlines as short bullets, not paragraphs', async () => {
    const { deck } = await plan();
    const p1 = deck.slides.find((slide) => slide.id === 'pillar:p1') as Slide;
    const bullets = texts(p1).filter((t) => t.role === 'bullet').map(textOf);
    expect(bullets.map((b) => b.split('\n')[0])).toEqual(['以学铸魂：坚定理想信念', '以学奠基：强化组织建设', '以学促干：深化党建品牌', '以学正风：推进廉政建设']);
    for (const bullet of bullets) expect([...bullet].length).toBeLessThan(60);
  });

  it('draws a native chart only from three or more metrics of one unit family', async () => {
    const { deck } = await plan();
    const charts = deck.slides.flatMap((slide) => slide.elements.filter((e): e is ChartElement => e.type === 'chart'));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.categories.length).toBeGreaterThanOrEqual(3);
      expect(chart.series[0]?.values).toHaveLength(chart.categories.length);
      expect(chart.title).toContain(chart.unit);
    }
    const p2 = charts.find((chart) => chart.id === 'pillar:p2/chart');
    expect(p2?.unit).toBe('亿元');
    expect(p2?.categories.slice(0, 4)).toEqual(['中药材年产值', '完成固投', '签约总投资', '春茶产值']);
    expect(deck.slides.find((s) => s.id === 'pillar:p4')?.elements.some((e) => e.type === 'chart')).toBe(false);
  });

  it('colours changes by direction with the pack’s positive colour', async () => {
    const { deck } = await plan();
    const change = texts(deck.slides.find((s) => s.id === 'pillar:p2') as Slide).find((t) => t.role === 'kpi-change');
    expect(change && textOf(change)).toBe('同比 ▲2.93%');
    expect(change?.paragraphs[0]?.lines[0]?.[0]?.color).toBe('C62828');
  });

  it('quotes the source sentence of every number on a slide in its notes — from the source text', async () => {
    const { deck } = await plan({ sourceText: sampleText });
    for (const slide of deck.slides.filter((s) => s.kind === 'pillar')) {
      for (const value of tileValues(slide)) expect(slide.notes, `${slide.id}: ${value}`).toContain(value);
      expect(slide.notes).toContain('原文：“');
      expect(slide.notes).not.toContain('未在原文中找到');
    }
    expect(deck.slides.find((s) => s.id === 'pillar:p2')?.notes).toContain('原文：“目前,全镇粮食种植面积达13.9万亩(含复种面积),同比增长2.93%');
  });

  it('quotes the sentences from the section paragraphs when there is no source text', async () => {
    const { deck } = await plan();
    const notes = deck.slides.find((s) => s.id === 'pillar:p2')?.notes ?? '';
    expect(notes).toContain('原文：“目前,全镇粮食种植面积达13.9万亩(含复种面积),同比增长2.93%');
    expect(notes).not.toContain('未在原文中找到');
  });

  it('says in the notes when a number was edited by hand', async () => {
    const { deck } = await plan({ selection: { metricEdits: { 'p2-s1-m3': { value: 1.3e9 } } } });
    const p2 = deck.slides.find((s) => s.id === 'pillar:p2') as Slide;
    expect(tileValues(p2)[0]).toBe('13亿元');
    expect(p2.notes).toContain('中药材年产值已人工修改为13亿元，原文写作“12亿元”');
  });

  it('is deterministic', async () => {
    const a = await plan({ sourceText: sampleText, pack: 'party-red', selection: { preset: 'full' } });
    const b = await plan({ sourceText: sampleText, pack: 'party-red', selection: { preset: 'full' } });
    expect(JSON.stringify(b.deck)).toBe(JSON.stringify(a.deck));
  });
});

describe('presets and selections', () => {
  it('full adds a slide per section after its pillar', async () => {
    const { deck } = await plan({ selection: { preset: 'full' } });
    const sections = sampleReport.pillars.flatMap((p) => p.sections.map((s) => s.id));
    expect(deck.slides.filter((s) => s.kind === 'section').map((s) => s.sourceId)).toEqual(sections);
    const ids = deck.slides.map((s) => s.id);
    expect(ids.indexOf('section:p2-s1')).toBe(ids.indexOf('pillar:p2') + 1);
  });

  it('onepage is one dashboard slide with each pillar’s headline number', async () => {
    const { deck } = await plan({ selection: { preset: 'onepage' } });
    expect(kinds(deck.slides)).toEqual(['dashboard']);
    const text = slideText(deck.slides[0] as Slide);
    for (const pillar of sampleReport.pillars.filter((p) => p.kind === 'pillar')) expect(text).toContain(pillar.title);
    expect(text).toContain('下一步');
  });

  it('leaves out, reorders and pins as the selection says', async () => {
    const { deck } = await plan({ selection: { excluded: ['p1', 'p3', 'p4', 'p6'], pillarOrder: ['p5', 'p2'], pinned: ['p2-s3-m3'] } });
    expect(deck.slides.filter((s) => s.kind === 'pillar').map((s) => s.sourceId)).toEqual(['p5', 'p2']);
    expect(tileValues(deck.slides.find((s) => s.id === 'pillar:p2') as Slide)[0]).toBe('4308万元');
    expect(kinds(deck.slides)).not.toContain('outlook');
  });

  it('gives pinned metrics beyond the tile row a continuation slide', async () => {
    const pinned = sampleReport.pillars[1]?.sections.flatMap((s) => s.metrics.map((m) => m.id)).slice(0, 6) ?? [];
    const { deck } = await plan({ selection: { pinned } });
    const parts = deck.slides.filter((s) => s.sourceId === 'p2');
    expect(parts.map((s) => s.id)).toEqual(['pillar:p2', 'pillar:p2:2']);
    expect(tileValues(parts[1] as Slide)).toHaveLength(2);
    expect(slideText(parts[1] as Slide)).toContain('二、聚焦经济建设（续）');
  });
});

describe('boxes against measured text', () => {
  for (const pack of BUILT_IN_PACKS) {
    for (const preset of ['brief', 'full', 'onepage'] as const) {
      it(`${pack} / ${preset}: every line fits its box, nothing overlaps or leaves the slide`, async () => {
        const { deck, metrics, warnings } = await plan({ pack, selection: { preset }, sourceText: sampleText });
        expect(deckProblems(deck, metrics)).toEqual([]);
        expect(warnings).toEqual([]);
        expect(deck.templateId).toBe(pack);
        expect(deck.fonts.eastAsian).toBe('微软雅黑');
      });
    }
  }
});
