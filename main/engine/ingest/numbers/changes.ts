/**
 * Growth and decline: `同比增长2.93%`, `比一季度提高1.3个百分点`, `下降了5%`, `up 12%`, `rose by 3.5%`. A change
 * is found from the verb right before a percent, points or times figure; `提高到66.2%` (rose *to*) is a level, not a
 * change, and stays a metric of its own.
 */
import type { Change } from '../../report/schema.js';
import { CLAUSE_BREAK } from '../chars.js';
import type { Quantity } from './quantity.js';

const ZH_UP = ['增长', '增加', '提高', '提升', '上升', '上涨', '回升', '攀升', '扩大', '增幅为', '增', '涨'];
const ZH_DOWN = ['下降', '减少', '降低', '回落', '下跌', '下滑', '收窄', '缩小', '缩减', '降幅为', '降', '减', '跌'];
const ZH_BETWEEN = ['了', '约', '近', '超过', '超', '逾', '达', ' '];
const EN_VERBS = /(?:^|\s)(rose|rise|risen|increased|increase|grew|growth|grown|climbed|jumped|up|higher|fell|fall|fallen|decreased|decrease|declined|decline|dropped|drop|slipped|down|lower)(?:\s+(?:by|of))?\s*$/i;
const EN_UP = new Set(['rose', 'rise', 'risen', 'increased', 'increase', 'grew', 'growth', 'grown', 'climbed', 'jumped', 'up', 'higher']);

export interface ChangeFound {
  readonly change: Change;
  /** Where the change phrase starts (the comparison words, or the verb). */
  readonly start: number;
  /** Where the verb starts: the text between `start` and here is the comparison (比同期). */
  readonly verbStart: number;
}

export function isChangeUnit(quantity: Quantity): boolean {
  return quantity.kind === 'percent' || quantity.kind === 'points' || quantity.unit === '倍';
}

export function findChange(text: string, quantity: Quantity, lang: 'zh' | 'en'): ChangeFound | undefined {
  if (!isChangeUnit(quantity)) return undefined;
  return lang === 'zh' ? findZhChange(text, quantity) : findEnChange(text, quantity);
}

function findZhChange(text: string, quantity: Quantity): ChangeFound | undefined {
  let at = quantity.lead;
  for (let guard = 0; guard < 3; guard++) {
    const filler = ZH_BETWEEN.find((word) => text.startsWith(word, at - word.length));
    if (!filler) break;
    at -= filler.length;
  }
  const up = ZH_UP.find((verb) => text.startsWith(verb, at - verb.length));
  const down = up ? undefined : ZH_DOWN.find((verb) => text.startsWith(verb, at - verb.length));
  const verb = up ?? down;
  if (!verb) return undefined;
  const verbStart = at - verb.length;
  const start = comparisonStart(text, verbStart);
  const raw = text.slice(start, quantity.end);
  return { change: { direction: up ? 'up' : 'down', value: quantity.value, unit: quantity.unit, raw }, start, verbStart };
}

/** 同比 / 环比 right before the verb, or 比…/较… a few characters before it within the clause. */
function comparisonStart(text: string, verbStart: number): number {
  if (text.startsWith('同比', verbStart - 2) || text.startsWith('环比', verbStart - 2)) return verbStart - 2;
  for (let i = verbStart - 1; i >= Math.max(0, verbStart - 10); i--) {
    const char = text[i]!;
    if (CLAUSE_BREAK.has(char)) break;
    if ((char === '比' || char === '较') && !/[重例率较如起]/.test(text[i + 1] ?? '')) return text[i - 1] === '同' ? i - 1 : i;
  }
  return verbStart;
}

function findEnChange(text: string, quantity: Quantity): ChangeFound | undefined {
  const before = text.slice(Math.max(0, quantity.lead - 24), quantity.lead);
  const match = EN_VERBS.exec(before);
  if (!match) return undefined;
  const verbStart = quantity.lead - before.length + match.index + (match[0].startsWith(' ') ? 1 : 0);
  const direction = EN_UP.has(match[1]!.toLowerCase()) ? 'up' : 'down';
  return { change: { direction, value: quantity.value, unit: quantity.unit, raw: text.slice(verbStart, quantity.end) }, start: verbStart, verbStart };
}
