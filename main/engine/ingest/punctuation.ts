/**
 * Display text for slides: half-width punctuation typed into Chinese text (`以学铸魂,坚定理想信念`, `村(居)`) becomes
 * full-width (`，`, `（居）`), as Chinese typography and the slide fonts expect. Only marks touching a Chinese
 * character change, so `1,000`, `11:30` and English text stay as they are. `raw` figures are never touched.
 */
import { isCjk } from './chars.js';

const FULL: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

export function toDisplay(text: string): string {
  return text
    .replace(/[,:;?!()]/g, (char, i: number) => (touchesCjk(text, i, char) ? FULL[char]! : char))
    .replace(/([，：；？！）]) (?=[\u4e00-\u9fff])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

function touchesCjk(text: string, i: number, char: string): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (char === '(') return isCjk(after) || (isCjk(before) && !/\d/.test(after ?? ''));
  if (char === ')') return isCjk(before) || isCjk(after);
  return isCjk(before) || (isCjk(after) && !/\d/.test(before ?? ''));
}
