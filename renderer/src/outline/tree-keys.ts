/**
 * Keys in the outline tree, following the WAI-ARIA tree pattern: ↑/↓ move, → opens or goes to the first child,
 * ← closes or goes to the parent, Home/End, Space ticks, Enter opens the row (a number goes to the inspector),
 * Alt+↑/↓ moves the row among its siblings. Pure: a key and the visible rows in, what to do out.
 */
import type { OutlineRow } from './outline-model.js';

export type TreeAction =
  | { readonly type: 'focus'; readonly id: string }
  | { readonly type: 'expand'; readonly id: string; readonly expanded: boolean }
  | { readonly type: 'toggle'; readonly id: string }
  | { readonly type: 'move'; readonly id: string; readonly delta: -1 | 1 }
  | { readonly type: 'activate'; readonly id: string };

export interface TreeKey {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export function treeAction(key: TreeKey, rows: readonly OutlineRow[], currentId: string): TreeAction | null {
  const index = rows.findIndex((row) => row.id === currentId);
  const row = rows[index];
  if (!row || key.ctrlKey || key.metaKey) return null;
  if (key.altKey) {
    if (key.key === 'ArrowUp' && row.position > 1) return { type: 'move', id: row.id, delta: -1 };
    if (key.key === 'ArrowDown' && row.position < row.siblings) return { type: 'move', id: row.id, delta: 1 };
    return null;
  }
  switch (key.key) {
    case 'ArrowDown':
      return focus(rows[index + 1]);
    case 'ArrowUp':
      return focus(rows[index - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows.at(-1));
    case 'ArrowRight':
      if (row.expanded === false) return { type: 'expand', id: row.id, expanded: true };
      return row.expanded ? focus(rows[index + 1]) : null;
    case 'ArrowLeft':
      if (row.expanded) return { type: 'expand', id: row.id, expanded: false };
      return row.parentId === null ? null : { type: 'focus', id: row.parentId };
    case ' ':
      return { type: 'toggle', id: row.id };
    case 'Enter':
      return row.expanded === undefined ? { type: 'activate', id: row.id } : { type: 'expand', id: row.id, expanded: !row.expanded };
    default:
      return null;
  }
}

function focus(row: OutlineRow | undefined): TreeAction | null {
  return row ? { type: 'focus', id: row.id } : null;
}
