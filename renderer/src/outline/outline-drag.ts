/**
 * Dragging rows of the outline to reorder them among their siblings (pillars among pillars, a pillar's sections
 * among themselves…). The drop line shows where the row will land; dropping elsewhere does nothing. Uses a private
 * data type, so the window's file drop (app/drop-files.ts) can tell a row from a file.
 */
import type { OutlineRow } from './outline-model.js';
import { dropIndex, moveTo } from '../state/reorder.js';

export const ROW_DRAG_TYPE = 'application/x-huibao-row';

export function enableRowDrag(tree: HTMLElement, rows: () => readonly OutlineRow[], reorder: (row: OutlineRow, order: readonly string[]) => void): void {
  let dragged: OutlineRow | null = null;
  let marked: HTMLElement | null = null;

  const unmark = (): void => {
    marked?.classList.remove('drop-before', 'drop-after');
    marked = null;
  };
  const rowOf = (target: EventTarget | null): { element: HTMLElement; row: OutlineRow } | null => {
    const element = (target as HTMLElement | null)?.closest<HTMLElement>('[role="treeitem"]');
    const row = element ? rows().find((candidate) => candidate.id === element.dataset['id']) : undefined;
    return element && row ? { element, row } : null;
  };
  const landing = (event: DragEvent): { element: HTMLElement; row: OutlineRow; before: boolean } | null => {
    const over = rowOf(event.target);
    if (!dragged || !over || over.row.parentId !== dragged.parentId || over.row.kind !== dragged.kind) return null;
    const box = over.element.getBoundingClientRect();
    return { ...over, before: event.clientY < box.top + box.height / 2 };
  };

  tree.addEventListener('dragstart', (event) => {
    const start = rowOf(event.target);
    if (!start || !event.dataTransfer) return;
    dragged = start.row;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(ROW_DRAG_TYPE, start.row.id);
    start.element.classList.add('is-dragging');
  });
  tree.addEventListener('dragover', (event) => {
    const land = landing(event);
    unmark();
    if (!land) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    marked = land.element;
    marked.classList.add(land.before ? 'drop-before' : 'drop-after');
  });
  tree.addEventListener('dragleave', (event) => {
    if (!tree.contains(event.relatedTarget as Node | null)) unmark();
  });
  tree.addEventListener('drop', (event) => {
    const land = landing(event);
    unmark();
    if (!land || !dragged) return;
    event.preventDefault();
    const ids = dragged.siblingIds;
    reorder(dragged, moveTo(ids, dragged.id, dropIndex(ids, dragged.id, land.row.id, land.before)));
  });
  tree.addEventListener('dragend', () => {
    unmark();
    tree.querySelector('.is-dragging')?.classList.remove('is-dragging');
    dragged = null;
  });
}
