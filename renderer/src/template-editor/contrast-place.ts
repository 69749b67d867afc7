/**
 * Where a contrast warning's text is, in words: the handlers name the manifest field ("slides.content.footer.style",
 * "kpi.change (neutral)"), which an office worker should not need to read. The part of the slide comes first, then
 * the field itself for those who edit template.json by hand.
 */
import type { MessageKey } from '../i18n/i18n.js';

const PLACES: readonly (readonly [prefix: string, key: MessageKey])[] = [
  ['slides.title.', 'editor.place.title'],
  ['slides.closing.', 'editor.place.closing'],
  ['slides.overview.', 'editor.place.overview'],
  ['slides.dashboard.', 'editor.place.dashboard'],
  ['slides.content.', 'editor.place.content'],
  ['kpi.', 'editor.place.kpi'],
  ['bullets.', 'editor.place.bullets'],
  ['chart.', 'editor.place.chart'],
];

/** The message naming the part of the deck, or undefined for a field this list does not know. */
export function contrastPlace(where: string): MessageKey | undefined {
  return PLACES.find(([prefix]) => where.startsWith(prefix))?.[1];
}
