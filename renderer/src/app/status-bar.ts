/** The status bar: autosave state (and its failure, in words), the project file, and how the studio runs. */
import { h } from '../dom/h.js';
import { icon } from '../dom/icons.js';
import { renderInto } from '../dom/render-into.js';
import { t } from '../i18n/i18n.js';
import { sameItems } from '../state/store.js';
import { formatTime, type Studio } from './studio.js';

export function statusBar(studio: Studio): HTMLElement {
  const save = h('span', { class: 'status-save', attrs: { role: 'status', id: 'save-status' } });
  const project = h('span', { class: 'status-project' });
  const mode = h('span', { class: 'status-mode' });

  studio.store.watch(
    (s) => [s.save, s.doc, s.locale, s.info] as const,
    ([saveState, doc, locale, info]) => {
      save.dataset['state'] = saveState.state;
      if (!doc) renderInto(save);
      else if (saveState.state === 'failed') renderInto(save, icon('alert'), t('status.saveFailed', { error: saveState.error ?? '' }));
      else if (saveState.state === 'saved' && saveState.at) renderInto(save, icon('check'), t('status.saved', { time: formatTime(saveState.at, locale) }));
      else renderInto(save, t('status.pending'));
      const file = saveState.projectFile ?? doc?.projectFile ?? null;
      project.textContent = doc ? (file ? t('status.projectFile', { path: file }) : t('status.noProjectFile')) : '';
      project.title = file ?? '';
      mode.textContent = info ? t(info.mode === 'electron' ? 'status.mode.electron' : 'status.mode.serve') : '';
    },
    sameItems,
  );

  return h('footer', { class: 'status-bar' }, save, project, mode);
}
