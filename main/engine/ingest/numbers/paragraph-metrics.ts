/**
 * The metrics of one paragraph: quantities with their labels, changes attached to the figure they qualify
 * (`13.9万亩(含复种面积),同比增长2.93%` → 13.9万亩 with +2.93 %), compounds split (`6458户22167人`), and every
 * source span checked to sit whole in the source text.
 */
import type { Change } from '../../report/schema.js';
import { SENTENCE_END } from '../chars.js';
import type { MappedText } from '../mapped-text.js';
import { findChange, type ChangeFound } from './changes.js';
import { clauseStart, cleanEnLabel, cleanZhLabel, isBareVerb, isGenericLabel, subjectOf, unitNoun, wordsAfter } from './labels.js';
import type { Quantity } from './quantity.js';
import { scanQuantities } from './scan.js';
import type { UnitKind } from './units.js';

export interface MetricDraft {
  readonly label: string;
  readonly raw: string;
  readonly value: number;
  readonly unit: string;
  readonly approx: boolean;
  readonly change?: Change;
  readonly source: { readonly start: number; readonly end: number };
  readonly kind: UnitKind;
  /** Identifies the sentence, so slides take at most one number per sentence. */
  readonly sentence: string;
  /** A growth rate standing alone (居民消费价格上涨0.2%), with no level beside it. */
  readonly changeOnly: boolean;
  /** A plan or target (谋划, 拟, 预计…) rather than a result. */
  readonly planned: boolean;
}

export interface SkippedNumber {
  readonly sourceOffset: number | undefined;
  readonly text: string;
  readonly reason: string;
}

interface Working {
  readonly quantity: Quantity;
  readonly found: ChangeFound | undefined;
  change?: ChangeFound;
  attached: boolean;
  label: string;
}

export function paragraphMetrics(text: MappedText, sourceText: string, lang: 'zh' | 'en', key: string): { metrics: MetricDraft[]; skipped: SkippedNumber[] } {
  const { quantities, skipped } = scanQuantities(text.text, lang);
  const sentences = sentenceStarts(text.text, lang);
  const items: Working[] = [];
  for (const quantity of quantities) {
    const previous = items[items.length - 1];
    items.push({ quantity, found: findChange(text.text, quantity, lang) ?? listedChange(text.text, previous, quantity), attached: false, label: '' });
  }
  attachChanges(text.text, items, sentences, lang);
  const metrics: MetricDraft[] = [];
  const skippedOut: SkippedNumber[] = skipped.map((s) => ({ sourceOffset: text.firstSourceOffset(s.start), text: text.text.slice(s.start, s.end), reason: s.reason }));
  let previous: Working | undefined;
  items.forEach((item, index) => {
    if (item.attached) return;
    item.label = labelFor(text.text, items, index, sentences, lang, previous);
    const sentence = sentenceOf(sentences, item.quantity.start);
    const planned = PLANNED.test(text.text.slice(sentences[sentence] ?? 0, item.quantity.start));
    const draft = toDraft(text, sourceText, item, `${key}:${sentence}`, planned);
    if (draft) metrics.push(draft);
    else skippedOut.push({ sourceOffset: text.firstSourceOffset(item.quantity.start), text: text.text.slice(item.quantity.start, item.quantity.end), reason: 'split across a line break in the source' });
    previous = item;
  });
  return { metrics, skipped: skippedOut };
}

/** 比同期提高0.9、5.9个百分点: the second figure of a list shares the first one's change. */
function listedChange(text: string, previous: Working | undefined, quantity: Quantity): ChangeFound | undefined {
  if (!previous?.found || text.slice(previous.quantity.end, quantity.start) !== '、' || previous.quantity.unit !== quantity.unit) return undefined;
  const raw = text.slice(quantity.start, quantity.end);
  return { change: { ...previous.found.change, value: quantity.value, raw }, start: quantity.start, verbStart: quantity.start };
}

/** A change right after a figure in the same sentence, with only commas or a bracketed note between, qualifies it. */
function attachChanges(text: string, items: Working[], sentences: number[], lang: 'zh' | 'en'): void {
  let host: Working | undefined;
  items.forEach((item, index) => {
    const found = item.found;
    if (!found) {
      host = item;
      return;
    }
    const forward = lang === 'en' ? forwardHost(text, items, index) : undefined;
    if (host && !host.change && sentenceOf(sentences, host.quantity.start) === sentenceOf(sentences, item.quantity.start) && gapIsEmpty(text.slice(host.quantity.end, found.start))) {
      host.change = found;
      item.attached = true;
    } else if (forward && !forward.found && !forward.change) {
      forward.change = found;
      item.attached = true;
    }
  });
}

