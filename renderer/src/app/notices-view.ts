/**
 * Notices above the work area: errors (role="alert") and information (role="status"), in the UI language with the
 * backend's own words underneath, each dismissible. Nothing that goes wrong leaves the window blank or silent.
 */
import { h } from '../dom/h.js';
import { icon } from '../dom/icons.js';
import { renderInto } from '../dom/render-into.js';
import { t } from '../i18n/i18n.js';
import { sameItems } from '../state/store.js';
import type { Notice } from './studio-state.js';
import type { Studio } from './studio.js';

export function noticesView(studio: Studio): HTMLElement {
  const root = h('div', { class: 'notices' });
  studio.store.watch(
    (s) => [s.notices, s.locale] as const,
    ([notices]) => renderInto(root, notices.map((notice) => noticeItem(studio, notice))),
    sameItems,
  );
  return root;
}

function noticeItem(studio: Studio, notice: Notice): HTMLElement {
  return h(
    'div',
    { class: ['notice', `is-${notice.tone}`], attrs: { role: notice.tone === 'error' ? 'alert' : 'status', 'data-notice': notice.title } },
    icon(notice.tone === 'error' ? 'alert' : 'info'),
    h(
      'div',
      { class: 'notice-text' },
      h('strong', { text: t(notice.title, notice.params) }),
      notice.detail ? h('span', { class: 'notice-detail', text: notice.detail }) : null,
      notice.hint ? h('span', { class: 'notice-hint', text: notice.hint }) : null,
      notice.bug ? h('span', { class: 'notice-hint', text: t('notice.bug') }) : null,
    ),
    h('button', { class: 'icon-button', attrs: { type: 'button', 'aria-label': t('notice.dismiss'), 'data-focus-key': `notice:${notice.id}` }, on: { click: () => studio.dismissNotice(notice.id) } }, icon('close')),
  );
}
