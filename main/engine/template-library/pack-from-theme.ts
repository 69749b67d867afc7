/**
 * A new pack from an office's PowerPoint theme: a base pack's layout with the theme's colours and fonts.
 *
 * Colours: primary = accent 1 (the colour a corporate theme is built around), accent = accent 2, background and text
 * = light 1 and dark 1, surface = light 2 and muted = dark 2 when they stay readable (else shades of the first ones),
 * chart series = accents 1–6 in order. Growth and decline keep the base pack's colours: a theme has none, and the
 * Chinese convention (red up, green down) is not Office's. Fonts: the body (minor) faces, which most text uses.
 *
 * The base pack's background pictures and its hand-picked tints on the title and closing slides were drawn for the
 * base's own colours; they are removed or turned into "onPrimary" so nothing clashes with the office's colours.
 */
import { COLOR_NAMES, type TemplateManifest } from '../template/manifest-schema.js';
import { contrastRatio, darkShade, mix, mostContrasting } from './color-math.js';
import { duplicatePack } from './duplicate-pack.js';
import { dropUnusedImages } from './edit-images.js';
import type { PackIdentity } from './identity.js';
import { cloneJson, objectAt, parseManifest, readManifestJson, writeManifestJson, type ManifestJson } from './manifest-json.js';
import type { OfficeTheme } from './office-theme.js';
import type { PackFiles } from './pack-files.js';

export function themeColors(theme: OfficeTheme, base: TemplateManifest['colors']): TemplateManifest['colors'] {
  const { dk1, lt1, dk2, lt2, accent1, accent2, accent3, accent4, accent5, accent6 } = theme.colors;
  const readable = (foreground: string, background: string): boolean => contrastRatio(foreground, background) >= 4.5;
  return {
    primary: accent1,
    primaryDark: darkShade(accent1),
    accent: accent2,
    background: lt1,
    surface: lt2 !== lt1 && readable(dk1, lt2) ? lt2 : mix(lt1, accent1, 0.06),
    text: dk1,
    muted: readable(dk2, lt1) && dk2 !== dk1 ? dk2 : mix(dk1, lt1, 0.3),
    onPrimary: mostContrasting(accent1, [lt1, dk1, 'FFFFFF', '000000']),
    positive: base.positive,
    negative: base.negative,
    neutral: base.neutral,
    line: mix(lt1, dk1, 0.15),
    chart: [accent1, accent2, accent3, accent4, accent5, accent6],
  };
}

export function packFromTheme(base: PackFiles, theme: OfficeTheme, identity: PackIdentity, label: string): PackFiles {
  const files = duplicatePack(base, identity, label);
  const json = cloneJson(readManifestJson(files, label));
  const manifest = parseManifest(json, label);
  json['colors'] = themeColors(theme, manifest.colors);
  const fonts = objectAt(json, ['fonts']);
  fonts['latin'] = theme.fonts.minor.latin;
  if (theme.fonts.minor.eastAsian) fonts['eastAsian'] = theme.fonts.minor.eastAsian;
  json['description'] = { zh: `由 PowerPoint 主题“${theme.name}”生成的配色与字体。`.slice(0, 200), en: `Colours and fonts from the PowerPoint theme "${theme.name}".`.slice(0, 300) };
  objectAt(json, ['assets'])['backgrounds'] = {};
  for (const slide of ['title', 'closing'] as const) onPrimaryTints(json, slide, manifest);
  parseManifest(json, label);
  return dropUnusedImages(writeManifestJson(files, json), json);
}

/** On a slide filled with primary, text in a literal colour (a tint of the base's primary) becomes onPrimary. */
function onPrimaryTints(json: ManifestJson, slide: 'title' | 'closing', manifest: TemplateManifest): void {
  const background = manifest.slides[slide].background;
  if (background !== 'primary' && background !== 'primaryDark') return;
  const layout = objectAt(json, ['slides', slide]);
  for (const value of Object.values(layout)) {
    const style = (value as { style?: { color?: unknown } } | null)?.style;
    if (style && typeof style.color === 'string' && !(COLOR_NAMES as readonly string[]).includes(style.color)) style.color = 'onPrimary';
  }
}
