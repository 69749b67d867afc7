/**
 * Chinese line-breaking rules (禁则): which characters may not start or end a line. The sets follow Microsoft Word's
 * Simplified Chinese defaults (the rules the people using Huibao already see in Word), plus the curly quotes and
 * the full-width forms Word lists separately.
 */

/** Closing brackets and quotes, stops, pauses, and signs that belong to the number before them. */
const NO_LINE_START = new Set(
  Array.from(
    '!%),.:;?]}¢°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〙〛〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｝～￠｠｣' +
      '\u00bb\u2030\u2026\u2025\u301f\u30fb\u30fc\u3005',
  ),
);

/** Opening brackets and quotes, and currency signs that belong to the number after them. */
const NO_LINE_END = new Set(Array.from('$([{£¥‘“〈《「『【〔〖〘〚〝﹙﹛﹝＄（［｛￡￥｟｢\u00ab'));

export function mayNotStartLine(char: string): boolean {
  return NO_LINE_START.has(char);
}

export function mayNotEndLine(char: string): boolean {
  return NO_LINE_END.has(char);
}

/** First and last code point of a string (surrogate pairs intact). */
export function firstChar(text: string): string {
  const codePoint = text.codePointAt(0);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

export function lastChar(text: string): string {
  const chars = Array.from(text);
  return chars[chars.length - 1] ?? '';
}
