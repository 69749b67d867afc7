import { describe, expect, it } from 'vitest';
import type { TemplateData } from '../../../main/engine/template/data.js';
import { templateHelpers } from '../../../main/engine/template/helpers/index.js';
import { createTextCompiler } from '../../../main/engine/template/text-compiler.js';

const compiler = createTextCompiler(templateHelpers);
const render = (source: string, extra: Record<string, unknown> = {}): string =>
  compiler.compile('t.hbs', source)({ report: { title: 'T', meta: {}, pillarCount: 0, metricCount: 0 }, pillars: [], ...extra } as unknown as TemplateData);

describe('template helpers', () => {
  it('format numbers', () => {
    expect(render('{{wan 139000 "亩"}} {{wan 168000000 "元"}} {{wan 87 "人"}}')).toBe('13.9万亩 1.68亿元 87人');
    expect(render('{{thousands 22167}} {{thousands 1234.567 1}}')).toBe('22,167 1,234.6');
    expect(render('{{percent 70}} {{percent 2.934 2}} {{ratio 700 1008}}')).toBe('70% 2.93% 69.4%');
  });

  it('draw arrows and changes', () => {
    expect(render('{{arrow "up"}}{{arrow "down"}}{{arrow "flat"}}{{arrow -3}}{{arrow 2}}')).toBe('▲▼—▼▲');
    const chart = { unit: '%', family: '比率', count: 3 };
    expect(render('{{change pillar.change}}', { pillar: { change: { direction: 'up', value: 8.7, unit: '%', raw: '同比增长8.7%' } }, chart })).toBe('同比 ▲8.7%');
  });

  it('write ordinals, padded numbers, dates, lists and fallbacks', () => {
    const pillars = [{ title: '甲' }, { title: '乙' }, { title: '' }];
    expect(render('{{ordinal 3}}、{{pad 7}}、{{pad 7 3}}')).toBe('三、07、007');
    expect(render('{{date "2023-10-12"}}')).toBe('2023年10月12日');
    expect(render('{{join pillars "、" "title"}}', { pillars })).toBe('甲、乙');
    expect(render('{{default report.subtitle report.title}}')).toBe('T');
    expect(render(`{{joinWith " · " report.title report.missing "" "2023"}}`)).toBe("T · 2023");
    expect(render('{{#if (eq report.title "T")}}yes{{/if}}')).toBe('yes');
  });

  it('print a dash or nothing for odd input instead of throwing mid-export', () => {
    expect(render('{{wan report.missing "元"}}|{{percent "abc"}}|{{ratio 1 0}}|{{thousands report}}')).toBe('—|—|—|—');
    expect(render('{{arrow report}}|{{change report}}|{{join report}}|{{ordinal "x"}}|{{pad "x"}}|{{date 5}}')).toBe('|||||5');
  });
});
