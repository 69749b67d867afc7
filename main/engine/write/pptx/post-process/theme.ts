/**
 * Theme fonts: pptxgenjs sets the latin heading/body faces but leaves <a:ea typeface=""/> and keeps Office's
 * Simplified Chinese script font (等线). Text people add later in PowerPoint takes its faces from here.
 */
import type { DeckFonts } from '../../../deck/model.js';
import { escapeXml } from '../xml.js';

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
