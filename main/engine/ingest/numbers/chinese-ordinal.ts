/**
 * The number of a heading or list item written in Chinese numerals (一, 十二, 九十九, 一百, 一百零五, 一百一十, 两百,
 * 一千零一): strict, unlike parseChineseNumeral, because a heading number that is misread puts a part in the wrong
 * place. Only the spellings people write for a count are accepted; shorthand whose value is in doubt (一百五 is 150
 * when spoken, 105 to a careless reader; 一〇五 digit by digit) and runs that are no number (二三, 十十, 百) give
 * undefined, so such a line is not taken for a numbered heading.
 */

/** A run of characters that may spell a heading number; parseChineseOrdinal decides whether it does. */
export const CN_ORDINAL_RUN = '[一二三四五六七八九十百千零〇两]{1,7}';

/** The largest number the parser reads: 九千九百九十九 (seven characters, the run's limit). */
const MAX_CN_ORDINAL = 9999;

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 两: 2 };
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ZEROS = new Set(['零', '〇']);

export function parseChineseOrdinal(text: string): number | undefined {
  if (text.length === 0 || text.length > 7) return undefined;
  let total = 0;
  // The place written last (十, 百, 千), or above 千 before any; a zero stands for the places skipped after it.
  let lastPlace = MAX_CN_ORDINAL + 1;
  let zero = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (ZEROS.has(char)) {
      // 零 only bridges written places (一百零五, 一千零五十): never first, never twice, never last.
      if (total === 0 || zero) return undefined;
      zero = true;
      i++;
      continue;
    }
    const digit = DIGITS[char];
    const placeChar = digit === undefined ? char : text[i + 1];
    const place = placeChar === undefined ? undefined : PLACES[placeChar];
    if (place === undefined) {
      // The ones: the last character. After 百 or 千 it needs the 零 (一百零五); 一百五 is shorthand for 150.
      if (digit === undefined || char === '两' || i !== text.length - 1) return undefined;
      if (total > 0 && (lastPlace > 10) !== zero) return undefined;
      return total + digit;
    }
    if (place >= lastPlace) return undefined;
    // 两 counts hundreds and thousands (两百), not tens; a bare 十 means 一十 (十二, 一百十五); 百 and 千 need a digit.
    if (digit === undefined ? place !== 10 : char === '两' && place === 10) return undefined;
    const skipped = total > 0 && lastPlace / place > 10;
    if (skipped !== zero) return undefined;
    total += (digit ?? 1) * place;
    lastPlace = place;
    zero = false;
    i += digit === undefined ? 1 : 2;
  }
  return zero ? undefined : total;
}
