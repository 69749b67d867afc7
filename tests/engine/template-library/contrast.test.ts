import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../../main/engine/template-library/color-math.js';
import { isLargeText, packContrastWarnings } from '../../../main/engine/template-library/contrast-warnings.js';
import { applyPackEdit } from '../../../main/engine/template-library/pack-edit.js';
import { readManifest } from '../../../main/engine/template-library/manifest-json.js';
import { surfacesUnder } from '../../../main/engine/template-library/text-pairs.js';
import type { TemplateManifest } from '../../../main/engine/template/manifest-schema.js';
import { builtInFiles } from './support/packs.js';

const BUILT_IN = ['gov-blue', 'party-red', 'minimal'] as const;
const manifestOf = async (id: string): Promise<TemplateManifest> => readManifest(await builtInFiles(id), id);

describe('contrast ratio (WCAG 2.x)', () => {
  it('matches the definition at its ends and at known values', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('FFFFFF', '000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('1F4E99', '1F4E99')).toBe(1);
    expect(relativeLuminance('FFFFFF')).toBeCloseTo(1, 6);
    // #777777 on white is the classic "just fails AA" grey: 4.48:1. #767676 is the darkest that passes: 4.54:1.
    expect(contrastRatio('777777', 'FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('counts text as large from 18 pt, or 14 pt bold, at the smallest size it may shrink to', () => {
    expect(isLargeText({ size: 40, minSize: 26, bold: false })).toBe(true);
    expect(isLargeText({ size: 40, minSize: 12, bold: false })).toBe(false);
    expect(isLargeText({ size: 16, bold: true })).toBe(true);
    expect(isLargeText({ size: 16, bold: false })).toBe(false);
  });
});

describe('the built-in packs', () => {
  it.each(BUILT_IN)('%s has no contrast warnings', async (id) => {
    expect(packContrastWarnings(await manifestOf(id))).toEqual([]);
  });
});

describe('what text is drawn on', () => {
  const box = { x: 1, y: 1, w: 4, h: 1 };
  const band = { shape: 'rect' as const, x: 0, y: 0, w: 13, h: 3, fill: 'primary' as const };

  it('is the decoration when one covers the whole box, else the slide as well', () => {
    expect(surfacesUnder(box, [band], 'background', 'content slides')).toEqual([{ on: 'primary', onWhat: 'decoration 1 of content slides' }]);
    const half = { ...band, y: 1.5 };
    expect(surfacesUnder(box, [half], 'background', 'content slides').map((s) => s.on)).toEqual(['background', 'primary']);
    // An ellipse's corners are not under it, so the slide still shows there.
    expect(surfacesUnder(box, [{ ...band, shape: 'ellipse' }], 'background', 'content slides').map((s) => s.on)).toEqual(['background', 'primary']);
  });

  it('is not a hairline grazing the box, a decoration without fill, or a line', () => {
    const hairline = { shape: 'rect' as const, x: 0, y: 1.95, w: 13, h: 0.02, fill: 'line' as const };
    const outline = { shape: 'rect' as const, x: 0, y: 0, w: 13, h: 3, line: { color: 'primary' as const, widthPt: 1 } };
    const line = { shape: 'line' as const, x: 0, y: 0, w: 13, h: 3, fill: 'primary' as const };
    expect(surfacesUnder(box, [hairline, outline, line], 'background', 'content slides').map((s) => s.on)).toEqual(['background']);
  });
});

describe('pack contrast warnings', () => {
  it('flag text that becomes unreadable, naming the field, the colours and the ratio', async () => {
    const files = await builtInFiles('gov-blue');
    const before = packContrastWarnings(readManifest(files, 'gov-blue'));
    expect(before.some((w) => w.where.startsWith('slides.content.title'))).toBe(false);
    const pale = applyPackEdit(files, { kind: 'color', name: 'primaryDark', value: 'DDE6F3' }, 'gov-blue');
    const after = packContrastWarnings(readManifest(pale, 'gov-blue'));
    const heading = after.find((w) => w.where === 'slides.content.title.style');
    expect(heading).toMatchObject({ foreground: 'DDE6F3', background: 'FFFFFF', required: 3 });
    expect(heading?.ratio).toBeLessThan(3);
    expect(heading?.message).toMatch(/^text DDE6F3 on content slides FFFFFF has contrast 1\.\d\d:1, below WCAG AA 3:1$/);
  });

  it('say so when the slide has a background image too', async () => {
    const files = await builtInFiles('gov-blue');
    const dark = applyPackEdit(files, { kind: 'color', name: 'onPrimary', value: '1F4E99' }, 'gov-blue');
    const warning = packContrastWarnings(readManifest(dark, 'gov-blue')).find((w) => w.where === 'slides.title.title.style');
    expect(warning?.message).toMatch(/background image, check it by eye/);
  });

  it('judge a heading on a band against the band, not the slide under it', async () => {
    // party-red draws white headings on a red band: fine as shipped, unreadable once the band turns pale.
    expect(packContrastWarnings(await manifestOf('party-red')).map((w) => w.where)).not.toContain('slides.content.title.style');
    const files = await builtInFiles('party-red');
    const pale = packContrastWarnings(readManifest(applyPackEdit(files, { kind: 'color', name: 'primary', value: 'FCE4E4' }, 'party-red'), 'party-red'));
    expect(pale.find((w) => w.where === 'slides.content.title.style')?.message).toMatch(/^text FFFFFF on decoration 1 of content slides FCE4E4 has contrast 1\.\d\d:1/);
  });

  it('check the bold lead-in of a bullet, drawn in primaryDark whatever the title colour', async () => {
    const files = await builtInFiles('minimal');
    const warnings = packContrastWarnings(readManifest(applyPackEdit(files, { kind: 'color', name: 'primaryDark', value: 'C8D8D6' }, 'minimal'), 'minimal'));
    expect(warnings.map((w) => w.where)).toEqual(['bullets.title (bold lead-in, primaryDark)']);
  });

  it('check a card’s unit, drawn in its number’s colour at half the size', async () => {
    // 3.6:1 on the cards: enough for the 30 pt number, not for its unit, which may shrink to 9 pt.
    const manifest = await manifestOf('minimal');
    const card = { ...manifest.slides.overview.card, value: { ...manifest.slides.overview.card.value, color: '5A8A86' } };
    const warnings = packContrastWarnings({ ...manifest, slides: { ...manifest.slides, overview: { ...manifest.slides.overview, card } } });
    expect(warnings.map((w) => [w.where, w.required])).toEqual([['slides.overview.card.value (unit)', 4.5]]);
  });

  it('check the dashboard’s card number at the title’s size, where the dashboard draws it', async () => {
    // A 20 pt number counts as large on the overview; in front of a dashboard title that may shrink to 11 pt it does not.
    const manifest = await manifestOf('minimal');
    const number = { size: 20, minSize: 20, bold: true, align: 'left' as const, valign: 'top' as const, lineHeight: 1.25, color: '5A8A86' };
    const slides = { ...manifest.slides, overview: { ...manifest.slides.overview, card: { ...manifest.slides.overview.card, number } }, dashboard: { ...manifest.slides.dashboard, card: { ...manifest.slides.dashboard.card, number } } };
    expect(packContrastWarnings({ ...manifest, slides }).map((w) => w.where)).toEqual(['slides.dashboard.card.number']);
  });

  it('count text without a minSize as shrinking to 70 % of its size, as the planner does', async () => {
    // The overview's number (15 pt bold) may be drawn at 11 pt: 3.6:1 is not enough for it.
    const manifest = await manifestOf('minimal');
    const number = { ...manifest.slides.overview.card.number, color: '5A8A86' };
    expect(manifest.slides.overview.card.number.minSize).toBeUndefined();
    const slides = { ...manifest.slides, overview: { ...manifest.slides.overview, card: { ...manifest.slides.overview.card, number } } };
    expect(packContrastWarnings({ ...manifest, slides }).map((w) => [w.where, w.required])).toEqual([['slides.overview.card.number', 4.5]]);
  });

  it('check the growth, decline and no-change colours of KPI tiles', async () => {
    const files = await builtInFiles('minimal');
    const faint = applyPackEdit(files, { kind: 'color', name: 'positive', value: 'FFD0D0' }, 'minimal');
    expect(packContrastWarnings(readManifest(faint, 'minimal')).map((w) => w.where)).toContain('kpi.change (positive)');
  });
});
