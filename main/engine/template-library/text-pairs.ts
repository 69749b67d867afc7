/**
 * Every text colour a pack's slides draw and every fill it is drawn on, read from the manifest the way the planner
 * (main/engine/plan/) uses it. Kept beside the planner's choices on purpose: the bold lead-in of a bullet is always
 * primaryDark, a card's unit is its number's colour at half size, the dashboard draws a card's number inline at the
 * title's size, and text in a box that lies on a decoration (party-red's heading band) is drawn on that band, not on
 * the slide. tests/engine/template-library/drawn-contrast.test.ts checks the planned decks against the same rule.
 */
import type { ColorRef, Decoration, ManifestBox, TemplateManifest, TextStyle } from '../template/manifest-schema.js';
import { minSizeOf } from '../plan/text/text-element.js';

/** The sizes text is drawn at: its full size and the smallest the planner may shrink it to. */
export interface DrawnSize {
  readonly size: number;
  readonly minSize: number;
  readonly bold: boolean;
}

export interface TextPair {
  /** The manifest field of the text style, e.g. "slides.title.subtitle.style". */
  readonly where: string;
  readonly style: DrawnSize;
  readonly color: ColorRef;
  readonly on: ColorRef;
  /** What the fill is, in words: "content slides", "KPI tiles", "decoration 1 of the title slide". */
  readonly onWhat: string;
  /** The slide also has a background image, which only a look can judge. */
  readonly image?: boolean;
}

interface Surface {
  readonly on: ColorRef;
  readonly onWhat: string;
}

/** A card's unit: half the number's size, down to 9 pt (card-grid.ts unitStyle, metric-runs.ts unitSizeFor). */
const CARD_UNIT_SCALE = 0.5;
const SMALLEST_UNIT_PT = 9;

const drawn = (style: TextStyle): DrawnSize => ({ size: style.size, minSize: minSizeOf(style), bold: style.bold });

/**
 * The fills under a text box: every filled decoration that covers at least a quarter of it (a band, a panel; not a
 * hairline grazing its edge), and the slide itself unless one rectangle covers the whole box.
 */
export function surfacesUnder(area: ManifestBox, decorations: readonly Decoration[], background: ColorRef, slideName: string): Surface[] {
  const surfaces: Surface[] = [];
  let covered = false;
  decorations.forEach((decoration, index) => {
    if (!decoration.fill || decoration.shape === 'line') return;
    const overlap = overlapArea(area, decoration);
    if (overlap < (area.w * area.h) / 4) return;
    surfaces.push({ on: decoration.fill, onWhat: `decoration ${index + 1} of ${slideName}` });
    if (decoration.shape !== 'ellipse' && overlap >= area.w * area.h - 1e-9) covered = true;
  });
  return covered ? surfaces : [{ on: background, onWhat: slideName }, ...surfaces];
}

function overlapArea(a: ManifestBox, b: ManifestBox): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function packTextPairs(manifest: TemplateManifest): TextPair[] {
  const { slides, kpi, bullets, chart, assets } = manifest;
  const backgrounds = assets.backgrounds;
  const pairs: TextPair[] = [];
  const add = (where: string, style: DrawnSize, color: ColorRef, surfaces: readonly Surface[], image = false): void => {
    for (const surface of surfaces) {
      if (!pairs.some((pair) => pair.where === where && pair.color === color && pair.on === surface.on)) pairs.push({ where, style, color, ...surface, ...(image ? { image } : {}) });
    }
  };

  const title = slides.title;
  for (const key of ['title', 'subtitle', 'meta'] as const) {
    add(`slides.title.${key}.style`, drawn(title[key].style), title[key].style.color, surfacesUnder(title[key].box, title.decorations, title.background, 'the title slide'), backgrounds.title !== undefined);
  }
  const closing = slides.closing;
  for (const key of ['headline', 'detail'] as const) {
    add(`slides.closing.${key}.style`, drawn(closing[key].style), closing[key].style.color, surfacesUnder(closing[key].box, closing.decorations, closing.background, 'the closing slide'), backgrounds.closing !== undefined);
  }

  const content = slides.content;
  const contentImage = backgrounds.content !== undefined;
  const onContent = (area: ManifestBox): Surface[] => surfacesUnder(area, content.decorations, content.background, 'content slides');
  for (const key of ['title', 'subtitle', 'footer', 'pageNumber'] as const) {
    add(`slides.content.${key}.style`, drawn(content[key].style), content[key].style.color, onContent(content[key].box), contentImage);
  }
  // Bullets and charts sit in the body of pillar, section and outlook slides.
  const bodies = [slides.pillar.body, slides.section.body, slides.outlook.body];
  const onBodies = bodies.flatMap(onContent);
  for (const key of ['title', 'detail'] as const) add(`bullets.${key}`, drawn(bullets[key]), bullets[key].color, onBodies, contentImage);
  add('bullets.title (bold lead-in, primaryDark)', { ...drawn(bullets.title), bold: true }, 'primaryDark', onBodies, contentImage);
  add('chart.textColor', { size: chart.fontSize, minSize: chart.fontSize, bold: false }, chart.textColor, [slides.pillar.body, slides.section.body].flatMap(onContent), contentImage);
  const strip = slides.dashboard.strip;
  if (strip) add('slides.dashboard.strip.style', drawn(strip.style), strip.style.color, onContent(strip.box), contentImage);

  const tiles: Surface[] = [{ on: kpi.fill, onWhat: 'KPI tiles' }];
  add('kpi.value', drawn(kpi.value), kpi.value.color, tiles);
  // The unit and a qualifier (约, 超) keep at least the unit's minimum, 9 pt when it names none.
  add('kpi.unit', { size: kpi.unit.size, minSize: kpi.unit.minSize ?? SMALLEST_UNIT_PT, bold: kpi.unit.bold }, kpi.unit.color, tiles);
  add('kpi.label', drawn(kpi.label), kpi.label.color, tiles);
  // The change line's own colour is replaced by growth, decline or no change.
  for (const name of ['positive', 'negative', 'neutral'] as const) add(`kpi.change (${name})`, drawn(kpi.change), name, tiles);

  for (const grid of ['overview', 'dashboard'] as const) {
    const card = slides[grid].card;
    const cards: Surface[] = [{ on: card.fill, onWhat: `${grid} cards` }];
    // The dashboard puts the number in front of the title, at the title's size and always bold.
    const number = grid === 'dashboard' ? { ...drawn(card.title), bold: true } : drawn(card.number);
    add(`slides.${grid}.card.number`, number, card.number.color, cards);
    add(`slides.${grid}.card.title`, drawn(card.title), card.title.color, cards);
    add(`slides.${grid}.card.value`, drawn(card.value), card.value.color, cards);
    add(`slides.${grid}.card.value (unit)`, { size: card.value.size * CARD_UNIT_SCALE, minSize: SMALLEST_UNIT_PT, bold: card.value.bold }, card.value.color, cards);
    add(`slides.${grid}.card.label`, drawn(card.label), card.label.color, cards);
  }
  return pairs;
}
