/**
 * The template editor: a modal window over the studio for one pack. Built-in packs are shown read-only with a
 * "duplicate" action; a user pack is edited field by field, each edit saved by the handlers (checked as a whole
 * pack, atomically) and answered with the pack as saved, from which this window redraws and the preview is planned
 * again. Undo, redo and reset are the handlers' history, so they act on the files on disk, not on a copy here.
 * Unsaved code lives only in `drafts` until "save": a template that does not compile is never written.
 */
import type { ExportedFile, TemplateEdit, TemplatePreview, TemplateSourceView, TemplateTextProblem } from '../../../main/contract.js';
import type { Studio } from '../app/studio.js';
import { describeError } from '../app/describe-error.js';
import { h } from '../dom/h.js';
import { renderInto } from '../dom/render-into.js';
import { getLocale, t } from '../i18n/i18n.js';
import { api, fileToBase64 } from '../transport/index.js';
import { codeEditor } from './code-editor.js';
import { contrastList, editorForm } from './editor-form.js';
import { editorPreview } from './editor-preview.js';
import './template-editor.css';

/** Shown in the editor's own header: the studio's notices sit under the modal window until it closes. */
type Status = { readonly kind: 'idle' | 'saving' | 'saved' } | { readonly kind: 'failed' | 'info'; readonly message: string };

interface EditorState {
  templateId: string;
  view: TemplateSourceView | null;
  preview: TemplatePreview | null;
  previewError: string | null;
  status: Status;
  /** The last pack archive exported from this window, for its download link or "show in folder". */
  exported: ExportedFile | null;
  textName: string;
  readonly drafts: Map<string, string>;
  readonly problems: Map<string, readonly TemplateTextProblem[]>;
}

export interface TemplateEditor {
  open(templateId: string): void;
  readonly element: HTMLDialogElement;
}

let shared: TemplateEditor | undefined;

/** The one editor window of the page, created on first use. */
export function openTemplateEditor(studio: Studio, templateId: string): void {
  shared ??= createTemplateEditor(studio);
  shared.open(templateId);
}

