/**
 * The native PPTX writer in-process: synthetic Decks of pillar slides (header, title, three KPI tiles, a native
 * column chart with its embedded workbook, three bullets, page number, notes) written to bytes. The notes say
 * pptxgenjs alone takes ~0.3 s per 100 chart slides; the post-processing pass (exact text bodies, fonts, repairs,
 * DEFLATE re-zip) comes on top. Also the planner's share: fitting text with real metrics.
 */
import type { Deck, Slide, SlideElement } from '../../main/engine/deck/model.js';
import { fitText } from '../../main/engine/layout/fit-text.js';
import type { FontMetrics } from '../../main/engine/layout/font-metrics.js';
import { writePptx } from '../../main/engine/write/pptx/index.js';
import { bundledMetrics } from '../../tests/support/bundled-metrics.js';
import { pillarSlide, sampleDeck } from '../../tests/engine/write/pptx/sample-decks.js';
import type { BenchCase } from '../types.js';

/** Each slide gets its own numbers, so the chart workbooks and text differ as in a real deck. */
function variant(slide: Slide, index: number): Slide {
  const elements = slide.elements.map((element): SlideElement => {
    if (element.type === 'chart') return { ...element, id: `chart-${index}`, series: element.series.map((series, s) => ({ ...series, values: series.values.map((value, v) => value + ((index * 7 + s * 3 + v) % 50)) })) };
    if (element.type === 'text' && element.role === 'page-number') return { ...element, paragraphs: element.paragraphs.map((p) => ({ ...p, lines: [[{ ...p.lines[0]![0]!, text: String(index + 2) }]] })) };
    return element;
  });
  return { ...slide, id: `pillar:p${index}`, sourceId: `p${index}`, elements };
}

function syntheticDeck(metrics: FontMetrics, slides: number): Deck {
  const pillar = pillarSlide(metrics);
  return sampleDeck(metrics, Array.from({ length: slides }, (_, index) => variant(pillar, index)));
}

const sentences = [
  '2023年1-9月，白杨坝村实现农业总产值2,500万元，同比增长23.5%，粮食种植面积13.9万亩。',
  '新建标准化中药材基地2个，“白杨坝红茶”获评市级区域公用品牌，带动农户户均增收3,200元。',
  '生猪出栏量受市场价格影响同比下降9.5%，养殖结构持续优化，防疫工作全年无重大疫情。',
];

let metrics: FontMetrics;
const decks = new Map<number, Deck>();
const writeCase = (slides: number): BenchCase => ({
  kind: 'in-process',
  group: 'write: PPTX',
  name: `${slides.toLocaleString('en')} pillar slides (chart, KPIs, bullets) → PPTX bytes`,
  setup: async () => {
    metrics = await bundledMetrics();
    decks.set(slides, syntheticDeck(metrics, slides));
  },
  run: () => writePptx(decks.get(slides)!),
  runs: slides >= 1000 ? 3 : 5,
});

export const cases: BenchCase[] = [
  writeCase(100),
  writeCase(1000),
  {
    kind: 'in-process',
    group: 'layout',
    name: 'fitText: 1,000 report sentences into 5.8 × 1.2 in boxes (28 → 12 pt)',
    setup: async () => {
      metrics = await bundledMetrics();
    },
    run: () => {
      for (let i = 0; i < 1000; i++) {
        const text = sentences[i % sentences.length]!.repeat(1 + (i % 3));
        fitText(metrics, { text, widthPt: 5.8 * 72, heightPt: 1.2 * 72, maxFontSizePt: 28, minFontSizePt: 12, lineHeight: 1.3, bold: i % 5 === 0 });
      }
    },
    runs: 5,
  },
];
