/**
 * Language and font faces of every text run. PowerPoint picks the face per character class: <a:latin> for latin,
 * <a:ea> for Chinese. A run without <a:ea> shows its Chinese in whatever the viewer falls back to (empty boxes
 * outside Windows have been seen), and `lang` decides spell-checking and line-breaking rules when people edit.
 */
import type { Deck, DeckFonts } from '../../deck/model.js';
import { escapeXml } from './xml.js';

export interface RunStyle {
  readonly lang: Deck['lang'];
  readonly fonts: DeckFonts;
}

/** `lang` plus, for Chinese decks, `altLang` so latin words are still checked as English. */
export function langAttributes(lang: Deck['lang']): string {
  return lang === 'en-US' ? ' lang="en-US"' : ` lang="${lang}" altLang="en-US"`;
}

/** charset -122 is GB2312: it tells Windows which fallback to pick when the named Chinese face is missing. */
export function fontElements(fonts: DeckFonts): string {
  const latin = escapeXml(fonts.latin);
  return `<a:latin typeface="${latin}"/><a:ea typeface="${escapeXml(fonts.eastAsian)}" charset="-122"/><a:cs typeface="${latin}"/>`;
}
