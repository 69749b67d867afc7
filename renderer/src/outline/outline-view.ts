/**
 * The outline panel: the report's pillars, sections and numbers as an ARIA tree (role="tree", flat treeitems with
 * aria-level, aria-checked for the tick boxes, one roving tab stop). Clicking the box or Space ticks; clicking a
 * row or moving onto it shows it in the preview and, for a number, in the inspector. Rows are reordered by dragging
 * (outline-drag.ts) or Alt+↑/↓ (tree-keys.ts).
 */
import { h } from '../dom/h.js';
import { icon } from '../dom/icons.js';
import { renderInto } from '../dom/render-into.js';
import { t } from '../i18n/i18n.js';
import { liveText } from '../app/live-text.js';
import type { Studio } from '../app/studio.js';
import { moveBy, withOrder } from '../state/reorder.js';
import { toggleIncluded } from '../state/selection-edits.js';
import { sameItems } from '../state/store.js';
import { buildOutline, summarize, type OutlineRow } from './outline-model.js';
import { enableRowDrag } from './outline-drag.js';
import { treeAction } from './tree-keys.js';

export function outlineView(studio: Studio): HTMLElement {
  const summary = h('span', { class: 'panel-meta', attrs: { 'aria-live': 'polite' } });
  const expandButton = h('button', { class: 'link-button', attrs: { type: 'button' } });
  const tree = h('ul', { class: 'tree', attrs: { role: 'tree', id: 'outline-tree' } });
  const hint = h('p', { class: 'panel-foot' });
  let rows: OutlineRow[] = [];

  const toggle = (id: string): void => studio.change((c) => ({ ...c, selection: toggleIncluded(c.selection, id) }));
  const move = (row: OutlineRow, delta: -1 | 1): void => {
    const order = moveBy(row.siblingIds, row.id, delta);
    studio.change((c) => ({ ...c, selection: withOrder(c.selection, row.orderKey, order) }));
  };
  const focusRow = (id: string): void => tree.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();

  tree.addEventListener('keydown', (event) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')?.dataset['id'];
    if (!current) return;
    const action = treeAction(event, rows, current);
    if (!action) return;
    event.preventDefault();
    switch (action.type) {
      case 'focus':
        studio.setActive(action.id);
        return focusRow(action.id);
      case 'expand':
        studio.setExpanded(action.id, action.expanded);
        return focusRow(action.id);
      case 'toggle':
        return toggle(action.id);
      case 'move': {
        const row = rows.find((candidate) => candidate.id === action.id);
        if (row) move(row, action.delta);
        return focusRow(action.id);
      }
      case 'activate':
        studio.setActive(action.id);
        return document.getElementById('inspector-label')?.focus();
    }
  });

  tree.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const item = target.closest<HTMLElement>('[role="treeitem"]');
    const id = item?.dataset['id'];
    if (!item || !id) return;
    if (target.closest('.tree-check')) toggle(id);
    else if (target.closest('.tree-twisty')) studio.setExpanded(id, item.getAttribute('aria-expanded') !== 'true');
    studio.setActive(id);
    item.focus();
  });

  enableRowDrag(tree, () => rows, (row, order) => studio.change((c) => ({ ...c, selection: withOrder(c.selection, row.orderKey, order) })));

  expandButton.addEventListener('click', () => studio.expandAll(expandButton.dataset['all'] === 'true'));

  studio.store.watch(
    (s) => [s.doc, s.history?.present.selection, s.expanded, s.activeId, s.locale] as const,
    () => {
      const s = studio.store.get();
      const selection = s.history?.present.selection;
      if (!s.doc || !selection) {
        rows = [];
        return renderInto(tree);
      }
      rows = buildOutline(s.doc.report, selection, s.expanded);
      const { pillars, includedPillars } = summarize(s.doc.report, selection);
      summary.textContent = t('outline.summary', { included: includedPillars, total: pillars });
      const anyOpen = s.doc.report.pillars.some((pillar) => s.expanded.has(pillar.id));
      expandButton.dataset['all'] = String(!anyOpen);
      expandButton.textContent = anyOpen ? t('outline.collapseAll') : t('outline.expandAll');
      hint.textContent = t('outline.hint');
      tree.setAttribute('aria-label', t('outline.label'));
      const tabStop = rows.some((row) => row.id === s.activeId) ? s.activeId : (rows[0]?.id ?? null);
      renderInto(tree, rows.map((row) => treeRow(row, row.id === s.activeId, row.id === tabStop)));
    },
    sameItems,
  );

  return h(
    'section',
    { class: 'panel outline-panel', attrs: { 'aria-labelledby': 'outline-title' } },
    h('header', { class: 'panel-head' }, h('h2', { attrs: { id: 'outline-title' } }, liveText(studio.store, 'outline.title')), summary, expandButton),
    h('div', { class: 'tree-scroll' }, tree),
    hint,
  );

}

function treeRow(row: OutlineRow, active: boolean, tabStop: boolean): HTMLElement {
  return h(
    'li',
    {
      class: ['tree-item', `tree-${row.kind}`, row.inactive && 'is-inactive', row.checked === 'false' && 'is-off'],
      attrs: {
        role: 'treeitem',
        'data-id': row.id,
        'data-focus-key': `row:${row.id}`,
        'aria-level': row.level,
        'aria-setsize': row.siblings,
        'aria-posinset': row.position,
        'aria-checked': row.checked,
        'aria-selected': String(active),
        'aria-expanded': row.expanded === undefined ? undefined : String(row.expanded),
        tabindex: tabStop ? 0 : -1,
        draggable: 'true',
      },
    },
    h(
      'div',
      { class: 'tree-row' },
      h('span', { class: 'tree-grip', attrs: { 'aria-hidden': 'true' } }, icon('grip')),
      row.expanded === undefined ? h('span', { class: 'tree-twisty is-leaf' }) : h('span', { class: ['tree-twisty', row.expanded && 'is-open'], attrs: { 'aria-hidden': 'true' } }, icon('chevron')),
      h('span', { class: ['tree-check', `is-${row.checked}`], attrs: { 'aria-hidden': 'true' } }, row.checked === 'mixed' ? icon('dash') : icon('check')),
      h('span', { class: 'tree-label', text: row.label }),
      row.outlook ? h('span', { class: 'badge', text: t('outline.outlook') }) : null,
      row.edited ? h('span', { class: 'tree-edited', attrs: { title: t('outline.edited'), 'aria-label': t('outline.edited') } }) : null,
      row.pinned ? h('span', { class: 'tree-pin', attrs: { title: t('outline.pinned'), 'aria-label': t('outline.pinned') } }, icon('pin')) : null,
      row.value ? h('span', { class: 'tree-value', text: row.value }) : null,
    ),
  );
}
