import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport, importText } from '../../../main/engine/ingest/import-report.js';
import { isInputError } from '../../../main/engine/errors.js';
import { ReportSchema } from '../../../main/engine/report/schema.js';
import { allMetrics, importFile, SAMPLE_TXT, spansHold } from './support/samples.js';

const sampleText = readFileSync(SAMPLE_TXT, 'utf8');

describe('the reference sample (柏杨坝镇)', async () => {
  const { report, sourceText, trace } = await importFile(SAMPLE_TXT);

  it('reads title, subtitle, meta and lead', () => {
    expect(report.title).toBe('奋力开创高质量发展新局面');
    expect(report.subtitle).toBe('湖北恩施利川市柏杨坝镇2023年前9月发展回顾');
    expect(report.meta).toEqual({ organization: '湖北省恩施土家族苗族自治州利川市柏杨坝镇', period: '2023年前9月', date: '2023-10-12', author: '闫鹏飞', source: '中国产业发展研究网' });
    expect(report.lead).toMatch(/^2023年来，在市委市政府的坚强领导下/);
  });

  it('finds six pillars, the last one the outlook, with title and subtitle', () => {
    expect(report.pillars.map((p) => [p.title, p.subtitle, p.kind])).toEqual([
      ['聚焦主题教育', '党建引领持续提升', 'pillar'],
      ['聚焦经济建设', '高质量发展根基夯实', 'pillar'],
      ['聚焦乡村振兴', '镇村面貌日新月异', 'pillar'],
      ['聚焦办实事促民生', '群众福祉持续增进', 'pillar'],
      ['聚焦守底线促稳定', '社会大局平安和谐', 'pillar'],
      ['坚如磐石守初心', '只争朝夕稳向上', 'outlook'],
    ]);
  });

  it('finds every section with its title and headline', () => {
    const sections = report.pillars.map((p) => p.sections.map((s) => (s.headline ? `${s.title}｜${s.headline}` : s.title)));
    expect(sections).toEqual([
      ['以学铸魂｜坚定理想信念', '以学奠基｜强化组织建设', '以学促干｜深化党建品牌', '以学正风｜推进廉政建设'],
      ['抓“产业提质”｜提升发展“竞争力”', '抓“项目提速”｜打造发展“强能级”', '抓“工业提振”｜积蓄发展“新动力”', '抓“招商提效”｜营造发展“好环境”', '抓“财源提优”｜激发发展“新引擎”'],
      ['成果巩固成效突出', '人居环境提档升级', '生态修复持续推进', '乡风文明不断丰富'],
      ['民生保障全覆盖', '教育医疗齐提升', '文化建设重需求'],
      ['细化措施提质效', '矛盾化解暖民心', '打击违法肃源头', '普法宣传纠观念'],
      ['持续巩固脱贫成果', '加快发展特色产业', '坚持创优发展环境', '有序推进生态保护', '着力提升治理效能', '持续深化作风建设'],
    ]);
  });

  it('keeps the fifteen photo captions as captions of the section they stand in, never as headings', () => {
    const captions = report.pillars.flatMap((p) => p.sections.flatMap((s) => s.captions));
    expect(captions).toHaveLength(15);
    expect(captions).toContain('柏杨坝镇青年读书会夜学');
    expect(captions).toContain('普法宣传日活动');
    const inSection = (title: string): string[] => report.pillars.flatMap((p) => p.sections).find((s) => s.title === title)!.captions;
    expect(inSection('以学奠基')).toEqual(['柏杨坝镇青年读书会夜学', '柏杨坝镇友好村党群服务中心']);
    expect(inSection('抓“产业提质”')).toHaveLength(5);
    expect(inSection('普法宣传纠观念')).toEqual(['普法宣传日活动']);
    const titles = report.pillars.flatMap((p) => [p.title, ...p.sections.map((s) => s.title)]);
    for (const caption of captions) expect(titles).not.toContain(caption);
  });

  it('leaves no web clutter in any field', () => {
    const text = JSON.stringify(report);
    for (const clutter of ['字体', '收藏本页', '【打印】', '【关闭】', '核心提示', '郑重声明', '版权', '来源', '文 / ']) expect(text).not.toContain(clutter);
    expect(trace.dropped.map((d) => d.reason)).toContain('copyright notice');
  });

  it('joins the sentence broken across two lines', () => {
    const section = report.pillars[4]!.sections[1]!;
    expect(section.paragraphs.join('')).toContain('其中10年以上重复信访1件。开展矛盾纠纷');
    expect(trace.joined).toHaveLength(1);
  });

  it('writes titles and text with full-width punctuation, figures as in the source', () => {
    expect(report.pillars[0]!.sections[1]!.paragraphs[0]).toContain('优化村（居）工作，配强村（社区）两委');
    const fourHundred = allMetrics(report).find((m) => m.raw === '4000万余元')!;
    expect(sourceText.slice(fourHundred.source.start, fourHundred.source.end)).toBe('4000万余元');
  });

  it('points every metric at its figure in the source text', () => {
    expect(sourceText).toBe(sampleText);
    expect(spansHold(report, sourceText)).toEqual([]);
  });

  it('turns 一是/二是/三是 in a paragraph into points', () => {
    const points = report.pillars[1]!.sections[0]!.points;
    expect(points.map((p) => p.slice(0, 2))).toEqual(['一是', '二是', '三是']);
    expect(points[1]).toMatch(/^二是纵深推进园区建设。/);
  });

  it('chooses at most five key metrics per pillar, one per sentence, from the pillar itself', () => {
    for (const pillar of report.pillars) {
      expect(pillar.keyMetrics.length).toBeLessThanOrEqual(5);
      const own = pillar.sections.flatMap((s) => s.metrics);
      expect(pillar.keyMetrics.every((id) => own.some((m) => m.id === id))).toBe(true);
    }
    expect(report.pillars[1]!.keyMetrics.length).toBe(5);
    const economy = report.pillars[1]!.sections.flatMap((s) => s.metrics).filter((m) => report.pillars[1]!.keyMetrics.includes(m.id));
    expect(economy.every((m) => m.unit === '元')).toBe(true);
  });

  it('validates against the report schema', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });
});

describe('importReport input checks', () => {
  it('refuses an empty file and a file of blanks with exit-2 errors', async () => {
    await expect(importReport({ name: 'empty.txt', bytes: new Uint8Array() })).rejects.toSatisfy(isInputError);
    await expect(importReport({ name: 'blank.txt', bytes: new TextEncoder().encode(' \n\n\t \n') })).rejects.toThrow(/no report text/);
  });

  it('refuses structured formats (they are validated, not imported)', async () => {
    await expect(importReport({ name: 'r.json', bytes: new TextEncoder().encode('{}') })).rejects.toThrow(/not a raw report/);
  });

  it('refuses a file that is only a title', () => {
    expect(() => importText('只有一个标题')).toThrow(/beyond the title/);
  });
});
