/**
 * The theme part. pptxgenjs writes Office's own theme: its colour scheme (blue and orange accents), the name "Office
 * Theme", and fonts set as latin only, with <a:ea typeface=""/> and Office's Simplified Chinese script font (等线).
 * Everything people add later in PowerPoint or WPS takes its colours and faces from here, so both become the pack's.
 */
import type { DeckFonts, DeckTheme } from '../../../deck/model.js';
import { xmlSafeText } from '../sanitize-text.js';
import { escapeXml } from '../xml.js';
import { SCHEME_SLOTS, schemeColors } from './theme-colors.js';

export function setThemeFonts(xml: string, fonts: DeckFonts): string {
  const latin = escapeXml(fonts.latin);
  const eastAsian = escapeXml(fonts.eastAsian);
  return xml.replace(/<a:(majorFont|minorFont)>([\s\S]*?)<\/a:\1>/g, (_collection, which: string, inner: string) => {
    const fixed = inner
      .replace(/<a:latin typeface="[^"]*"/, `<a:latin typeface="${latin}"`)
      .replace(/<a:ea typeface="[^"]*"/, `<a:ea typeface="${eastAsian}"`)
      .replace(/<a:font script="Hans" typeface="[^"]*"/, `<a:font script="Hans" typeface="${eastAsian}"`);
    return `<a:${which}>${fixed}</a:${which}>`;
  });
}

/**
 * Office's themeFamily extension: it declares the theme a member of Office's own family (by Office's ids), which
 * a theme in the pack's colours is not; PowerPoint would offer Office's variants for it.
 */
const OFFICE_THEME_FAMILY = /<a:ext uri="\{05A4C25C-085E-4340-85A3-A5531E510DB2\}">[\s\S]*?<\/a:ext>/;

/** The pack's colour scheme (theme-colors.ts), and its name on the theme and its colour and font schemes. */
export function setThemeColors(xml: string, theme: DeckTheme | undefined): string {
  if (!theme) return xml;
  const name = escapeXml(xmlSafeText(theme.name));
  const colors = schemeColors(theme);
  const scheme = SCHEME_SLOTS.map((slot) => `<a:${slot}><a:srgbClr val="${colors[slot]}"/></a:${slot}>`).join('');
  return xml
    .replace(/(<a:theme\b[^>]*?\sname=")[^"]*"/, `$1${name}"`)
    .replace(/<a:clrScheme\b[^>]*>[\s\S]*?<\/a:clrScheme>/, `<a:clrScheme name="${name}">${scheme}</a:clrScheme>`)
    .replace(/<a:fontScheme name="[^"]*"/, `<a:fontScheme name="${name}"`)
    .replace(OFFICE_THEME_FAMILY, '')
    .replace(/<a:extLst>\s*<\/a:extLst>/, '');
}
