/**
 * Cutting a list into slide-sized groups, shared out evenly (8 cards, 6 to a slide → 4 + 4, not 6 + 2), so a
 * continuation slide is never a near-empty leftover. An empty list still gives one (empty) group: its slide exists.
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const parts = Math.ceil(items.length / size);
  const per = Math.ceil(items.length / parts);
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += per) groups.push(items.slice(i, i + per));
  return groups;
}
