/** Chinese numerals (二十三, 一百零五, 三千, 两, 千万, 一亿二千万) → numbers; undefined when the characters do not form one. */
import { CN_DIGITS, CN_SMALL_UNITS } from '../chars.js';

export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0 || text.length > 12) return undefined;
  let total = 0; // whole 亿 already read
  let wan = 0; // whole 万 below the current 亿
  let section = 0; // below 万
  let digit = 0;
  let lastWasDigit = false;
  for (const char of text) {
    if (char in CN_DIGITS) {
      // 二三 (two digits side by side) means "two or three": not one number.
      if (lastWasDigit && CN_DIGITS[char] !== 0) return undefined;
      digit = CN_DIGITS[char]!;
      lastWasDigit = digit !== 0;
    } else if (char in CN_SMALL_UNITS) {
      section += (digit || 1) * CN_SMALL_UNITS[char]!;
      digit = 0;
      lastWasDigit = false;
    } else if (char === '万') {
      wan = (section + digit || 1) * 1e4;
      section = 0;
      digit = 0;
      lastWasDigit = false;
    } else if (char === '亿') {
      total = (total + wan + section + digit || 1) * 1e8;
      wan = 0;
      section = 0;
      digit = 0;
      lastWasDigit = false;
    } else return undefined;
  }
  return total + wan + section + digit;
}
