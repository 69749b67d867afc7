/**
 * The export section: PPTX deck, PDF summary and handout PDF, each a button with its own progress bar and result
 * line — the file's name and size with "show in folder" (desktop) or a download link (browser), or the error in
 * words. Options that shape a file (handout slides per page and notes, summary contents) sit beside its button.
 */
import type { ExportKind } from '../../../main/contract.js';
import { h } from '../dom/h.js';
import { icon } from '../dom/icons.js';
import { renderInto } from '../dom/render-into.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { liveText } from '../app/live-text.js';
import type { Studio } from '../app/studio.js';
import { sameItems } from '../state/store.js';
import { formatBytes, type ExportJob } from './export-jobs.js';

const PHASES = new Set(['start', 'build', 'plan', 'write', 'done']);

export function exportPanel(studio: Studio): HTMLElement {
  const rows = studio.exportKinds.map((kind) => exportRow(studio, kind));
  return h(
    'section',
    { class: 'side-section export', attrs: { 'aria-labelledby': 'export-title' } },
    h('h2', { class: 'side-title', attrs: { id: 'export-title' } }, liveText(studio.store, 'export.title')),
    rows,
  );
}

function exportRow(studio: Studio, kind: ExportKind): HTMLElement {
  const button = h('button', { class: ['button', 'export-button', kind === 'pptx' && 'primary'], attrs: { type: 'button', 'data-export': kind }, on: { click: () => void studio.exportFile(kind) } });
  const options = h('div', { class: 'export-options' });
  const status = h('div', { class: 'export-status', attrs: { 'aria-live': 'polite', 'data-export-status': kind } });

  studio.store.watch(
    (s) => [s.exports[kind], s.doc, s.locale, s.info, s.exportOptions] as const,
    ([job, doc, , info, exportOptions]) => {
      renderInto(button, kind === 'pptx' ? icon('download') : icon('file'), h('span', { text: t(`export.${kind}`) }));
      button.disabled = !doc;
      // Still focusable while running (a disabled button would drop the keyboard focus); a second press is ignored.
      button.setAttribute('aria-disabled', String(job.state === 'running'));
      button.title = doc ? '' : t('export.needDocument');
      button.setAttribute('aria-describedby', `export-status-${kind}`);
      status.id = `export-status-${kind}`;
      renderInto(options, optionControls(studio, kind, exportOptions, !doc));
      renderInto(status, statusLine(studio, job, info?.features.showInFolder ?? false));
      status.dataset['state'] = job.state;
    },
    sameItems,
  );

  return h('div', { class: 'export-row' }, h('div', { class: 'export-line' }, button, options), status);
}

function optionControls(studio: Studio, kind: ExportKind, options: ReturnType<Studio['store']['get']>['exportOptions'], disabled: boolean): HTMLElement | null {
  if (kind === 'summary-pdf') {
    return h(
      'label',
      { class: 'check-label small' },
      h('input', { attrs: { type: 'checkbox', 'data-focus-key': 'summary-toc' }, props: { checked: options.summaryToc, disabled }, on: { change: (e) => studio.setExportOptions({ summaryToc: (e.target as HTMLInputElement).checked }) } }),
      t('export.toc'),
    );
  }
  if (kind === 'handout-pdf') {
    const select = h(
      'select',
      {
        attrs: { 'aria-label': t('export.perPageLabel'), 'data-focus-key': 'handout-per-page' },
        props: { disabled },
        on: { change: (e) => studio.setExportOptions({ handoutPerPage: Number((e.target as HTMLSelectElement).value) as 1 | 2 | 4 }) },
      },
      ([1, 2, 4] as const).map((count) => h('option', { text: t('export.perPage', { count }), attrs: { value: count }, props: { selected: count === options.handoutPerPage } })),
    );
    return h(
      'span',
      { class: 'export-option-group' },
      select,
      h(
        'label',
        { class: 'check-label small' },
        h('input', { attrs: { type: 'checkbox', 'data-focus-key': 'handout-notes' }, props: { checked: options.handoutNotes, disabled }, on: { change: (e) => studio.setExportOptions({ handoutNotes: (e.target as HTMLInputElement).checked }) } }),
        t('export.notes'),
      ),
    );
  }
  return null;
}

function statusLine(studio: Studio, job: ExportJob, canReveal: boolean): (HTMLElement | string)[] | null {
  switch (job.state) {
    case 'idle':
      return null;
    case 'running': {
      const percent = Math.round(job.fraction * 100);
      const phase = PHASES.has(job.phase) ? t(`export.phase.${job.phase}` as MessageKey) : '';
      return [
        h('div', { class: 'progress', attrs: { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent, 'aria-label': t('export.running', { percent }) } }, h('div', { class: 'progress-fill', style: { width: `${percent}%` } })),
        h('span', { class: 'small muted', text: [t('export.running', { percent }), phase].filter(Boolean).join(' · ') }),
      ];
    }
    case 'done': {
      const { file } = job;
      const action = canReveal
        ? h('button', { class: 'link-button', text: t('export.showInFolder'), attrs: { type: 'button', 'data-focus-key': `reveal:${file.name}` }, on: { click: () => void studio.showInFolder(file.path) } })
        : file.downloadUrl
          ? h('a', { class: 'link-button', text: t('export.download'), attrs: { href: file.downloadUrl, download: file.name, 'data-download': file.name } })
          : null;
      return [h('span', { class: 'export-done' }, icon('check'), h('span', { text: t('export.done', { name: file.name, size: formatBytes(file.bytes) }), attrs: { title: file.path } })), action ?? ''];
    }
    case 'cancelled':
      return [h('span', { class: 'small muted', text: t('export.cancelled') })];
    case 'failed':
      return [h('span', { class: 'export-failed', attrs: { role: 'alert' } }, icon('alert'), h('span', { text: t('export.failed', { error: job.message }) }))];
  }
}
