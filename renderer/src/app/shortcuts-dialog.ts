/** A small modal listing the keyboard shortcuts (native <dialog>: focus is trapped and Escape closes it). */
import { h } from '../dom/h.js';
import { renderInto } from '../dom/render-into.js';
import { t } from '../i18n/i18n.js';
import { sameItems } from '../state/store.js';
import type { Studio } from './studio.js';

export function shortcutsDialog(studio: Studio): { readonly element: HTMLDialogElement; open(): void } {
  const dialog = h('dialog', { class: 'dialog', attrs: { 'aria-labelledby': 'keys-title' } });
  studio.store.watch(
    (s) => [s.locale, s.info] as const,
    ([, info]) => {
      const mod = /^(darwin|mac)/i.test(info?.platform ?? '') ? '⌘' : 'Ctrl+';
      const rows: [string, string][] = [
        [`${mod}O`, t('keys.open')],
        [`${mod}E`, t('keys.export')],
        [`${mod}Shift+E`, t('export.summary-pdf')],
        [`${mod}Shift+H`, t('export.handout-pdf')],
        [`${mod}Z / ${mod}Y`, t('keys.undo')],
        ['← → · PgUp PgDn', t('keys.slides')],
        ['↑ ↓ ← →', t('keys.tree')],
        ['Space', t('keys.toggle')],
        ['Alt+↑ / Alt+↓', t('keys.reorder')],
      ];
      renderInto(
        dialog,
        h('h2', { attrs: { id: 'keys-title' }, text: t('keys.title') }),
        h('dl', { class: 'keys' }, rows.map(([keys, what]) => [h('dt', {}, h('kbd', { text: keys })), h('dd', { text: what })])),
        h('form', { attrs: { method: 'dialog' } }, h('button', { class: 'button', text: t('keys.close'), attrs: { type: 'submit', 'data-focus-key': 'keys-close' } })),
      );
    },
    sameItems,
  );
  return { element: dialog, open: () => dialog.showModal() };
}
