/**
 * The source sentence of a number, with the number marked, for the inspector: so the user sees where a figure
 * comes from before editing it. The sentence is found the way speaker notes find it (engine/template/source-quote.ts,
 * from the section's own text), since the window has the structured report but not the decoded source file.
 */
import type { Metric, Section } from '../../../main/engine/report/schema.js';
import { sentenceContaining } from '../../../main/engine/template/source-quote.js';

export interface QuotePart {
  readonly text: string;
  readonly mark: boolean;
}

export function sourceQuote(metric: Pick<Metric, 'raw'>, section: Pick<Section, 'paragraphs' | 'points' | 'captions'>): QuotePart[] {
  const sentence = sentenceContaining([...section.paragraphs, ...section.points, ...section.captions], metric.raw);
  return sentence ? markFirst(sentence, metric.raw) : [];
}

/** Splits `text` around the first occurrence of `needle`. */
export function markFirst(text: string, needle: string): QuotePart[] {
  const at = needle === '' ? -1 : text.indexOf(needle);
  if (at < 0) return [{ text, mark: false }];
  return [
    { text: text.slice(0, at), mark: false },
    { text: needle, mark: true },
    { text: text.slice(at + needle.length), mark: false },
  ].filter((part) => part.text !== '');
}
