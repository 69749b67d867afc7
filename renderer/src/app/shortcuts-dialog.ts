/** A small modal listing the keyboard shortcuts (native <dialog>: focus is trapped and Escape closes it). */
import { h } from '../dom/h.js';
import { renderInto } from '../dom/render-into.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { sameItems } from '../state/store.js';
import type { Studio } from './studio.js';

export function shortcutsDialog(studio: Studio): { readonly element: HTMLDialogElement; open(): void } {
  const dialog = h('dialog', { class: 'dialog', attrs: { 'aria-labelledby': 'keys-title' } });
  studio.store.watch(
    (s) => [s.locale, s.info] as const,
    ([, info]) => {
      const mod = /^(darwin|mac)/i.test(info?.platform ?? '') ? '⌘' : 'Ctrl+';
      const rows: [string, MessageKey][] = [
        [`${mod}O`, 'keys.open'],
        [`${mod}E`, 'keys.export'],
        [`${mod}Z / ${mod}Y`, 'keys.undo'],
        ['← → · PgUp PgDn', 'keys.slides'],
        ['↑ ↓ ← →', 'keys.tree'],
        ['Space', 'keys.toggle'],
        ['Alt+↑ / Alt+↓', 'keys.reorder'],
      ];
      renderInto(
        dialog,
        h('h2', { attrs: { id: 'keys-title' }, text: t('keys.title') }),
        h('dl', { class: 'keys' }, rows.map(([keys, key]) => [h('dt', {}, h('kbd', { text: keys })), h('dd', { text: t(key) })])),
        h('form', { attrs: { method: 'dialog' } }, h('button', { class: 'button', text: t('keys.close'), attrs: { type: 'submit', 'data-focus-key': 'keys-close' } })),
      );
    },
    sameItems,
  );
  return { element: dialog, open: () => dialog.showModal() };
}
