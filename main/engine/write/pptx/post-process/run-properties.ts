/**
 * Gives every run-property element (<a:rPr>, <a:defRPr>, <a:endParaRPr>) of a part the deck's lang and its latin,
 * east-Asian and complex-script faces. Needed for charts, where pptxgenjs writes only <a:latin> (issues #1420,
 * #1288), and for notes; on Huibao's own text bodies it changes nothing.
 */
import { fontElements, langAttributes, type RunStyle } from '../run-fonts.js';

const OPEN_TAG = /<a:(rPr|defRPr|endParaRPr)\b([^>]*?)(\/?)>/g;
/** Children that must come after the font elements in CT_TextCharacterProperties. */
const AFTER_FONTS = /<a:(?:sym|hlinkClick|hlinkMouseOver|rtl|extLst)\b/;
const FONT_ELEMENT = /<a:(?:latin|ea|cs)\b[^>]*\/>/g;
const LANG_ATTRIBUTE = /\s(?:lang|altLang)="[^"]*"/g;

export function normalizeRunProperties(xml: string, style: RunStyle, part: string): string {
  let out = '';
  let at = 0;
  OPEN_TAG.lastIndex = 0;
  for (let match = OPEN_TAG.exec(xml); match; match = OPEN_TAG.exec(xml)) {
    const [open, tag = '', attributes = '', selfClosing] = match;
    let end = match.index + open.length;
    let children = '';
    if (!selfClosing) {
      const close = xml.indexOf(`</a:${tag}>`, end);
      if (close < 0) throw new Error(`${part}: <a:${tag}> is not closed`);
      children = xml.slice(end, close);
      end = close + tag.length + 5;
    }
    out += `${xml.slice(at, match.index)}<a:${tag}${langAttributes(style.lang)}${attributes.replace(LANG_ATTRIBUTE, '')}>${withFonts(children, style)}</a:${tag}>`;
    at = end;
    OPEN_TAG.lastIndex = end;
  }
  return out + xml.slice(at);
}

function withFonts(children: string, style: RunStyle): string {
  const rest = children.replace(FONT_ELEMENT, '');
  const split = rest.search(AFTER_FONTS);
  const fonts = fontElements(style.fonts);
  return split < 0 ? rest + fonts : rest.slice(0, split) + fonts + rest.slice(split);
}
