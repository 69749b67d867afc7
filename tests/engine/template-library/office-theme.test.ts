import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import { openPackFiles } from '../../../main/engine/template-library/check-pack.js';
import { parseTheme, themeFromPptx } from '../../../main/engine/template-library/office-theme.js';
import { packFromTheme } from '../../../main/engine/template-library/pack-from-theme.js';
import { exportPackArchive } from '../../../main/engine/template-library/archive-export.js';
import { planDeck } from '../../../main/engine/plan/plan-deck.js';
import { SelectionSchema } from '../../../main/engine/selection/schema.js';
import { writePptx } from '../../../main/engine/write/pptx/index.js';
import { sampleReport } from '../plan/plan-fixtures.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';
import { readPackage } from '../write/pptx/package-parts.js';
import { COUNTY_THEME, officeFile } from './support/office-files.js';
import { builtInFiles } from './support/packs.js';

const identity = { id: 'county-red', name: { zh: '县委红', en: 'County Red' } };

describe('themeFromPptx', () => {
  it('reads the twelve colours and both font pairs of a real deck’s theme', async () => {
    const theme = await themeFromPptx(await officeFile(COUNTY_THEME), 'county.pptx');
    expect(theme.name).toBe('县委办公室模板');
    expect(theme.colors).toEqual({ dk1: '1A1A1A', lt1: 'FFFFFF', dk2: '3A3A3A', lt2: 'F4EFE6', accent1: 'B8001F', accent2: 'D9A41B', accent3: '7F1D1D', accent4: 'E25C3B', accent5: '8C6D3F', accent6: '4B5563' });
    // Headings: <a:ea> is empty, so the Simplified Chinese script font stands in; body: <a:ea> itself, entities decoded.
    expect(theme.fonts).toEqual({ major: { latin: 'Arial', eastAsian: '方正小标宋简体' }, minor: { latin: 'Times New Roman & Co', eastAsian: '仿宋' } });
  });

  it('reads a .potx, and follows the presentation to a theme part of another name', async () => {
    expect((await themeFromPptx(await officeFile(COUNTY_THEME, { template: true }), 'county.potx')).colors.accent1).toBe('B8001F');
    const moved = await officeFile(COUNTY_THEME, { themePart: 'ppt/theme/theme7.xml' });
    const names = Object.keys((await JSZip.loadAsync(moved)).files);
    expect(names).toContain('ppt/theme/theme7.xml');
    expect(names).not.toContain('ppt/theme/theme1.xml');
    expect((await themeFromPptx(moved, 'moved.pptx')).fonts.minor.eastAsian).toBe('仿宋');
  });

  it('refuses what is not a PowerPoint file, naming it', async () => {
    const pack = await exportPackArchive(await builtInFiles('minimal'), 'minimal');
    await expect(themeFromPptx(pack, 'pack.zip')).rejects.toThrow('is not a PowerPoint presentation or template');
    await expect(themeFromPptx(new TextEncoder().encode('not a zip'), 'x.pptx')).rejects.toThrow(InputError);
  });
});

describe('parseTheme', () => {
  it('reads any namespace prefix and scRGB colours', () => {
    const xml = COUNTY_THEME.replace(/a:/g, 'd:').replace('<d:srgbClr val="B8001F"/>', '<d:scrgbClr r="100000" g="0" b="0"/>');
    expect(parseTheme(xml, 't.xml').colors.accent1).toBe('FF0000');
  });

  it('names the slot it cannot read', () => {
    const preset = COUNTY_THEME.replace('<a:srgbClr val="F4EFE6"/>', '<a:prstClr val="beige"/>');
    expect(() => parseTheme(preset, 't.xml')).toThrow(expect.objectContaining({ problems: [{ where: 'lt2', message: expect.stringContaining('<a:prstClr>') }] }));
    expect(() => parseTheme(COUNTY_THEME.replace('<a:latin typeface="Arial" panose="020B0604020202020204"/>', ''), 't.xml')).toThrow(/no latin font/);
    expect(() => parseTheme('<a:theme xmlns:a="x"/>', 't.xml')).toThrow(/not an Office theme/);
  });
});

describe('packFromTheme', () => {
  it('takes the theme’s colours and body fonts into a pack that loads, without the base’s pictures', async () => {
    const theme = await themeFromPptx(await officeFile(COUNTY_THEME), 'county.pptx');
    const files = packFromTheme(await builtInFiles('gov-blue'), theme, identity, 'gov-blue');
    const pack = await openPackFiles(files, 'county-red');
    const { colors, fonts, slides } = pack.manifest;
    expect(colors).toMatchObject({ primary: 'B8001F', accent: 'D9A41B', background: 'FFFFFF', text: '1A1A1A', surface: 'F4EFE6', muted: '3A3A3A', onPrimary: 'FFFFFF', positive: 'C62828', negative: '2E7D32' });
    expect(colors.chart).toEqual(['B8001F', 'D9A41B', '7F1D1D', 'E25C3B', '8C6D3F', '4B5563']);
    expect(fonts).toMatchObject({ latin: 'Times New Roman & Co', eastAsian: '仿宋' });
    expect(pack.backgrounds).toEqual({});
    expect([...files.keys()].some((path) => path.startsWith('assets/'))).toBe(false);
    // gov-blue's light blue subtitle tint would clash with red: text on the primary-filled slides follows onPrimary.
    expect(slides.title.subtitle.style.color).toBe('onPrimary');
    expect(slides.closing.detail.style.color).toBe('onPrimary');
    expect(pack.manifest.description?.zh).toContain('县委办公室模板');
  });

  it('keeps those colours and fonts in the decks built with it: in the slide XML and in every text run', async () => {
    const theme = await themeFromPptx(await officeFile(COUNTY_THEME), 'county.pptx');
    const pack = await openPackFiles(packFromTheme(await builtInFiles('minimal'), theme, identity, 'minimal'), 'county-red');
    const { deck } = planDeck({ report: sampleReport, selection: SelectionSchema.parse({}), pack, metrics: await bundledMetrics() });
    const parts = await readPackage(await writePptx(deck));
    const slides = parts.matching(/^ppt\/slides\/slide\d+\.xml$/).map((name) => parts.text(name));
    const all = slides.join('\n');
    expect(all).toContain('<a:srgbClr val="B8001F"/>');
    expect(all).toContain('<a:srgbClr val="1A1A1A"/>');
    const runs = [...all.matchAll(/<a:rPr[^>]*>([\s\S]*?)<\/a:rPr>/g)].map((match) => match[1] ?? '');
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) {
      expect(run).toContain('<a:latin typeface="Times New Roman &amp; Co"/>');
      expect(run).toContain('<a:ea typeface="仿宋"');
    }
    const charts = parts.matching(/^ppt\/charts\/chart\d+\.xml$/).map((name) => parts.text(name)).join('\n');
    expect(charts).toContain('<a:srgbClr val="B8001F"/>');
  });
});
