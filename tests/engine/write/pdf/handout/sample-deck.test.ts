import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../../../main/engine/deck/model.js';
import { bundledFontMetrics } from '../../../../../main/engine/layout/bundled-metrics.js';
import { planDeck } from '../../../../../main/engine/plan/plan-deck.js';
import type { Report } from '../../../../../main/engine/report/schema.js';
import { SelectionSchema, type Preset } from '../../../../../main/engine/selection/schema.js';
import { writeHandoutPdf } from '../../../../../main/engine/write/pdf/handout/write-handout-pdf.js';
import type { BundledFonts } from '../../../../../main/node/fonts.js';
import { havePoppler, pdfInfo, pdfText, squeeze } from '../support/pdf-tools.js';
import { BUILT_IN_PACKS, builtInPack, CREATED_AT, fonts as loadFonts, sampleReport } from '../support/sample.js';

let report: Report;
let fonts: BundledFonts;
beforeAll(async () => {
  [report, fonts] = await Promise.all([sampleReport(), loadFonts()]);
});

async function plannedDeck(packId: string, preset: Preset): Promise<Deck> {
  const pack = await builtInPack(packId);
  return planDeck({ report, selection: SelectionSchema.parse({ preset }), pack, metrics: bundledFontMetrics() }).deck;
}

/** The text lines of a slide, as the planner laid them out. */
const slideLines = (deck: Deck, index: number): string[] =>
  (deck.slides[index]?.elements ?? []).flatMap((element) => (element.type === 'text' ? element.paragraphs.flatMap((p) => p.lines.map((line) => line.map((run) => run.text).join(''))) : []));

const cases: [string, Preset][] = [...BUILT_IN_PACKS.map((id): [string, Preset] => [id, 'brief']), ['gov-blue', 'full'], ['party-red', 'onepage']];

describe.skipIf(!havePoppler).each(cases)('the sample deck planned with %s (%s), as a handout', (packId, preset) => {
  it('has one page per slide, at the slide\'s size, each with that slide\'s text', async () => {
    const deck = await plannedDeck(packId, preset);
    const bytes = await writeHandoutPdf(deck, { fonts, perPage: 1, notes: false, createdAt: CREATED_AT });
    const info = pdfInfo(bytes);
    expect(info.pages).toBe(deck.slides.length);
    expect([info.width, info.height].map(Math.round)).toEqual([Math.round(deck.size.w * 72), Math.round(deck.size.h * 72)]);
    for (let index = 0; index < deck.slides.length; index++) {
      const page = squeeze(pdfText(bytes, index + 1, true));
      for (const line of slideLines(deck, index)) expect(page, `slide ${index + 1}`).toContain(squeeze(line));
    }
  });
});
