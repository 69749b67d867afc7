/**
 * The source sentence of a number, quoted in speaker notes so the presenter can answer "where does this come from?".
 * With the decoded source text the metric's offsets are expanded to the whole sentence; without it (a structured
 * report on its own) the sentence is found in the section's paragraphs and points by the number as written.
 */
import type { Metric, Section } from '../report/schema.js';

export interface SourceLookup {
  readonly sourceText?: string;
}

/** Quotes longer than this are narrowed to the clause (between ，) holding the number, marked with …. */
const LONG_SENTENCE = 140;
/** In Chinese official prose the clauses between ； are statements of their own ("…1.68亿元；三是…"), so they end a quote too. */
const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，,]/;

/** The sentence holding the metric, or "" when it cannot be found in what we were given. */
export function quoteForMetric(metric: Pick<Metric, 'raw' | 'source'>, section: Pick<Section, 'paragraphs' | 'points' | 'captions'>, lookup: SourceLookup): string {
  if (lookup.sourceText !== undefined) {
    const fromSource = sentenceAround(lookup.sourceText, metric.source.start, metric.source.end, metric.raw);
    if (fromSource) return fromSource;
  }
  return sentenceContaining([...section.paragraphs, ...section.points, ...section.captions], metric.raw);
}

/** Expand [start, end) to its sentence; "" when the span does not hold the number (the text was edited since). */
export function sentenceAround(text: string, start: number, end: number, raw: string): string {
  if (start < 0 || end > text.length || end < start) return '';
  const span = text.slice(start, end);
  if (!span.includes(raw) && !(span.trim() !== '' && raw.includes(span.trim()))) return '';
  const from = scanBack(text, start, SENTENCE_END);
  const to = scanForward(text, end, SENTENCE_END);
  const sentence = tidy(text.slice(from, to));
  return sentence.length <= LONG_SENTENCE ? sentence : narrow(text, { from, to }, start, end);
}

/** First sentence of `texts` holding `raw`. */
export function sentenceContaining(texts: readonly string[], raw: string): string {
  for (const text of texts) {
    const at = text.indexOf(raw);
    if (at >= 0) return sentenceAround(text, at, at + raw.length, raw);
  }
  return '';
}

/**
 * A long sentence is cut to whole clauses (between ，) around the number, grown one clause at a time on each side
 * while it stays short, and marked with … where it was cut, so the quote still reads as the source's own words.
 */
function narrow(text: string, sentence: { from: number; to: number }, start: number, end: number): string {
  let a = scanBack(text, start, CLAUSE_END, sentence.from);
  let b = scanForward(text, end, CLAUSE_END, sentence.to);
  for (let grew = true; grew; ) {
    grew = false;
    const back = a > sentence.from ? scanBack(text, a - 1, CLAUSE_END, sentence.from) : a;
    if (back < a && b - back <= LONG_SENTENCE / 2) [a, grew] = [back, true];
    const forward = b < sentence.to ? scanForward(text, b, CLAUSE_END, sentence.to) : b;
    if (forward > b && forward - a <= LONG_SENTENCE / 2) [b, grew] = [forward, true];
  }
  let quote = tidy(text.slice(a, b));
  if (quote.length > LONG_SENTENCE) {
    // One clause alone is too long: keep a window around the number.
    const from = Math.max(a, start - 50);
    const to = Math.min(b, end + 50);
    [a, b, quote] = [from, to, text.slice(from, to).trim()];
  }
  return `${a > sentence.from ? '…' : ''}${quote}${b < sentence.to ? '…' : ''}`;
}

/** The first index i ≤ index with no stop character in [i, index). */
function scanBack(text: string, index: number, stop: RegExp, floor = 0): number {
  let i = index;
  while (i > floor && !stop.test(text.charAt(i - 1))) i -= 1;
  return i;
}

/** Just past the next stop character (so a quote keeps its 。), or the ceiling. */
function scanForward(text: string, index: number, stop: RegExp, ceiling = text.length): number {
  let i = index;
  while (i < ceiling && !stop.test(text.charAt(i))) i += 1;
  return Math.min(i + 1, ceiling);
}

/** Trim, and drop a trailing clause separator (；，) that only joined this sentence to the next. */
function tidy(sentence: string): string {
  return sentence.trim().replace(/[；;，,、\s]+$/u, '');
}
