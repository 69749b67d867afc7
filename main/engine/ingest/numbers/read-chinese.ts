/**
 * Chinese numerals count something only with a measure word after them (三家企业, 两批, 近千人, 二十万元). Value 1
 * (一批, 一个) is the article "a", and idioms (千家万户, 一校一品, 三次产业) are names, not quantities.
 */
import { isCnNumeral } from '../chars.js';
import { parseChineseNumeral } from './chinese-numerals.js';
import { CN_MEASURE_WORDS, matchZhUnit, type UnitKind } from './units.js';

export interface ChineseToken {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: string;
  readonly kind: UnitKind;
  readonly approx: boolean;
  /** Characters before it that make it approximate (上千万, 近千). */
  readonly lead: number;
}

/** Measure word + next character that form a noun instead (千万家庭, 三次产业, 一次性). */
const NOUN_TAILS = ['项规定', '家庭', '次产业', '次性', '人民', '名单', '条件', '条例', '个人', '个体', '场所', '处理', '部门', '部分', '本地', '本级', '期间', '只有', '位置', '头号', '批准', '套餐', '轮换', '米粮'];
const NOT_AFTER = new Set(['第', '初', '周', '每', '礼', '拜', '星', '期', '之', '统', '唯', '专', '逐', '划', '单', '同', '整', '万']);

export function readChinese(text: string, at: number): ChineseToken | undefined {
  let end = at;
  while (isCnNumeral(text[end]) && end - at < 10) end++;
  const numeral = text.slice(at, end);
  if (NOT_AFTER.has(text[at - 1] ?? '')) return undefined;
  let i = end;
  let approx = false;
  if (text[i] === '余' || text[i] === '多') {
    approx = true;
    i++;
  }
  const value = parseChineseNumeral(numeral);
  if (value === undefined) return undefined;
  const lead = text[at - 1] === '上' || text[at - 1] === '近' || text[at - 1] === '约' ? at - 1 : at;
  if (lead < at) approx = true;
  const unitMatch = matchZhUnit(text, i);
  const unitText = unitMatch?.text;
  const nounAfter = unitText !== undefined && NOUN_TAILS.some((tail) => text.startsWith(tail, i));
  if (!unitMatch || !CN_MEASURE_WORDS.has(unitText!) || nounAfter) {
    // 上千万家庭, 近千: a large round number needs no measure word.
    if (value >= 1000 && lead < at) return { start: at, end: i, value, unit: '', kind: 'none', approx, lead };
    return undefined;
  }
  const unitEnd = i + unitText!.length;
  if (value < 2 && unitMatch.info.kind !== 'ratio') return undefined;
  // 千家万户, 一村一品: numeral-measure pairs side by side are an idiom.
  if (numeral.length === 1 && isCnNumeral(text[unitEnd]) && text[unitEnd] !== '十') return undefined;
  if (numeral.length === 1 && isCnNumeral(text[at - 2]) && text[at - 1] !== undefined && !isCnNumeral(text[at - 1])) return undefined;
  return { start: at, end: unitEnd, value, unit: unitMatch.info.unit, kind: unitMatch.info.kind, approx, lead };
}
