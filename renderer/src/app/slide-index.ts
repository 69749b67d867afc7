/** Which slide the preview shows when the deck changes and when the user moves through the outline. */
import type { Report } from '../../../main/engine/report/schema.js';
import { locate } from '../outline/outline-model.js';

/**
 * Which slide to show: after a re-plan, the same slide (by its stable id) if it is still in the deck, else the one
 * now at the same position, clamped to the deck — so unticking the pillar on screen lands on its neighbour.
 */
export function slideIndexFor(slides: readonly { readonly id: string }[], previousId: string | null, previousIndex: number): number {
  if (slides.length === 0) return 0;
  const same = previousId === null ? -1 : slides.findIndex((slide) => slide.id === previousId);
  if (same >= 0) return same;
  return Math.min(Math.max(previousIndex, 0), slides.length - 1);
}

/**
 * The slide that shows an outline item: its section's own slide (the full preset has one), else its pillar's first
 * slide; -1 when the deck has neither (the pillar is left out, or the one-page preset shows no pillar slides).
 */
export function slideIndexOfItem(report: Report, slides: readonly { readonly sourceId?: string }[], id: string): number {
  const found = locate(report, id);
  if (!found) return -1;
  for (const wanted of [found.section?.id, found.pillar.id]) {
    if (wanted === undefined) continue;
    const index = slides.findIndex((slide) => slide.sourceId === wanted);
    if (index >= 0) return index;
  }
  return -1;
}
