/**
 * Which slide to show after a re-plan: the same slide (by its stable id) if it is still in the deck, else the one
 * now at the same position, clamped to the deck. So unticking the pillar on screen lands on its neighbour.
 */
export function slideIndexFor(slides: readonly { readonly id: string }[], previousId: string | null, previousIndex: number): number {
  if (slides.length === 0) return 0;
  const same = previousId === null ? -1 : slides.findIndex((slide) => slide.id === previousId);
  if (same >= 0) return same;
  return Math.min(Math.max(previousIndex, 0), slides.length - 1);
}
