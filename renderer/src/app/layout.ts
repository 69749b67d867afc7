/**
 * The window: top bar; then either the empty state or the three columns (outline | preview | template, preset,
 * inspector, export); the status bar; notices over the work area; the drop overlay when a file is dragged in.
 */
import { h } from '../dom/h.js';
import { exportPanel } from '../export/export-panel.js';
import { metricInspector } from '../inspector/metric-inspector.js';
import { outlineView } from '../outline/outline-view.js';
import { previewView } from '../preview/preview-view.js';
import { presetPicker } from '../templates/preset-picker.js';
import { templatePicker } from '../templates/template-picker.js';
import { sameItems } from '../state/store.js';
import { emptyState } from './empty-state.js';
import { enableFileDrop, type FilePicker } from './file-picker.js';
import { liveAttr, liveText } from './live-text.js';
import { noticesView } from './notices-view.js';
import { shortcutsDialog } from './shortcuts-dialog.js';
import { statusBar } from './status-bar.js';
import type { Studio } from './studio.js';
import { topBar } from './top-bar.js';

export function studioLayout(studio: Studio, picker: FilePicker): HTMLElement {
  const shortcuts = shortcutsDialog(studio);
  // Export stays in view at the bottom of the column; the rest scrolls above it.
  const side = h('aside', { class: 'panel side-panel' }, h('div', { class: 'side-scroll' }, templatePicker(studio), presetPicker(studio), metricInspector(studio)), exportPanel(studio));
  liveAttr(studio.store, side, 'aria-label', 'side.label');
  const workspace = h(
    'main',
    { class: 'workspace', attrs: { id: 'workspace' } },
    outlineView(studio),
    previewView(studio),
    side,
  );
  const empty = h('main', { class: 'empty-main', attrs: { id: 'empty' } }, emptyState(studio));
  const overlay = h('div', { class: 'drop-overlay', attrs: { 'aria-hidden': 'true' } }, h('div', { class: 'drop-card' }, liveText(studio.store, 'drop.release')));
  const root = h('div', { class: 'studio' }, topBar(studio, shortcuts.open), noticesView(studio), workspace, empty, statusBar(studio), overlay, picker.input, shortcuts.element);

  studio.store.watch(
    (s) => [s.doc !== null, s.dropActive, s.locale] as const,
    ([open, dropActive, locale]) => {
      workspace.hidden = !open;
      empty.hidden = open;
      overlay.classList.toggle('is-active', dropActive);
      document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    },
    sameItems,
  );
  enableFileDrop(studio, root);
  return root;
}
