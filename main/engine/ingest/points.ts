/**
 * Enumerations inside a paragraph become `points`: 一是…二是…, ①…②…, （1）…（2）…, 第一，…第二，…. An enumeration
 * counts only when it starts at one and goes up in order, so a stray "（2）" or "二是" in running text is left alone.
 */
import { parseChineseNumeral } from './numbers/chinese-numerals.js';

interface Enumeration {
  readonly pattern: RegExp;
  readonly ordinal: (match: RegExpExecArray) => number | undefined;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const enumerations: readonly Enumeration[] = [
  { pattern: /([一二三四五六七八九十]{1,3})是/g, ordinal: (m) => parseChineseNumeral(m[1]!) },
  { pattern: /[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/g, ordinal: (m) => CIRCLED.indexOf(m[0]) + 1 },
  { pattern: /[（(](\d{1,2})[）)]/g, ordinal: (m) => Number(m[1]) },
  { pattern: /[（(]([一二三四五六七八九十]{1,3})[）)]/g, ordinal: (m) => parseChineseNumeral(m[1]!) },
  { pattern: /第([一二三四五六七八九十]{1,3})[，,、]/g, ordinal: (m) => parseChineseNumeral(m[1]!) },
  { pattern: /(?:^|[\s;；。])\(?([a-h])\)\s/g, ordinal: (m) => m[1]!.charCodeAt(0) - 96 },
];

/** The enumerated items of a paragraph, each with its marker, without trailing ；/。. */
export function extractPoints(paragraph: string): string[] {
  for (const enumeration of enumerations) {
    const starts = sequenceStarts(paragraph, enumeration);
    if (starts.length >= 2) {
      return starts.map((start, i) => clean(paragraph.slice(start, starts[i + 1] ?? paragraph.length))).filter((point) => point.length > 2);
    }
  }
  return [];
}

/** Positions of markers numbered 1, 2, 3… in order; other matches are ignored. */
function sequenceStarts(paragraph: string, enumeration: Enumeration): number[] {
  const starts: number[] = [];
  const pattern = enumeration.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(paragraph); match; match = pattern.exec(paragraph)) {
    const ordinal = enumeration.ordinal(match);
    const at = match.index + (match[0].length - match[0].trimStart().length) + (/^[;；。]/.test(match[0]) ? 1 : 0);
    if (ordinal === starts.length + 1 && (/^[（(①-⑳]/.test(match[0].trim()) || boundaryBefore(paragraph, at))) starts.push(at);
  }
  return starts;
}

/** 一是 opens an item at the start of a clause, not inside a word (统一是…). */
function boundaryBefore(paragraph: string, at: number): boolean {
  return at === 0 || /[\s，,。；;：:、）)”]/.test(paragraph[at - 1] ?? '');
}

function clean(point: string): string {
  return point.trim().replace(/[；;，,。.\s]+$/, '');
}
