/**
 * One sentence that stands for a section in a summary bullet: the first sentence that carries one of the section's
 * numbers (a leader reads a summary for its numbers), else the first sentence. A long sentence is cut after a whole
 * clause (at ，；) and closed with "。", which reads as a complete Chinese sentence; only a sentence without any clause
 * boundary early enough is cut at the limit, and then ends with "……" so the reader sees the cut.
 */
import type { Section } from '../../../report/schema.js';

export type SentenceSection = Pick<Section, 'paragraphs' | 'points'> & { readonly metrics: readonly Pick<Section['metrics'][number], 'raw'>[] };

export const DEFAULT_SENTENCE_CHARS = 80;

export function keySentence(section: SentenceSection, maxChars = DEFAULT_SENTENCE_CHARS): string {
  const sentences = [...section.paragraphs, ...section.points].flatMap(splitSentences);
  const withNumber = sentences.find((sentence) => section.metrics.some((metric) => sentence.includes(metric.raw)));
  const chosen = withNumber ?? sentences[0];
  return chosen === undefined ? '' : shorten(chosen, maxChars);
}

/** Sentences end at 。！？ (and their ASCII forms); the end mark stays with its sentence. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^。！？!?]+[。！？!?]*/g) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}

function shorten(sentence: string, maxChars: number): string {
  const chars = [...sentence];
  if (chars.length <= maxChars) return ensureFullStop(sentence);
  const head = chars.slice(0, maxChars).join('');
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'), head.lastIndexOf(','), head.lastIndexOf(';'));
  // Too early a cut would leave a stub; then cut at the limit itself.
  if (cut < maxChars / 3) return `${head.replace(/[，；、,;：:]+$/, '')}……`;
  return `${head.slice(0, cut).replace(/[，；、,;：:]+$/, '')}。`;
}

function ensureFullStop(sentence: string): string {
  return /[。！？!?]$/.test(sentence) ? sentence : `${sentence.replace(/[，；、,;：:]+$/, '')}。`;
}
