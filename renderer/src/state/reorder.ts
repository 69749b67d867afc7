/**
 * Reordering siblings (pillars, a pillar's sections, a section's metrics) by keyboard (Alt+↑/↓) or by dragging.
 * Selections store orders as id lists where named ids come first in list order (engine/selection/apply.ts), so a
 * move writes the siblings' complete new order: the others' ids are kept, this group's are replaced.
 */
import type { Selection } from '../../../main/engine/selection/schema.js';

export type OrderKey = 'pillarOrder' | 'sectionOrder' | 'metricOrder';

/** `ids` with `id` moved by `delta` places (clamped); the same array when it cannot move. */
export function moveBy(ids: readonly string[], id: string, delta: number): readonly string[] {
  const from = ids.indexOf(id);
  if (from < 0) return ids;
  return moveTo(ids, id, Math.min(ids.length - 1, Math.max(0, from + delta)));
}

/** `ids` with `id` at position `to` of the result; the same array when nothing moves. */
export function moveTo(ids: readonly string[], id: string, to: number): readonly string[] {
  const from = ids.indexOf(id);
  if (from < 0 || from === to) return ids;
  const rest = ids.filter((other) => other !== id);
  const at = Math.min(rest.length, Math.max(0, to));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * Where a dragged item lands when dropped on `target` in the upper (`before`) or lower half: the index in the
 * list without the dragged item, which is what moveTo expects.
 */
export function dropIndex(ids: readonly string[], dragged: string, target: string, before: boolean): number {
  const rest = ids.filter((id) => id !== dragged);
  const at = rest.indexOf(target);
  if (at < 0) return ids.indexOf(dragged);
  return before ? at : at + 1;
}

/** Store `siblings` (already in their new order) as the group's order in the selection. */
export function withOrder(selection: Selection, key: OrderKey, siblings: readonly string[]): Selection {
  const current = selection[key] ?? [];
  const group = new Set(siblings);
  const next = [...current.filter((id) => !group.has(id)), ...siblings];
  if (next.length === current.length && next.every((id, i) => id === current[i])) return selection;
  return { ...selection, [key]: next };
}
