/** Character classes the importer asks about again and again: CJK, digits, sentence ends, Chinese numerals. */

export function isCjk(char: string | undefined): boolean {
  return !!char && isCjkCode(char.charCodeAt(0));
}

export function isCjkCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

export function isAsciiLetter(char: string | undefined): boolean {
  return char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the text has a letter or digit of any script (\p{L}, \p{N}). Asked of every line: ASCII and the common
 * ideographs (U+4E00–U+9FA5, all letters) are decided by code, and the Unicode-property pattern, which costs about
 * half a millisecond to compile in a fresh process, runs only when another character could decide it.
 */
export function hasLetterOrDigit(text: string): boolean {
  let undecided = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x4e00 && code <= 0x9fa5)) return true;
    if (code >= 0x80) undecided = true;
  }
  return undecided && LETTER_OR_DIGIT.test(text);
}

/** Ends a sentence in Chinese or English text. */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);

/** Punctuation that may close a sentence after its end mark (`。”`, `。）`). */
export const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '】', '》']);

/** Characters that separate clauses: a number's label never reaches across them. */
export const CLAUSE_BREAK = new Set(['，', ',', '。', '；', ';', '：', ':', '、', '！', '？', '!', '?', '（', '）', '(', ')', '“', '”', '"', '「', '」', '【', '】', '《', '》', '\n', '…']);

export const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
export const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** By character code: this test runs for every character of every paragraph. */
const CN_NUMERAL_CODES = new Set([...Object.keys(CN_DIGITS), ...Object.keys(CN_SMALL_UNITS), ...Object.keys(CN_BIG_UNITS)].map((char) => char.charCodeAt(0)));

export function isCnNumeral(char: string | undefined): boolean {
  return char !== undefined && isCnNumeralCode(char.charCodeAt(0));
}

export function isCnNumeralCode(code: number): boolean {
  return code >= 0x3007 && CN_NUMERAL_CODES.has(code);
}

/** Share of CJK characters among letters, to tell a Chinese report from an English one. */
export function cjkShare(text: string): number {
  let cjk = 0;
  let latin = 0;
  // By code unit, not by character: a surrogate half is neither CJK nor Latin, as the astral character it belongs to
  // is not, and a loop over codes runs several times faster than one over strings before the code is optimized.
  const length = Math.min(text.length, 20000);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (isCjkCode(code)) cjk++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  // A Chinese character carries about as much as a whole English word (≈5 letters).
  return cjk + latin === 0 ? 0 : cjk / (cjk + latin / 5);
}
