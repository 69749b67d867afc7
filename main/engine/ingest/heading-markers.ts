/**
 * Numbering at the start of a line and what level it usually marks in Chinese official writing (GB/T 9704:
 * 一、 then （一） then 1. then （1）) and in English reports (Part 1, I., 1., 1.1, (a)). Lower rank = higher level.
 */
import { CN_ORDINAL_RUN, parseChineseOrdinal } from './numbers/chinese-ordinal.js';

export interface Marker {
  /** Which numbering style, e.g. `cn-dun` for 一、; headings of one family are siblings. */
  readonly family: string;
  readonly rank: number;
  /** Characters the marker takes, including the spaces after it. */
  readonly length: number;
  /** Items (一是, ①) enumerate inside a section rather than head one. */
  readonly item: boolean;
}

interface MarkerRule {
  readonly family: string;
  readonly rank: number;
  readonly pattern: RegExp;
  readonly item?: boolean;
  readonly english?: boolean;
  /** Group 1, when it matched, is a run of Chinese numerals that must spell a number (一百零一, not 二三 or 百). */
  readonly numeral?: boolean;
}

/** Text-pattern ranks sit below explicit heading levels (1–6), so a Word heading style always wins. */
export const TEXT_RANK_BASE = 10;
export const LONE_LINE_RANK = TEXT_RANK_BASE + 3;
export const INLINE_RANK = TEXT_RANK_BASE + 7;

const rules: readonly MarkerRule[] = [
  { family: 'chapter', rank: 0, pattern: /^第[一二三四五六七八九十百零〇\d]{1,4}(?:章|篇|编|部分)[\s、:：.．]*/ },
  { family: 'part-en', rank: 0, pattern: /^(?:Part|Chapter)\s+(?:\d{1,2}|[IVX]{1,5}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b[\s:.–—-]*/i, english: true },
  { family: 'section-cn', rank: 1, pattern: new RegExp(`^第(?:(${CN_ORDINAL_RUN})|\\d{1,3})节[\\s、:：.．]*`), numeral: true },
  { family: 'roman', rank: 2, pattern: /^[IVX]{1,5}[.)、]\s+/, english: true },
  { family: 'cn-dun', rank: 2, pattern: new RegExp(`^(${CN_ORDINAL_RUN})\\s*[、．.]\\s*`), numeral: true },
  { family: 'cn-paren', rank: 4, pattern: new RegExp(`^[（(]\\s*(${CN_ORDINAL_RUN})\\s*[）)]\\s*[、.．]?\\s*`), numeral: true },
  { family: 'letter', rank: 4, pattern: /^[A-H][.)]\s+(?=[A-Z])/, english: true },
  { family: 'decimal', rank: 5.5, pattern: /^\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[A-Za-z\u4e00-\u9fff])(?![万亿千百个元亩吨人户家名次项件])/ },
  { family: 'arabic-dot', rank: 5, pattern: /^\d{1,2}\s*[.．](?!\d)\s*/ },
  { family: 'arabic-dun', rank: 5, pattern: /^\d{1,2}\s*、\s*/ },
  { family: 'arabic-paren', rank: 6, pattern: /^[（(]\s*\d{1,2}\s*[）)]\s*/ },
  { family: 'arabic-half-paren', rank: 6, pattern: /^\d{1,2}\s*[）)]\s*/ },
  { family: 'shi', rank: 7, pattern: /^[一二三四五六七八九十]{1,3}是\s*[，,：:]?\s*/ },
  { family: 'ordinal', rank: 7, pattern: /^(?:第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)\s*[，,、：:]\s*/ },
  { family: 'dash', rank: 7, pattern: /^(?:——|──|—|--)\s*/ },
  { family: 'circled', rank: 8, pattern: /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*/, item: true },
  { family: 'latin-paren', rank: 8, pattern: /^\(?[a-h]\)\s+/, item: true, english: true },
];

export function readMarker(text: string, language: 'zh' | 'en'): Marker | undefined {
  const head = text.slice(0, 24);
  for (const rule of rules) {
    if (rule.english && language !== 'en') continue;
    const match = rule.pattern.exec(head);
    if (rule.numeral && match?.[1] !== undefined && parseChineseOrdinal(match[1]) === undefined) continue;
    if (match && match[0].length < text.length) {
      return { family: rule.family, rank: TEXT_RANK_BASE + rule.rank, length: match[0].length, item: rule.item ?? false };
    }
  }
  return undefined;
}
