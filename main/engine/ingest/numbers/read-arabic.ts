/**
 * Reading one number written with digits, from its first digit on: thousands separators, decimals, then what may
 * follow it — 余/多, a scale (万, 亿, 万亿, k, m, bn), 个亿, a unit (万元, 亩, 人次, %, 个百分点, people), a per-unit
 * (元/头) and 左右/以上. A linear read with short look-aheads; no regular expression runs over the paragraph.
 */
import { isAsciiLetter, isDigit } from '../chars.js';
import { approxWordAfter } from './approx-words.js';
import { CURRENCY_PREFIXES, EN_SCALES, matchEnUnit, matchZhUnit, type UnitKind } from './units.js';

export interface ArabicToken {
  /** Currency sign or first digit. */
  readonly start: number;
  readonly digitsStart: number;
  readonly digitsEnd: number;
  readonly end: number;
  readonly number: number;
  readonly digits: string;
  readonly value: number;
  readonly unit: string;
  readonly kind: UnitKind;
  readonly scaled: boolean;
  readonly scale: number;
  readonly approx: boolean;
}

const ZH_SCALES: readonly [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];
/** 千米 and 千克 are units, 百分点 is a unit: there 千/百 are not scales. */
const NOT_AFTER_QIAN = new Set(['米', '克', '瓦', '伏', '卡', '帕', '焦', '兆']);

export function readArabic(text: string, at: number, lang: 'zh' | 'en'): ArabicToken {
  const digitsEnd = readDigits(text, at);
  const digits = text.slice(at, digitsEnd);
  const plain = digits.replace(/,/g, '');
  const number = Number(plain);
  const currency = currencyBefore(text, at);
  const suffix = lang === 'zh' ? readZhSuffix(text, digitsEnd) : readEnSuffix(text, digitsEnd);
  const unit = currency && (suffix.unit === '' || suffix.kind === 'none') ? currency.unit : suffix.unit;
  const kind: UnitKind = currency && unit === currency.unit ? 'money' : suffix.kind;
  return {
    start: currency?.start ?? at,
    digitsStart: at,
    digitsEnd,
    end: suffix.end,
    number,
    digits,
    value: scaleExactly(plain, suffix.scale),
    unit,
    kind,
    scaled: suffix.scale !== 1,
    scale: suffix.scale,
    approx: suffix.approx,
  };
}

/**
 * 提高0.9、5.9个百分点 / 3、5万元: a bare number before 、 and another number takes that number's unit and scale.
 */
export function shareListUnit(text: string, token: ArabicToken, lang: 'zh' | 'en'): ArabicToken {
  if (token.unit !== '' || token.scaled || text[token.digitsEnd] !== '、' || !isDigit(text[token.digitsEnd + 1])) return token;
  const next = readArabic(text, token.digitsEnd + 1, lang);
  if (next.unit === '' || next.kind === 'none') return token;
  return { ...token, unit: next.unit, kind: next.kind, scale: next.scale, scaled: next.scaled, value: scaleExactly(token.digits.replace(/,/g, ''), next.scale) };
}

/** 1,234,567.89 — a comma groups thousands only when exactly three digits follow it. */
function readDigits(text: string, at: number): number {
  let i = at;
  while (isDigit(text[i])) i++;
  const leading = i - at;
  while (leading <= 3 && text[i] === ',' && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4])) i += 4;
  if (text[i] === '.' && isDigit(text[i + 1])) {
    i++;
    while (isDigit(text[i])) i++;
  }
  return i;
}

interface Suffix {
  readonly end: number;
  readonly scale: number;
  readonly unit: string;
  readonly kind: UnitKind;
  readonly approx: boolean;
}