/** "rose 12% to £3.2bn": the change belongs to the figure after "to". */
function forwardHost(text: string, items: Working[], index: number): Working | undefined {
  const next = items[index + 1];
  const current = items[index]!;
  if (!next) return undefined;
  return /^\s+to\s+$/i.test(text.slice(current.quantity.end, next.quantity.lead)) ? next : undefined;
}

/** Words between a figure and its growth rate that only say how the rate was computed. */
const RATE_QUALIFIERS = /按(?:可比|不变)价格计算|扣除价格因素|剔除价格因素|按可比口径计算|按可比口径|名义|实际|分别|均/g;

function gapIsEmpty(gap: string): boolean {
  const stripped = gap.replace(/[（(][^（()）]{0,30}[)）]/g, '').replace(RATE_QUALIFIERS, '').replace(/[\s,，、]/g, '');
  // "640 new homes, up 18%": in English the counted noun may stand between the figure and its change.
  return stripped === '' || /^(?:\s+[a-z][a-z-]*){1,4}\s*,\s*$/i.test(gap);
}

function labelFor(text: string, items: Working[], index: number, sentences: number[], lang: 'zh' | 'en', previous: Working | undefined): string {
  const item = items[index]!;
  const q = item.quantity;
  const ownChange = item.found && !item.change ? item.found : undefined;
  // "fell 2.3 percentage points to 5.6%": the words before the change name the figure after it.
  const end = ownChange ? ownChange.start : item.change && item.change.start < q.start ? item.change.start : q.lead;
  const prior = items[index - 1];
  const sentenceStart = sentences[sentenceOf(sentences, q.start)] ?? 0;
  const floor = prior && prior.quantity.end <= end && prior.quantity.end > sentenceStart ? prior.quantity.end : sentenceStart;
  const labelEnd = withoutTrailingNote(text, end, floor);
  let start = clauseStart(text, labelEnd, floor, lang);
  // 86个种植专业户、种植面积320亩: after a figure, the words up to 、 name that figure, not this one.
  if (start === floor && floor > 0 && lang === 'zh') {
    const comma = Math.max(text.lastIndexOf('、', labelEnd - 1), text.lastIndexOf('，', labelEnd - 1));
    if (comma >= start) start = comma + 1;
  }
  const region = text.slice(start, labelEnd);
  const clean = lang === 'zh' ? cleanZhLabel : cleanEnLabel;
  const before = clean(region);
  // The words after the number, read only when a rule below asks: most labels are the words before it.
  let afterWords: string | undefined;
  const after = (): string => (afterWords ??= clean(wordsAfter(text, q.end, text.length, lang)));
  if (lang === 'en') {
    const english = englishLabel(before, after(), region, q.unit);
    if (english) return english;
  }
  // 现辖3个城市社区 / 采胜街道现有3家休闲旅游山庄: what is had is named after the number.
  if (lang === 'zh' && /(?:现有|共有|拥有|现辖|下辖|辖|有|包括)$/.test(region) && after()) return after();
  if (lang === 'zh' && before && isBareVerb(before) && after()) return cleanZhLabel(before + after());
  if (lang === 'zh' && isGenericLabel(before) && previous?.label && prior === previous && sameSentence(sentences, previous, q)) {
    const subject = subjectOf(previous.label);
    if (subject && !subject.endsWith(before)) return cleanZhLabel(subject + before);
  }
  if (before) return before;
  // GDP：1228亿元 / 年繁殖小牛（100头）: the name stands before the colon or the bracket.
  if (/[：:（(]$/.test(text.slice(Math.max(0, start - 1), start)) && start > 1) {
    const head = clean(text.slice(clauseStart(text, start - 1, sentenceStart, lang), start - 1));
    if (head) return head;
  }
  if (previous && prior === previous && /^ ?$/.test(text.slice(prior.quantity.end, q.start)) && previous.label) return `${previous.label.replace(/[户人]$/, '')}${unitNoun(q.unit)}`;
  if (after()) return after();
  if (previous?.label && sentenceOf(sentences, previous.quantity.start) === sentenceOf(sentences, q.start)) return previous.label;
  return text.slice(q.start, q.end);
}

/** 地区生产总值（GDP）1228亿元: a bracketed note between the words and the number is skipped. */
function withoutTrailingNote(text: string, end: number, floor: number): number {
  let at = end;
  while (at > floor && text[at - 1] === ' ') at--;
  if (text[at - 1] !== '）' && text[at - 1] !== ')') return end;
  const open = Math.max(text.lastIndexOf('（', at - 1), text.lastIndexOf('(', at - 1));
  return open > floor && at - open <= 24 ? open : end;
}

function sameSentence(sentences: number[], a: Working, b: Quantity): boolean {
  return sentenceOf(sentences, a.quantity.start) === sentenceOf(sentences, b.start);
}

/**
 * English: "completed 640 new homes" is labelled by the noun after the count; "Business rates income reached £61.2m"
 * by the words before; "helped create 430 jobs" by its unit.
 */
function englishLabel(before: string, after: string, region: string, unit: string): string {
  const verbal = before === '' || endsWithVerb(region) || /^[a-z]+$/.test(before) || /\b(?:we|they|it|our|will|would|can|could|should|must|plan to)\b/i.test(region);
  if (unit === '' && after) return after;
  if (verbal && after) return after;
  if (verbal && isNounUnit(unit)) return unit;
  return before;
}

function endsWithVerb(words: string): boolean {
  return /\b(?:created|delivered|built|planted|opened|recorded|served|supported|helped|received|welcomed|hosted|trained|employed|housed|completed|added|provided|funded|handled|answered|resolved|issued|approved|secured|brought|enrolled|started|made|gave|won|cut|saved|raised|spent|invested|start|create|build|deliver|open|plant)\s*$/i.test(words.trim());
}

function isNounUnit(unit: string): boolean {
  return /^[a-z]+$/.test(unit) && !['km', 'kg', 'hectares', 'acres', 'tonnes', 'tons', 'miles', 'hours', 'days', 'weeks', 'months', 'times'].includes(unit);
}

/** Words that make a figure a plan or a target rather than a result. */
const PLANNED = /(?:谋划|拟|计划|预计|力争|目标|将达|planned|target|will|aim)/i;

function toDraft(text: MappedText, sourceText: string, item: Working, sentence: string, planned: boolean): MetricDraft | undefined {
  const q = item.quantity;
  const span = text.contiguousSpan(q.start, q.end);
  if (!span) return undefined;
  const own = item.found && !item.change ? item.found : undefined;
  const changeFound = item.change ?? own;
  const change = changeFound ? { ...changeFound.change, raw: sourceRaw(text, sourceText, changeFound.start, changeFound === own ? q.end : changeEnd(item)) } : undefined;
  const clauseApprox = /^约[^束定谈请见会]/.test(item.label) || startsClauseWithAbout(text.text, q.lead);
  return {
    label: item.label.replace(/^约/, '') || text.text.slice(q.start, q.end),
    raw: sourceText.slice(span.start, span.end),
    value: q.value,
    unit: q.unit,
    approx: q.approx || clauseApprox,
    ...(change ? { change } : {}),
    source: span,
    kind: q.kind,
    sentence,
    changeOnly: own !== undefined,
    planned,
  };
}

/** An attached change ends where its own figure ends, after the host figure. */
function changeEnd(item: Working): number {
  return item.change ? item.change.start + item.change.change.raw.length : item.quantity.end;
}

function sourceRaw(text: MappedText, sourceText: string, start: number, end: number): string {
  const span = text.contiguousSpan(start, end);
  return span ? sourceText.slice(span.start, span.end) : text.text.slice(start, end);
}

/** `约完成全年任务目标的70%`: 约 at the head of the clause makes its figure approximate. */
function startsClauseWithAbout(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i < 20; i--) {
    const char = text[i]!;
    if (char === '，' || char === ',' || char === '。' || char === '；' || char === '：') return text[i + 1] === '约' && !/[束定谈请见会]/.test(text[i + 2] ?? '');
  }
  return false;
}

function sentenceStarts(text: string, lang: 'zh' | 'en'): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3002 && code !== 0xff01 && code !== 0xff1f && code !== 0xff1b && code !== 0x21 && code !== 0x3f && code !== 0x3b && code !== 0x2026 && code !== 0x2e) continue;
    const ends = code !== 0x2e ? SENTENCE_END.has(text[i]!) : lang === 'en' && text[i + 1] === ' ' && /[A-Z]/.test(text[i + 2] ?? '');
    if (ends && i + 1 < text.length) starts.push(i + 1);
  }
  return starts;
}

function sentenceOf(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
