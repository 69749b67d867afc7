/**
 * The pack's palette as the twelve colours of a PowerPoint colour scheme. PowerPoint and WPS draw everything people
 * add later from these: a new slide's background is lt1 and its text dk1 (the master's colour map, bg1/tx1), a new
 * shape is filled with accent1, a new chart colours its series accent1, accent2, accent3…, links are hlink.
 *
 * - dk1 / lt1 = text / background, the darker of the two as dk1: Office (and its Design tab's variants) assume
 *   dk means dark, so a dark pack (light text on a dark background) is swapped rather than read backwards. New
 *   slides then come out light with dark text: still the pack's two colours, still readable.
 * - dk2 = muted (secondary text, like Office's own slate 44546A), lt2 = surface (the fill of tiles and cards, like
 *   Office's E7E6E6). When one would not read as such (muted unreadable on lt1 or the same as dk1; surface the same
 *   as lt1 or too dark for dk1 on it) it is derived instead, the way the theme importer derives it
 *   (template-library/pack-from-theme.ts): muted from dk1 toward lt1, surface as lt1 faintly tinted with primary.
 * - accent1–6 = primary, accent, then the chart colours, then primaryDark: accent1 and accent2 are what the
 *   importer reads as primary and accent, so a deck's theme imported back as a pack keeps the pack's colours, and
 *   the chart colours follow so a chart people add matches Huibao's. Repeats are skipped (a pack may use one colour
 *   as primary and accent), and so is a colour nearly the background (a shape filled with it would vanish). A pack
 *   with fewer than six left gets tints and shades of primary and accent: they stay within its hues.
 * - hlink = primary, or primaryDark then dk1 when it is not readable on lt1 (links are text); folHlink (visited) =
 *   primaryDark, a quieter shade of the same hue, as Office's own visited colour is quieter than its link colour.
 */
import type { DeckTheme, HexColor } from '../../../deck/model.js';
import { contrastRatio, mix, relativeLuminance } from '../../../template-library/color-math.js';
import { hexColor } from '../colors.js';

export const SCHEME_SLOTS = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;
export type SchemeSlot = (typeof SCHEME_SLOTS)[number];
export type SchemeColors = Readonly<Record<SchemeSlot, HexColor>>;

/** WCAG AA for body text: the bar the importer uses too. */
const READABLE = 4.5;
/** Below this a fill is hardly told from the background (1 is the same colour). */
const VISIBLE = 1.1;

export function schemeColors(theme: DeckTheme): SchemeColors {
  const where = `theme "${theme.name}"`;
  const hex = (value: HexColor): HexColor => hexColor(value, where);
  const primary = hex(theme.colors.primary);
  const primaryDark = hex(theme.colors.primaryDark);
  const accent = hex(theme.colors.accent);
  const text = hex(theme.colors.text);
  const background = hex(theme.colors.background);
  const [dk1, lt1] = relativeLuminance(text) <= relativeLuminance(background) ? [text, background] : [background, text];
  const readableOn = (foreground: HexColor, back: HexColor): boolean => contrastRatio(foreground, back) >= READABLE;
  const muted = hex(theme.colors.muted);
  const surface = hex(theme.colors.surface);
  const dk2 = muted !== dk1 && readableOn(muted, lt1) ? muted : mix(dk1, lt1, 0.3);
  const lt2 = surface !== lt1 && readableOn(dk1, surface) ? surface : mix(lt1, primary, 0.06);
  const accents = accentColors([primary, accent, ...theme.colors.chart.map(hex), primaryDark], [primary, accent], dk1, lt1);
  const hlink = [primary, primaryDark].find((color) => readableOn(color, lt1)) ?? dk1;
  const [accent1, accent2, accent3, accent4, accent5, accent6] = accents;
  return { dk1, lt1, dk2, lt2, accent1, accent2, accent3, accent4, accent5, accent6, hlink, folHlink: primaryDark };
}

type Six = readonly [HexColor, HexColor, HexColor, HexColor, HexColor, HexColor];

function accentColors(candidates: readonly HexColor[], hues: readonly HexColor[], dk1: HexColor, lt1: HexColor): Six {
  const steps: readonly [HexColor, number][] = [
    [lt1, 0.4],
    [dk1, 0.4],
    [lt1, 0.7],
    [dk1, 0.2],
    [lt1, 0.2],
    [dk1, 0.6],
  ];
  const derived = steps.flatMap(([toward, amount]) => hues.map((hue) => mix(hue, toward, amount)));
  const chosen: HexColor[] = [];
  for (const color of [...candidates, ...derived]) {
    if (chosen.length === 6) break;
    if (!chosen.includes(color) && contrastRatio(color, lt1) >= VISIBLE) chosen.push(color);
  }
  // Only a degenerate pack (primary and accent the background itself) gets here short: repeat what there is.
  while (chosen.length < 6) chosen.push(chosen[0] ?? candidates[0] ?? dk1);
  return chosen as unknown as Six;
}