function readZhSuffix(text: string, from: number): Suffix {
  let i = from;
  // "2950 户": one space between a number and its unit is a typing habit, not a break.
  if (text[i] === ' ' && (matchZhUnit(text, i + 1) || zhScaleAt(text, i + 1))) i++;
  let approx = false;
  if ((text[i] === '余' || text[i] === '多') && (zhScaleAt(text, i + 1) || matchZhUnit(text, i + 1) || text[i + 1] === '个')) {
    approx = true;
    i++;
  }
  let scale = 1;
  const scaleWord = zhScaleAt(text, i);
  if (scaleWord) {
    scale = scaleWord[1];
    i += scaleWord[0].length;
  }
  if (text[i] === '余' || text[i] === '多') {
    approx = true;
    i++;
  }
  let implicitYuan = false;
  // 4个亿, 2个多亿: colloquial for 4亿元.
  const ge = /^个([多余]?)亿/.exec(text.slice(i, i + 3));
  if (ge) {
    approx ||= ge[1] !== '';
    scale *= 1e8;
    implicitYuan = true;
    i += ge[0].length;
  }
  let unit = '';
  let kind: UnitKind = 'none';
  const unitMatch = matchZhUnit(text, i);
  if (unitMatch) {
    unit = unitMatch.info.unit;
    kind = unitMatch.info.kind;
    i += unitMatch.text.length;
    const per = text[i] === '/' ? matchZhUnit(text, i + 1) : undefined;
    if (per && kind === 'money') {
      unit = `${unit}/${per.info.unit}`;
      i += 1 + per.text.length;
    }
  } else if (implicitYuan) {
    unit = '元';
    kind = 'money';
  }
  const after = approxWordAfter(text, i);
  if (after && (unit !== '' || scale !== 1)) {
    approx = true;
    i += after;
  }
  return { end: i, scale, unit, kind, approx };
}

function zhScaleAt(text: string, at: number): readonly [string, number] | undefined {
  for (const entry of ZH_SCALES) {
    if (!text.startsWith(entry[0], at)) continue;
    const next = text[at + entry[0].length];
    if (entry[0] === '千' && next !== undefined && NOT_AFTER_QIAN.has(next)) continue;
    if (entry[0] === '百' && (next === '分' || next === '米' || next === '姓')) continue;
    return entry;
  }
  return undefined;
}

function readEnSuffix(text: string, from: number): Suffix {
  let i = from;
  let scale = 1;
  let approx = false;
  const scaleMatch = /^ ?([a-zA-Z]+)/.exec(text.slice(i, i + 12));
  const scaleWord = scaleMatch?.[1]?.toLowerCase();
  if (scaleWord && EN_SCALES[scaleWord] !== undefined && !(scaleWord === 'm' && text[i] === ' ') && !(scaleWord === 'b' && text[i] === ' ')) {
    scale = EN_SCALES[scaleWord]!;
    i += scaleMatch![0].length;
  }
  let unit = '';
  let kind: UnitKind = 'none';
  if (text[i] === '%') {
    unit = '%';
    kind = 'percent';
    i++;
  } else {
    const space = text[i] === ' ' ? 1 : 0;
    const match = matchEnUnit(text, i + space);
    if (match) {
      unit = match.info.unit;
      kind = match.info.kind;
      i += space + match.text.length;
    }
  }
  if (text[i] === '+' && !isDigit(text[i + 1])) {
    approx = true;
    i++;
  }
  return { end: i, scale, unit, kind, approx };
}

function currencyBefore(text: string, at: number): { start: number; unit: string } | undefined {
  let i = at;
  if (text[i - 1] === ' ' && text.slice(Math.max(0, i - 4), i - 1) === 'RMB') i--;
  for (const [sign, unit] of CURRENCY_PREFIXES) {
    if (text.startsWith(sign, i - sign.length) && i - sign.length >= 0 && !(sign.length === 1 && isAsciiLetter(text[i - 2]))) return { start: i - sign.length, unit };
  }
  return undefined;
}

/**
 * 1.68 × 1e8 must be 168000000, not 168000000.00000003: the decimal is scaled as an integer (168 × 1e8) and divided
 * once by its power of ten, which gives the double nearest the exact value.
 */
export function scaleExactly(decimal: string, scale: number): number {
  const point = decimal.indexOf('.');
  if (point < 0) return Number(decimal) * scale;
  const places = decimal.length - point - 1;
  const mantissa = Number(decimal.slice(0, point) + decimal.slice(point + 1));
  return (mantissa * scale) / 10 ** places;
}
