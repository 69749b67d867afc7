/** The window's top bar: the name, the open report, Open / sample, undo and redo, shortcuts and the language switch. */
import { h } from '../dom/h.js';
import { icon } from '../dom/icons.js';
import { t } from '../i18n/i18n.js';
import { canRedo, canUndo } from '../state/history.js';
import { sameItems } from '../state/store.js';
import { liveAttr, liveText } from './live-text.js';
import type { Studio } from './studio.js';

export function topBar(studio: Studio, openShortcuts: () => void): HTMLElement {
  const { store } = studio;
  const docName = h('span', { class: 'doc-name' });
  const open = h('button', { class: 'button', attrs: { type: 'button', id: 'open-report' }, on: { click: () => studio.requestOpen() } }, icon('folder'), h('span', {}, liveText(store, 'top.open')));
  const undo = h('button', { class: 'icon-button', attrs: { type: 'button', id: 'undo' }, on: { click: () => studio.undo() } }, icon('undo'));
  const redo = h('button', { class: 'icon-button', attrs: { type: 'button', id: 'redo' }, on: { click: () => studio.redo() } }, icon('redo'));
  const keys = h('button', { class: 'icon-button', attrs: { type: 'button' }, on: { click: openShortcuts } }, icon('keyboard'));
  const language = h('button', { class: 'button quiet', attrs: { type: 'button', id: 'switch-language' }, on: { click: () => studio.setLocale(store.get().locale === 'zh' ? 'en' : 'zh') } }, icon('globe'), h('span', {}, liveText(store, 'top.switchLanguage')));
  liveAttr(store, keys, 'aria-label', 'top.shortcuts');
  liveAttr(store, keys, 'title', 'top.shortcuts');
  liveAttr(store, language, 'title', 'top.switchLanguageLabel');

  store.watch(
    (s) => [s.history, s.locale, s.info] as const,
    ([history, , info]) => {
      const mac = /^(darwin|mac)/i.test(info?.platform ?? '');
      undo.disabled = !canUndo(history);
      redo.disabled = !canRedo(history);
      undo.setAttribute('aria-label', t('top.undo'));
      redo.setAttribute('aria-label', t('top.redo'));
      undo.title = `${t('top.undo')} (${mac ? '⌘Z' : 'Ctrl+Z'})`;
      redo.title = `${t('top.redo')} (${mac ? '⇧⌘Z' : 'Ctrl+Y'})`;
      open.title = `${t('top.open')} (${mac ? '⌘O' : 'Ctrl+O'})`;
    },
    sameItems,
  );
  store.watch(
    (s) => [s.doc, s.locale] as const,
    ([doc]) => {
      docName.textContent = doc?.name ?? '';
      docName.title = doc?.path ?? doc?.name ?? '';
      document.title = doc ? `${doc.name} — ${t('app.name')}` : `${t('app.name')} Huibao`;
    },
    sameItems,
  );

  return h(
    'header',
    { class: 'top-bar' },
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' }, text: '汇' }), h('span', { class: 'brand-name' }, liveText(store, 'app.name'))),
    docName,
    h('div', { class: 'top-actions' }, open, h('span', { class: 'divider', attrs: { 'aria-hidden': 'true' } }), undo, redo),
    h('div', { class: 'top-end' }, keys, language),
  );
}
