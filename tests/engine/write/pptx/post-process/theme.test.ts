import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderReadPort } from '../../../../../main/cli/node-ports.js';
import type { DeckTheme } from '../../../../../main/engine/deck/model.js';
import type { FontMetrics } from '../../../../../main/engine/layout/font-metrics.js';
import { planDeck } from '../../../../../main/engine/plan/plan-deck.js';
import { validateReport } from '../../../../../main/engine/report/validate.js';
import { defaultSelection } from '../../../../../main/engine/selection/schema.js';
import { contrastRatio } from '../../../../../main/engine/template-library/color-math.js';
import { parseTheme } from '../../../../../main/engine/template-library/office-theme.js';
import { themeColors } from '../../../../../main/engine/template-library/pack-from-theme.js';
import { loadTemplatePack } from '../../../../../main/engine/template/load-pack.js';
import { writePptx } from '../../../../../main/engine/write/pptx/index.js';
import { schemeColors } from '../../../../../main/engine/write/pptx/post-process/theme-colors.js';
import { setThemeColors, setThemeFonts } from '../../../../../main/engine/write/pptx/post-process/theme.js';
import { resourceDir } from '../../../../../main/node/paths.js';
import { bundledMetrics } from '../../../../support/bundled-metrics.js';
import { readPackage } from '../package-parts.js';
import { sampleDeck } from '../sample-decks.js';
import { checkWellFormed } from '../xml-pretty.js';

const govBlue: DeckTheme = {
  name: '政务蓝',
  colors: { primary: '1F4E99', primaryDark: '12336B', accent: 'D4A23A', background: 'FFFFFF', surface: 'F1F5FB', text: '1F2937', muted: '5B6676', chart: ['1F4E99', '4A7BD0', '89A9DE', 'D4A23A', '5B6676', '2E86AB'] },
};
const withColors = (colors: Partial<DeckTheme['colors']>): DeckTheme => ({ ...govBlue, colors: { ...govBlue.colors, ...colors } });
const accentsOf = (theme: DeckTheme): string[] => {
  const scheme = schemeColors(theme);
  return [scheme.accent1, scheme.accent2, scheme.accent3, scheme.accent4, scheme.accent5, scheme.accent6];
};

describe('schemeColors', () => {
  it('maps a full pack slot by slot: text/background, muted/surface, primary, accent, then the chart colours', () => {
    expect(schemeColors(govBlue)).toEqual({
      dk1: '1F2937',
      lt1: 'FFFFFF',
      dk2: '5B6676',
      lt2: 'F1F5FB',
      // primary and accent lead; the chart's repeats of them are skipped, its other colours follow in order.
      accent1: '1F4E99',
      accent2: 'D4A23A',
      accent3: '4A7BD0',
      accent4: '89A9DE',
      accent5: '5B6676',
      accent6: '2E86AB',
      hlink: '1F4E99',
      folHlink: '12336B',
    });
  });

  it('swaps a dark pack so dk1 stays the dark colour', () => {
    const dark = schemeColors(withColors({ background: '1A1A1A', text: 'F5F5F5', surface: '2A2A2A', muted: 'A0A0A0' }));
    expect([dark.dk1, dark.lt1]).toEqual(['1A1A1A', 'F5F5F5']);
    // muted and surface were chosen for the dark background: on the swapped lt1 they would not read, so both are derived.
    expect(dark.dk2).not.toBe('A0A0A0');
    expect(contrastRatio(dark.dk2, dark.lt1)).toBeGreaterThanOrEqual(4.5);
    expect(dark.lt2).not.toBe('2A2A2A');
    expect(contrastRatio(dark.dk1, dark.lt2)).toBeGreaterThanOrEqual(4.5);
  });

  it('derives lt2 and dk2 when surface is the background and muted is the text', () => {
    const flat = schemeColors(withColors({ surface: 'FFFFFF', muted: '1F2937' }));
    expect(flat.lt2).not.toBe('FFFFFF');
    expect(flat.dk2).not.toBe('1F2937');
    expect(contrastRatio(flat.dk2, 'FFFFFF')).toBeGreaterThanOrEqual(4.5);
  });

  it('fills six distinct accents from a pack with one colour, in its hue, none the background', () => {
    const accents = accentsOf(withColors({ primary: '0F766E', accent: '0F766E', primaryDark: '0F766E', chart: ['0F766E'] }));
    expect(accents[0]).toBe('0F766E');
    expect(new Set(accents).size).toBe(6);
    for (const color of accents) expect(contrastRatio(color, 'FFFFFF'), color).toBeGreaterThan(1.1);
    // Tints and shades of teal keep green and blue above red.
    for (const color of accents) expect(parseInt(color.slice(0, 2), 16), color).toBeLessThan(parseInt(color.slice(2, 4), 16));
  });

  it('skips a chart colour that is nearly the background', () => {
    expect(accentsOf(withColors({ chart: ['FEFEFE', '4A7BD0'] }))).toEqual(['1F4E99', 'D4A23A', '4A7BD0', '12336B', expect.any(String), expect.any(String)]);
  });

  it('still gives six accents when every colour is the background', () => {
    expect(accentsOf(withColors({ primary: 'FFFFFF', accent: 'FFFFFF', primaryDark: 'FFFFFF', chart: ['FFFFFF'] }))).toHaveLength(6);
  });

  it('links in primary, or a darker colour when primary does not read on the background', () => {
    const pale = schemeColors(withColors({ primary: 'F2C744', primaryDark: '7A5C00' }));
    expect(pale.hlink).toBe('7A5C00');
    expect(schemeColors(withColors({ primary: 'F2C744', primaryDark: 'F0D060' })).hlink).toBe('1F2937');
  });

  it('takes lower case and "#" and rejects what is not a colour, naming the theme', () => {
    expect(schemeColors(withColors({ primary: '#1f4e99' })).accent1).toBe('1F4E99');
    expect(() => schemeColors(withColors({ accent: 'gold' }))).toThrow(/theme "政务蓝".*"gold"/);
  });
});

