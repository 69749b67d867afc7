/**
 * The built-in packs as people see them: the sample report planned with every preset, and every run of text on
 * every slide checked against every colour under it — fills, cards, bands, and the pixels of the cover art — at the
 * size it is drawn. Meeting-room projectors wash colours out, so WCAG AA is the floor, not a target.
 */
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../main/engine/deck/model.js';
import type { FontMetrics } from '../../../main/engine/layout/font-metrics.js';
import { contrastRatio } from '../../../main/engine/template-library/color-math.js';
import { isLargeText, resolveColor } from '../../../main/engine/template-library/contrast-warnings.js';
import { packTextPairs } from '../../../main/engine/template-library/text-pairs.js';
import { BUILT_IN_PACKS, builtInPack, plan } from '../plan/plan-fixtures.js';
import { drawnPairs, type DrawnPair } from './support/drawn-pairs.js';

const PRESETS = ['brief', 'full', 'onepage'] as const;

function shortfalls(deck: Deck, metrics: FontMetrics): string[] {
  return deck.slides.flatMap((slide) =>
    drawnPairs(slide, metrics).flatMap((pair) => {
      const required = isLargeText({ size: pair.sizePt, bold: pair.bold }) ? 3 : 4.5;
      return pair.grounds
        .filter((ground) => contrastRatio(pair.color, ground.color) < required)
        .map((ground) => `${pair.what} ${pair.color} ${pair.sizePt}pt${pair.bold ? ' bold' : ''} on ${ground.color}${ground.art ? ' (art)' : ''}: ${contrastRatio(pair.color, ground.color).toFixed(2)}:1 < ${required}:1`);
    }),
  );
}

describe.each(BUILT_IN_PACKS)('the %s sample deck', (packId) => {
  it.each(PRESETS)('draws every text at WCAG AA contrast or better (%s)', async (preset) => {
    const { deck, metrics } = await plan({ pack: packId, selection: { preset } });
    expect(shortfalls(deck, metrics)).toEqual([]);
  });

  it('draws only text/fill pairs the pack checker knows about', async () => {
    const pack = await builtInPack(packId);
    const known = new Set(packTextPairs(pack.manifest).map((pair) => `${resolveColor(pack.manifest, pair.color)} on ${resolveColor(pack.manifest, pair.on)}`));
    const drawn: DrawnPair[] = [];
    for (const preset of PRESETS) {
      const { deck, metrics } = await plan({ pack: packId, selection: { preset } });
      drawn.push(...deck.slides.flatMap((slide) => drawnPairs(slide, metrics)));
    }
    // Text on cover art is checked against the slide's colour there (and flagged for a look); the test above reads the art.
    const unknown = drawn.flatMap((pair) => [...new Set(pair.grounds.map((ground) => (ground.art ? pair.slideBackground : ground.color)))].map((ground) => `${pair.color} on ${ground}`).filter((key) => !known.has(key)));
    expect([...new Set(unknown)]).toEqual([]);
    expect(drawn.length).toBeGreaterThan(100);
  });
});

describe('the drawn-contrast check itself', () => {
  it('reads the cover art under the title slide’s text', async () => {
    const { deck, metrics } = await plan({ pack: 'party-red' });
    const title = deck.slides.find((slide) => slide.kind === 'title');
    if (!title) throw new Error('no title slide');
    const subtitle = drawnPairs(title, metrics).find((pair) => pair.what.startsWith('title/subtitle'));
    expect(subtitle?.grounds.every((ground) => ground.art)).toBe(true);
    // The rays of the art: more than one shade of red under one line of text.
    expect(new Set(subtitle?.grounds.map((ground) => ground.color)).size).toBeGreaterThan(1);
  });

  it('finds a pale run on a card', async () => {
    const { deck, metrics } = await plan({ pack: 'gov-blue' });
    const faded: Deck = { ...deck, slides: deck.slides.map((slide) => ({ ...slide, elements: slide.elements.map((element) => (element.type === 'text' && element.id.endsWith('/number') ? { ...element, paragraphs: element.paragraphs.map((p) => ({ ...p, lines: p.lines.map((line) => line.map((run) => ({ ...run, color: 'D4A23A' }))) })) } : element)) })) };
    expect(shortfalls(faded, metrics)).toContainEqual(expect.stringMatching(/^overview\/card-p1\/number "01" D4A23A \d+(\.5)?pt bold on F1F5FB: 2\.13:1 < 3:1$/));
  });
});