export function createTemplateEditor(studio: Studio): TemplateEditor {
  const dialog = h('dialog', { class: 'template-editor', attrs: { 'aria-labelledby': 'editor-title' } });
  document.body.append(dialog);
  const state: EditorState = { templateId: '', view: null, preview: null, previewError: null, status: { kind: 'idle' }, exported: null, textName: '', drafts: new Map(), problems: new Map() };
  let loadTicket = 0;
  let previewTicket = 0;

  const name = (view: TemplateSourceView): string => (getLocale() === 'zh' ? view.name.zh : view.name.en);
  const inUse = (): boolean => studio.store.get().history?.present.templateId === state.templateId;

  async function load(templateId: string): Promise<void> {
    const ticket = ++loadTicket;
    if (templateId !== state.templateId) {
      state.drafts.clear();
      state.problems.clear();
      state.textName = '';
    }
    Object.assign(state, { templateId, view: null, preview: null, previewError: null, status: { kind: 'idle' }, exported: null });
    render();
    try {
      const view = await api.getTemplateSource({ templateId });
      if (ticket !== loadTicket) return;
      shown(view);
    } catch (error) {
      if (ticket === loadTicket) fail(error);
    }
  }

  /**
   * A pack as the handlers answered it: redraw, plan the preview again, and let the studio see the change. A `live`
   * answer (a colour picker still open) redraws only what the user is not touching: header, contrast list, preview.
   */
  function shown(view: TemplateSourceView, saved = false, live = false): void {
    state.view = view;
    state.templateId = view.id;
    if (!view.texts.some((text) => text.name === state.textName)) state.textName = view.texts.find((text) => text.name === 'footer')?.name ?? view.texts[0]?.name ?? '';
    if (saved) state.status = { kind: 'saved' };
    if (live) renderAroundForm(view);
    else render();
    void refreshPreview();
    if (saved) void studioSaw();
  }

  function renderAroundForm(view: TemplateSourceView): void {
    dialog.querySelector('.editor-header')?.replaceWith(header(view));
    dialog.querySelector('.contrast-slot')?.replaceChildren(contrastList(view));
  }

  async function refreshPreview(): Promise<void> {
    const ticket = ++previewTicket;
    try {
      const preview = await api.previewTemplate({ templateId: state.templateId });
      if (ticket !== previewTicket) return;
      Object.assign(state, { preview, previewError: null });
    } catch (error) {
      if (ticket !== previewTicket) return;
      Object.assign(state, { preview: null, previewError: describeError(error).detail });
    }
    // Only the preview is redrawn: the user may be in the middle of another field.
    const section = dialog.querySelector('.editor-preview');
    if (section) section.replaceChildren(...previewSection());
    else render();
  }

  function previewSection(): HTMLElement[] {
    return [h('h3', { class: 'side-title', text: t('editor.section.preview') }), editorPreview(state.preview, state.previewError)];
  }

  /** The template list gets the pack's new name and thumbnail; the studio's own preview re-plans when it uses the pack. */
  async function studioSaw(): Promise<void> {
    try {
      const templates = await api.listTemplates();
      studio.store.update((s) => ({ ...s, templates }));
    } catch (error) {
      studio.notifyError('notice.unexpected', error);
    }
    if (inUse()) studio.retryPreview();
  }

  function fail(error: unknown): void {
    state.status = { kind: 'failed', message: describeError(error).detail };
    render();
  }

  async function apply(edit: TemplateEdit, live = false): Promise<void> {
    if (!state.view || state.view.source !== 'user') return;
    state.status = { kind: 'saving' };
    if (live) renderAroundForm(state.view);
    else render();
    try {
      const result = await api.updateTemplate({ templateId: state.templateId, edit });
      if (result.saved) {
        if (edit.kind === 'text') {
          state.drafts.delete(edit.name);
          state.problems.delete(edit.name);
        }
        shown(result.template, true, live);
      } else {
        state.problems.set(result.textName, result.problems);
        state.status = { kind: 'failed', message: t('editor.code.notSaved', { count: result.problems.length }) };
        render();
      }
    } catch (error) {
      // The handler refused the edit and saved nothing: show the pack as it is on disk again.
      fail(error);
      if (state.view) render();
    }
  }

  async function history(step: 'undo' | 'redo' | 'reset'): Promise<void> {
    const view = state.view;
    if (!view || view.source !== 'user') return;
    if (step === 'reset' && !window.confirm(t('editor.resetConfirm', { name: name(view) }))) return;
    state.status = { kind: 'saving' };
    render();
    try {
      const args = { templateId: state.templateId };
      const next = step === 'undo' ? await api.undoTemplate(args) : step === 'redo' ? await api.redoTemplate(args) : await api.resetTemplate(args);
      shown(next, true);
    } catch (error) {
      fail(error);
    }
  }

  async function duplicate(nameInput: HTMLInputElement): Promise<void> {
    state.status = { kind: 'saving' };
    render();
    try {
      const wanted = nameInput.value.trim();
      const copy = await api.duplicateTemplate({ templateId: state.templateId, ...(wanted === '' ? {} : { name: wanted.slice(0, 40) }) });
      state.drafts.clear();
      state.problems.clear();
      shown(copy, true);
      state.status = { kind: 'info', message: t('editor.duplicated', { name: name(copy) }) };
      renderAroundForm(copy);
    } catch (error) {
      fail(error);
    }
  }

  async function remove(): Promise<void> {
    const view = state.view;
    if (!view || view.source !== 'user' || inUse()) return;
    if (!window.confirm(t('editor.deleteConfirm', { name: name(view) }))) return;
    try {
      await api.deleteTemplate({ templateId: view.id });
      await studioSaw();
      dialog.close();
    } catch (error) {
      fail(error);
    }
  }

  async function exportPack(): Promise<void> {
    state.status = { kind: 'saving' };
    render();
    try {
      const file = await api.exportTemplate({ templateId: state.templateId });
      Object.assign(state, { exported: file, status: { kind: 'idle' } });
      render();
    } catch (error) {
      fail(error);
    }
  }

  async function importPack(file: File): Promise<void> {
    state.status = { kind: 'saving' };
    render();
    try {
      const imported = await api.importTemplate({ name: file.name, base64: await fileToBase64(file) });
      state.drafts.clear();
      state.problems.clear();
      shown(imported.template, true);
      const shownName = name(imported.template);
      const message = imported.renamedFrom === null ? t('editor.imported', { name: shownName }) : t('editor.importedRenamed', { name: shownName, from: imported.renamedFrom });
      state.status = { kind: 'info', message };
      renderAroundForm(imported.template);
    } catch (error) {
      fail(error);
    }
  }

  const importInput = h('input', {
    class: 'visually-hidden',
    attrs: { type: 'file', accept: '.zip,application/zip', tabindex: -1, 'data-action': 'import-file' },
    on: {
      change: () => {
        const chosen = importInput.files?.[0];
        importInput.value = '';
        if (chosen) void importPack(chosen);
      },
    },
  });

  function exportedLink(file: ExportedFile): HTMLElement {
    return h(
      'p',
      { class: 'editor-exported small', attrs: { 'data-exported': file.name } },
      t('editor.exported', { name: file.name }),
      ' ',
      file.downloadUrl
        ? h('a', { class: 'link-button', text: t('editor.download'), attrs: { href: file.downloadUrl, download: file.name, 'data-download': file.name } })
        : studio.store.get().info?.features.showInFolder
          ? h('button', { class: 'button quiet', attrs: { type: 'button' }, text: t('editor.showInFolder'), on: { click: () => void studio.showInFolder(file.path) } })
          : null,
    );
  }

  function header(view: TemplateSourceView | null): HTMLElement {
    const user = view?.source === 'user';
    const button = (label: Parameters<typeof t>[0], action: () => void, disabled: boolean, extra: string[] = []): HTMLButtonElement =>
      h('button', { class: ['button', ...extra], attrs: { type: 'button', 'data-action': label }, props: { disabled }, text: t(label), on: { click: action } });
    const statusText =
      state.status.kind === 'saving'
        ? t('editor.saving')
        : state.status.kind === 'saved'
          ? t('editor.saved')
          : state.status.kind === 'failed'
            ? t('editor.failed', { error: state.status.message })
            : state.status.kind === 'info'
              ? state.status.message
              : '';
    return h(
      'header',
      { class: 'editor-header' },
      h('h2', { attrs: { id: 'editor-title' }, text: t('editor.title', { name: view ? name(view) : state.templateId }) }),
      h('p', { class: ['editor-status', state.status.kind === 'failed' && 'is-error'], attrs: { role: 'status', 'aria-live': 'polite' }, text: statusText }),
      h(
        'div',
        { class: 'button-row' },
        user ? button('editor.undo', () => void history('undo'), !view.canUndo) : null,
        user ? button('editor.redo', () => void history('redo'), !view.canRedo) : null,
        user ? button('editor.reset', () => void history('reset'), !view.modified) : null,
        user && studio.store.get().doc ? (inUse() ? h('span', { class: 'muted small', text: t('editor.inUse') }) : button('editor.use', () => (studio.setTemplate(state.templateId), render()), false, ['primary'])) : null,
        view ? button('editor.export', () => void exportPack(), false, ['quiet']) : null,
        button('editor.import', () => importInput.click(), false, ['quiet']),
        importInput,
        user ? button('editor.delete', () => void remove(), inUse(), ['quiet']) : null,
        button('editor.close', () => dialog.close(), false, ['quiet']),
      ),
    );
  }

  function readOnlyBanner(view: TemplateSourceView): HTMLElement {
    const input = h('input', { attrs: { type: 'text', id: 'editor-duplicate-name', maxlength: 40, 'data-focus-key': 'editor-duplicate-name', placeholder: `${name(view)} ${getLocale() === 'zh' ? '副本' : 'copy'}` } });
    return h(
      'div',
      { class: 'editor-banner' },
      h('p', { text: t('editor.readOnly') }),
      h(
        'form',
        { class: 'button-row', on: { submit: (event) => (event.preventDefault(), void duplicate(input)) } },
        h('label', { class: 'field-label', attrs: { for: 'editor-duplicate-name' }, text: t('editor.duplicateName') }),
        input,
        h('button', { class: 'button primary', attrs: { type: 'submit', 'data-action': 'duplicate' }, text: t('editor.duplicate') }),
      ),
    );
  }

  function render(): void {
    // The code area is redrawn with everything else: keep its caret and scroll when it had the focus.
    const active = document.activeElement;
    const code = active instanceof HTMLTextAreaElement && dialog.contains(active) ? { key: active.dataset['focusKey'], start: active.selectionStart, end: active.selectionEnd, scroll: active.scrollTop } : undefined;
    const view = state.view;
    const body = view
      ? h(
          'div',
          { class: 'editor-body' },
          h(
            'div',
            { class: 'editor-column' },
            view.source === 'built-in' ? readOnlyBanner(view) : null,
            editorForm(view, { apply: (edit, live) => void apply(edit, live), failed: fail }),
            h(
              'fieldset',
              { class: 'editor-section' },
              h('legend', { text: t('editor.section.code') }),
              codeEditor(
                { texts: view.texts, selected: state.textName, drafts: state.drafts, problems: state.problems, readOnly: view.source === 'built-in' },
                {
                  select: (textName) => ((state.textName = textName), render()),
                  draft: (textName, source) => {
                    const saved = view.texts.find((text) => text.name === textName)?.source;
                    if (source === saved) state.drafts.delete(textName);
                    else state.drafts.set(textName, source);
                    state.problems.delete(textName);
                  },
                  check: (textName, source) => api.checkTemplateText({ name: textName, source }),
                  save: (textName, source) => void apply({ kind: 'text', name: textName, source }),
                  revert: (textName) => (state.drafts.delete(textName), state.problems.delete(textName), render()),
                },
              ),
            ),
          ),
          h('section', { class: 'editor-preview', attrs: { 'aria-label': t('editor.section.preview') } }, ...previewSection()),
        )
      : h('p', { class: 'muted editor-loading', text: state.status.kind === 'failed' ? t('editor.failed', { error: state.status.message }) : t('editor.loading') });
    renderInto(dialog, header(view), state.exported ? exportedLink(state.exported) : null, body);
    if (code?.key !== undefined) {
      const again = dialog.querySelector<HTMLTextAreaElement>(`textarea[data-focus-key="${CSS.escape(code.key)}"]`);
      if (again) {
        again.focus({ preventScroll: true });
        again.setSelectionRange(code.start, code.end);
        again.scrollTop = code.scroll;
      }
    }
  }

  // The studio's shortcuts (undo the document, export…) must not act behind the editor; its own undo and redo do.
  dialog.addEventListener('keydown', (event) => {
    event.stopPropagation();
    const target = event.target;
    const typing = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text');
    if (typing || !(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) void history('undo');
    else if ((key === 'z' && event.shiftKey) || key === 'y') void history('redo');
    else return;
    event.preventDefault();
  });
  studio.store.watch(
    (s) => s.locale,
    () => {
      if (dialog.open) render();
    },
  );

  return {
    element: dialog,
    open: (templateId) => {
      if (!dialog.open) dialog.showModal();
      void load(templateId);
    },
  };
}
