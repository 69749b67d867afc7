/**
 * Every quantity in a paragraph, and every number that was left out with the reason why. One pass over the
 * characters; each candidate is read with short look-arounds, so the cost is linear in the paragraph's length.
 */
import { isAsciiLetter, isCnNumeral, isCnNumeralCode, isDigit } from '../chars.js';
import { approxWordBefore } from './approx-words.js';
import { parseChineseNumeral } from './chinese-numerals.js';
import { exclusionReason, QuotedRanges } from './exclusions.js';
import type { Quantity, Skipped } from './quantity.js';
import { readArabic, shareListUnit } from './read-arabic.js';
import { readChinese } from './read-chinese.js';

export interface ScanResult {
  readonly quantities: Quantity[];
  readonly skipped: Skipped[];
}

export function scanQuantities(text: string, lang: 'zh' | 'en'): ScanResult {
  const quoted = new QuotedRanges(text);
  const quantities: Quantity[] = [];
  const skipped: Skipped[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Most characters are neither a digit nor a Chinese numeral: decide that from the code alone.
    if (code >= 0x30 && code <= 0x39) {
      const prev = text[i - 1];
      if (!isDigit(prev) && prev !== '.' && !(prev === ',' && isDigit(text[i - 2]))) i = takeArabic(text, i, lang, quoted, quantities, skipped);
      else i++;
    } else if (code === 0x767e && text.startsWith('百分之', i)) {
      i = takePercentWords(text, i, quantities);
    } else if (lang === 'zh' && isCnNumeralCode(code) && !isCnNumeral(text[i - 1])) {
      i = takeChinese(text, i, quoted, quantities);
    } else i++;
  }
  return { quantities, skipped };
}

function takeArabic(text: string, at: number, lang: 'zh' | 'en', quoted: QuotedRanges, out: Quantity[], skipped: Skipped[]): number {
  const token = shareListUnit(text, readArabic(text, at, lang), lang);
  // A run of 309+ digits reads as Infinity, which no report can hold: treat it as an identifier, not a quantity.
  const reason = Number.isFinite(token.value) ? exclusionReason(text, token, lang, quoted) : 'not a finite number';
  if (reason) {
    skipped.push({ start: token.start, end: Math.max(token.end, token.digitsEnd), reason });
    // Skip the whole run of letters and digits (C919, 2023/10/12) so its parts are not read again.
    let next = Math.max(token.digitsEnd, at + 1);
    while (next < text.length && (isDigit(text[next]) || isAsciiLetter(text[next]))) next++;
    // 0800 123 4567, 0718-1234567: the groups after a phone number's first group belong to it.
    if (/phone|code/.test(reason)) while ((text[next] === ' ' || text[next] === '-') && isDigit(text[next + 1])) for (next++; isDigit(text[next]); next++);
    return next;
  }
  const before = approxWordBefore(text, token.start, lang);
  out.push({
    start: token.start,
    end: token.end,
    lead: before ?? token.start,
    value: token.value,
    unit: token.unit,
    kind: token.kind,
    approx: token.approx || before !== undefined,
    chinese: false,
  });
  return Math.max(token.end, at + 1);
}

function takeChinese(text: string, at: number, quoted: QuotedRanges, out: Quantity[]): number {
  const token = readChinese(text, at);
  if (!token || quoted.contains(at)) {
    let next = at + 1;
    while (isCnNumeral(text[next])) next++;
    return next;
  }
  const before = approxWordBefore(text, token.lead, 'zh');
  out.push({ start: token.start, end: token.end, lead: before ?? token.lead, value: token.value, unit: token.unit, kind: token.kind, approx: token.approx || before !== undefined, chinese: true });
  return token.end;
}

/** 百分之三十 / 百分之5: percent written out in words. */
function takePercentWords(text: string, at: number, out: Quantity[]): number {
  const from = at + 3;
  let end = from;
  let value: number | undefined;
  if (isDigit(text[from])) {
    while (isDigit(text[end]) || (text[end] === '.' && isDigit(text[end + 1]))) end++;
    value = Number(text.slice(from, end));
  } else {
    while (isCnNumeral(text[end]) || text[end] === '点') end++;
    const [whole, fraction] = text.slice(from, end).split('点');
    const wholeValue = whole ? parseChineseNumeral(whole) : undefined;
    value = wholeValue === undefined ? undefined : wholeValue + (fraction ? Number(`0.${[...fraction].map((c) => parseChineseNumeral(c) ?? 0).join('')}`) : 0);
  }
  if (value === undefined || end === from) return from;
  const before = approxWordBefore(text, at, 'zh');
  out.push({ start: at, end, lead: before ?? at, value, unit: '%', kind: 'percent', approx: before !== undefined, chinese: true });
  return end;
}
