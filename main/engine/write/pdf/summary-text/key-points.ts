/**
 * The bullets under a pillar in the summary: one per section (its title and the sentence that stands for it), at
 * most `max`; a pillar with fewer sections than `min` gets further sentences with numbers from its sections, so
 * every pillar reads with at least `min` points when its text has them.
 */
import { keySentence, splitSentences, type SentenceSection } from './key-sentence.js';

export interface KeyPointSection extends SentenceSection {
  readonly title: string;
  readonly headline?: string;
}

export interface KeyPoint {
  /** The section's title; empty for an extra point from a section already named. */
  readonly title: string;
  readonly headline: string;
  readonly text: string;
}

export interface KeyPointOptions {
  readonly min: number;
  readonly max: number;
  readonly chars: number;
}

export function keyPoints(sections: readonly KeyPointSection[], options: KeyPointOptions): KeyPoint[] {
  const points = sections
    .slice(0, options.max)
    .map((section): KeyPoint => ({ title: section.title, headline: section.headline ?? '', text: keySentence(section, options.chars) }))
    .filter((point) => point.text !== '' || point.headline !== '');
  if (points.length >= options.min) return points;
  const used = new Set(points.map((point) => point.text));
  for (const extra of extraSentences(sections, options.chars)) {
    if (points.length >= Math.min(options.min, options.max)) break;
    if (!used.has(extra)) points.push({ title: '', headline: '', text: extra });
    used.add(extra);
  }
  return points;
}

/** Further sentences, those carrying a number first, each shortened the way keySentence does it. */
function extraSentences(sections: readonly KeyPointSection[], chars: number): string[] {
  const all = sections.flatMap((section) =>
    [...section.paragraphs, ...section.points].flatMap(splitSentences).map((sentence) => ({ sentence, section })),
  );
  const withNumber = all.filter(({ sentence, section }) => section.metrics.some((metric) => sentence.includes(metric.raw)));
  const rest = all.filter((entry) => !withNumber.includes(entry));
  return [...withNumber, ...rest].map(({ sentence }) => keySentence({ paragraphs: [sentence], points: [], metrics: [] }, chars));
}
