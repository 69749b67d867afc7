import Handlebars from 'handlebars';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import type { Pillar } from '../../../main/engine/report/schema.js';
import { summaryHelperNames, summaryHelpers } from '../../../main/engine/template/summary-helpers.js';

const metric = (id: string, label: string, raw: string, value: number, unit: string, extra: object = {}) => ({ id, label, raw, value, unit, approx: false, source: { start: 0, end: 1 }, ...extra });

const pillar: Pillar = {
  id: 'p1',
  title: '聚焦经济建设',
  kind: 'pillar',
  keyMetrics: ['m3'],
  sections: [
    {
      id: 's1',
      title: '抓“产业提质”',
      paragraphs: ['全镇产业稳步发展。粮食种植面积13.9万亩,同比增长2.93%。'],
      points: [],
      captions: [],
      metrics: [metric('m1', '粮食种植面积', '13.9万亩', 139000, '亩', { change: { direction: 'up', value: 2.93, unit: '%', raw: '同比增长2.93%' } }), metric('m2', 'A|B *项*', '5个', 5, '个')],
    },
    { id: 's2', title: '抓“财源提优”', paragraphs: ['已完成收入700万元。'], points: [], captions: [], metrics: [metric('m3', '已完成收入', '700万元', 7000000, '元')] },
  ],
};

function render(source: string, data: object): string {
  const env = Handlebars.create();
  env.registerHelper(summaryHelpers);
  return env.compile(source, { strict: true })(data);
}

describe('summaryHelpers', () => {
  it('names every helper for a pack check', () => {
    expect([...summaryHelperNames].sort()).toEqual(['keyPoints', 'keySentence', 'kpiTable', 'md', 'take']);
  });

  it('kpiTable writes a GFM table that marked reads back: key metrics first, then the rest, with change and section', () => {
    const md = render('{{#each pillars}}{{kpiTable this}}{{/each}}', { pillars: [pillar] });
    const table = marked.lexer(md).find((token): token is Tokens.Table => token.type === 'table');
    expect(table?.header.map((cell) => cell.text)).toEqual(['指标', '数值', '变化', '出处']);
    const rows = table?.rows.map((row) => row.map((cell) => cell.text));
    expect(rows?.[0]).toEqual(['已完成收入', '700万元', '—', '抓“财源提优”']);
    expect(rows?.[1]).toEqual(['粮食种植面积', '13.9万亩', '同比增长2.93%', '抓“产业提质”']);
    // Markdown syntax in report text stays text: the pipe does not split the cell, the stars are not emphasis.
    expect(table?.rows[2]?.[0]?.tokens.map((t) => t.type)).not.toContain('em');
    expect(table?.rows[2]?.length).toBe(4);
  });

  it('kpiTable also reads the template data form: key metrics as objects, values in their display form', () => {
    const sections = pillar.sections.map((section) => ({ ...section, metrics: section.metrics.map((m) => ({ ...m, display: `D${m.raw}` })) }));
    const data = { ...pillar, sections, keyMetrics: [sections[0]!.metrics[1]] };
    const rows = render('{{kpiTable this}}', data).split('\n').filter((line) => line.startsWith('| '));
    expect(rows[2]).toBe('| A\\|B \\*项\\* | D5个 | — | 抓“产业提质” |');
    expect(rows).toHaveLength(5);
  });

  it('kpiTable honours limit= and writes nothing for a pillar without numbers', () => {
    expect(render('{{kpiTable this limit=1}}', pillar).match(/^\| /gm)).toHaveLength(3);
    expect(render('[{{kpiTable this}}]', { ...pillar, sections: [] })).toBe('[]');
  });

  it('keySentence picks the sentence carrying a number', () => {
    expect(render('{{keySentence this}}', pillar.sections[0]!)).toBe('粮食种植面积13.9万亩,同比增长2.93%。');
  });

  it('keyPoints gives a bullet per section with its number sentence, up to max', () => {
    const out = render('{{#each (keyPoints this max=1)}}[{{title}}|{{text}}]{{/each}}', pillar);
    expect(out).toBe('[抓“产业提质”|粮食种植面积13.9万亩,同比增长2.93%。]');
    expect(render('{{#each (keyPoints this)}}[{{title}}]{{/each}}', pillar)).toBe('[抓“产业提质”][抓“财源提优”]');
  });

  it('keyPoints tops a one-section pillar up to min with further sentences, untitled', () => {
    const one = { ...pillar, sections: [pillar.sections[0]!] };
    expect(render('{{#each (keyPoints this min=2)}}[{{title}}|{{text}}]{{/each}}', one)).toBe('[抓“产业提质”|粮食种植面积13.9万亩,同比增长2.93%。][|全镇产业稳步发展。]');
  });

  it('md escapes Markdown so report text cannot become a list or emphasis', () => {
    const tokens = marked.lexer(render('{{md text}}', { text: '1. *重点* 项目' }));
    expect(tokens.map((t) => t.type)).toEqual(['paragraph']);
    expect((tokens[0] as Tokens.Paragraph).tokens.map((t) => t.type)).not.toContain('em');
  });

  it('take keeps the first N items', () => {
    expect(render('{{#each (take list 2)}}{{this}}{{/each}}', { list: ['a', 'b', 'c'] })).toBe('ab');
  });

  it('misuse is an input error that names the helper', () => {
    expect(() => render('{{kpiTable title}}', pillar)).toThrow(InputError);
    expect(() => render('{{kpiTable this limit=0}}', pillar)).toThrow(/kpiTable.*limit/);
  });
});
