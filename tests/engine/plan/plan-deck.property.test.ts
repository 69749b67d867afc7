/**
 * Planning random reports (fast-check): whatever the report says — long or empty titles, dozens of sections, huge,
 * negative or fractional numbers, odd units, punctuation everywhere — planDeck never throws, and every text still
 * fits its box and stays on the slide.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Metric, Pillar, Report, Section } from '../../../main/engine/report/schema.js';
import { ReportSchema } from '../../../main/engine/report/schema.js';
import { deckProblems } from '../../support/deck-checks.js';
import { BUILT_IN_PACKS, plan } from './plan-fixtures.js';

const POOL = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严，。、；：？！（）“”《》—…%0123456789.ABCabc  '];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...POOL), { minLength: min, maxLength: max }).map((chars) => chars.join('').trim() || '空');
const UNITS = ['元', '亩', '人', '名', '人次', '%', '个', '件', '公里', '吨', '', '万元', '个百分点', '平方米'];

const metric = (id: string): fc.Arbitrary<Metric> =>
  fc.record({
    label: text(1, 30),
    value: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.constantFrom(0, 0.001, 999999999999)),
    unit: fc.constantFrom(...UNITS),
    approx: fc.boolean(),
    raw: text(1, 12),
    change: fc.option(fc.record({ direction: fc.constantFrom('up', 'down', 'flat'), value: fc.double({ min: 0, max: 1e4, noNaN: true }), unit: fc.constantFrom('%', '个百分点'), raw: text(1, 15) }), { nil: undefined }),
  }).map(({ change, ...rest }) => ({ id, source: { start: 0, end: 1 }, ...rest, ...(change ? { change } : {}) }) as Metric);

const section = (id: string): fc.Arbitrary<Section> =>
  fc
    .record({
      title: text(1, 40),
      headline: fc.option(text(1, 40), { nil: undefined }),
      paragraphs: fc.array(text(0, 300), { maxLength: 3 }),
      points: fc.array(text(1, 120), { maxLength: 5 }),
      metrics: fc.integer({ min: 0, max: 7 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => metric(`${id}-m${i}`)))),
    })
    .map(({ headline, ...rest }) => ({ id, captions: [], ...rest, ...(headline ? { headline } : {}) }));

const pillar = (id: string): fc.Arbitrary<Pillar> =>
  fc
    .record({
      title: text(1, 50),
      subtitle: fc.option(text(1, 50), { nil: undefined }),
      kind: fc.constantFrom('pillar', 'pillar', 'outlook'),
      sections: fc.integer({ min: 0, max: 9 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => section(`${id}-s${i}`)))),
      keyCount: fc.integer({ min: 0, max: 8 }),
    })
    .map(({ subtitle, keyCount, sections, ...rest }) => {
      const ids = sections.flatMap((s) => s.metrics.map((m) => m.id));
      return { id, ...rest, sections, keyMetrics: ids.slice(0, keyCount), ...(subtitle ? { subtitle } : {}) };
    });

const report: fc.Arbitrary<Report> = fc
  .record({
    title: text(1, 80),
    subtitle: fc.option(text(1, 80), { nil: undefined }),
    organization: fc.option(text(1, 60), { nil: undefined }),
    date: fc.option(fc.constantFrom('2023-10-12', '2024/1/5', '十月', ''), { nil: undefined }),
    pillars: fc.integer({ min: 0, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => pillar(`p${i}`)))),
  })
  .map(({ subtitle, organization, date, ...rest }) => ({ ...rest, ...(subtitle ? { subtitle } : {}), meta: { ...(organization ? { organization } : {}), ...(date ? { date } : {}) } }));

describe('planning random reports', () => {
  it('never throws and never overflows, in any pack and preset', async () => {
    await fc.assert(
      fc.asyncProperty(report, fc.constantFrom(...BUILT_IN_PACKS), fc.constantFrom('brief', 'full', 'onepage' as const), async (input, pack, preset) => {
        expect(ReportSchema.safeParse(input).success).toBe(true);
        const { deck, metrics } = await plan({ report: input, pack, selection: { preset } });
        expect(deck.slides.length).toBeGreaterThan(0);
        // Joined, so a failure prints the problems themselves rather than "[ Array(1) ]".
        expect(deckProblems(deck, metrics).join('\n')).toBe('');
      }),
      { numRuns: 60, seed: 20231012, endOnFailure: true },
    );
  });
});
