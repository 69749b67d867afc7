/**
 * What the window shows with no report open: what Huibao does, "Open report…", "Open the sample", the formats it
 * reads, that a file can be dropped, and the recent files. While a report is opening: its name and a progress bar.
 */
import type { RecentFile } from '../../../main/contract.js';
import { h } from '../dom/h.js';
import { icon } from '../dom/icons.js';
import { renderInto } from '../dom/render-into.js';
import { t } from '../i18n/i18n.js';
import { sameItems } from '../state/store.js';
import type { Studio } from './studio.js';

export function emptyState(studio: Studio): HTMLElement {
  const root = h('div', { class: 'empty-state' });
  studio.store.watch(
    (s) => [s.opening, s.recent, s.locale, s.started] as const,
    ([opening, recent, , started]) => {
      if (!started) return renderInto(root, h('p', { class: 'muted', text: t('app.starting') }));
      if (opening) {
        const percent = Math.round(opening.fraction * 100);
        return renderInto(
          root,
          h(
            'div',
            { class: 'empty-card', attrs: { 'aria-busy': 'true' } },
            h('h1', { text: t('opening.title', { name: opening.name ?? t('opening.sample') }) }),
            h('div', { class: 'progress', attrs: { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent, 'aria-label': t('opening.phase') } }, h('div', { class: 'progress-fill', style: { width: `${Math.max(percent, 4)}%` } })),
            h('p', { class: 'muted', text: t('opening.phase') }),
          ),
        );
      }
      // Both shells open a recent file by its path (the browser asks `huibao serve`, which reads it).
      const shownRecent = recent.slice(0, 6);
      renderInto(
        root,
        h(
          'div',
          { class: 'empty-card' },
          h('span', { class: 'empty-mark', attrs: { 'aria-hidden': 'true' }, text: '汇' }),
          h('h1', { text: t('empty.title') }),
          h('p', { class: 'empty-body', text: t('empty.body') }),
          h(
            'div',
            { class: 'empty-actions' },
            h('button', { class: 'button primary large', attrs: { type: 'button', id: 'empty-open', 'data-focus-key': 'empty-open' }, on: { click: () => studio.requestOpen() } }, icon('folder'), h('span', { text: t('empty.open') })),
            h('button', { class: 'button large', attrs: { type: 'button', id: 'empty-sample', 'data-focus-key': 'empty-sample' }, on: { click: () => void studio.openSample() } }, h('span', { text: t('empty.sample') })),
          ),
          h('p', { class: 'muted small', text: t('empty.drop') }),
          h('p', { class: 'muted small', text: t('empty.formats') }),
          shownRecent.length > 0 ? recentList(studio, shownRecent) : null,
        ),
      );
    },
    sameItems,
  );
  return root;
}

function recentList(studio: Studio, recent: readonly RecentFile[]): HTMLElement {
  return h(
    'nav',
    { class: 'recent', attrs: { 'aria-labelledby': 'recent-title' } },
    h('h2', { attrs: { id: 'recent-title' }, text: t('empty.recent') }),
    h(
      'ul',
      {},
      recent.map((file) =>
        h(
          'li',
          {},
          h(
            'button',
            { class: 'recent-item', attrs: { type: 'button', title: file.path, 'data-focus-key': `recent:${file.path}` }, props: { disabled: !file.exists }, on: { click: () => void studio.openPath(file.path) } },
            icon('file'),
            h('span', { class: 'recent-name', text: file.name }),
            h('span', { class: 'recent-path', text: file.exists ? file.path : t('empty.recentMissing') }),
          ),
        ),
      ),
    ),
  );
}