describe('setThemeColors', () => {
  let written: string;
  beforeAll(async () => {
    written = (await readPackage(await writePptx(sampleDeck(await bundledMetrics())))).text('ppt/theme/theme1.xml');
  });

  it('leaves the theme of a deck without one as written', () => {
    expect(setThemeColors(written, undefined)).toBe(written);
  });

  it('writes the twelve colours in schema order and names the theme, its colours and fonts after the pack', () => {
    const fixed = setThemeColors(written, govBlue);
    checkWellFormed(fixed, 'theme1.xml');
    const scheme = fixed.match(/<a:clrScheme name="([^"]*)">([\s\S]*?)<\/a:clrScheme>/);
    expect(scheme?.[1]).toBe('政务蓝');
    expect([...(scheme?.[2] ?? '').matchAll(/<a:(\w+)><a:srgbClr val="([0-9A-F]{6})"\/><\/a:\1>/g)].map(([, slot, value]) => `${slot}=${value}`)).toEqual(
      Object.entries(schemeColors(govBlue)).map(([slot, value]) => `${slot}=${value}`),
    );
    expect(fixed).toMatch(/<a:theme [^>]*name="政务蓝">/);
    expect(fixed).toContain('<a:fontScheme name="政务蓝">');
    expect(fixed).not.toContain('Office Theme');
    expect(fixed).not.toContain('themeFamily');
    // Office's effect styles stay: the pack has none of its own.
    expect(fixed).toContain('<a:fmtScheme name="Office">');
  });

  it('escapes the pack name and keeps the faces setThemeFonts wrote', () => {
    const fixed = setThemeColors(setThemeFonts(written, { latin: 'Arial', eastAsian: '微软雅黑' }), { ...govBlue, name: 'A & B <蓝>' });
    checkWellFormed(fixed, 'theme1.xml');
    expect(fixed).toContain('<a:clrScheme name="A &amp; B &lt;蓝&gt;">');
    expect(fixed.match(/<a:latin typeface="Arial"\/><a:ea typeface="微软雅黑"\/>/g)).toHaveLength(2);
  });
});

describe('a planned deck’s theme, read back by the theme importer', () => {
  let metrics: FontMetrics;
  beforeAll(async () => {
    metrics = await bundledMetrics();
  });

  for (const packId of ['gov-blue', 'party-red', 'minimal']) {
    it(`gives ${packId}'s own colours and name`, async () => {
      const pack = await loadTemplatePack(folderReadPort(path.join(resourceDir('templates'), packId)), packId);
      const report = validateReport({ title: '测试报告', pillars: [] }, 'test');
      const { deck } = planDeck({ report, selection: defaultSelection(), pack, metrics });
      const theme = parseTheme((await readPackage(await writePptx(deck))).text('ppt/theme/theme1.xml'), 'theme1.xml');
      const own = pack.manifest.colors;
      expect(theme.name).toBe(pack.manifest.name.zh);
      const imported = themeColors(theme, own);
      const { primary, background, surface, text, muted } = imported;
      expect({ primary, background, surface, text, muted }).toEqual({ primary: own.primary, background: own.background, surface: own.surface, text: own.text, muted: own.muted });
      // A pack whose accent is its primary (minimal) cannot have it back as accent2: the next colour stands in.
      if (own.accent !== own.primary) expect(imported.accent).toBe(own.accent);
      // Each built-in pack has six chart colours, its primary and accent among them: the same six come back.
      expect(new Set(imported.chart)).toEqual(new Set(own.chart));
      expect(theme.fonts.minor).toEqual({ latin: pack.manifest.fonts.latin, eastAsian: pack.manifest.fonts.eastAsian });
    });
  }
});
