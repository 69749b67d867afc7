/**
 * The studio's actions: opening reports, editing choices with undo/redo, keeping the preview in step, exporting,
 * and listening to the backend's events. Everything goes through the typed `api` given to it (the real one in the
 * window, a fake in tests) and every result lands in the one store the views draw from.
 */
import type { AppInfo, DocumentView, ExportKind, PlannedDeck } from '../../../main/contract.js';
import type { Preset } from '../../../main/engine/selection/schema.js';
import type { Api } from '../transport/types.js';
import type { EventName, EventOf } from '../../../main/contract.js';
import { EXPORT_KINDS, failed, finished, isRunning, progressed, started } from '../export/export-jobs.js';
import { setLocale, type MessageKey, type UiLocale } from '../i18n/i18n.js';
import { parentIds } from '../outline/outline-model.js';
import { createPreviewSync, type PreviewSync } from '../preview/preview-sync.js';
import { sameChoices, type Choices } from '../state/choices.js';
import { canRedo, canUndo, commit, historyOf, redo, undo } from '../state/history.js';
import { createStore, type Store } from '../state/store.js';
import { describeError } from './describe-error.js';
import { emptyPreview, initialState, type ExportOptions, type Notice, type StudioState } from './studio-state.js';
import { slideIndexFor, slideIndexOfItem } from './slide-index.js';

export interface StudioDeps {
  readonly api: Api;
  readonly onEvent: <E extends EventName>(event: E, listener: (payload: EventOf<E>) => void) => () => void;
  readonly locale: UiLocale;
  /** Remember the user's language choice (localStorage in the window). */
  readonly saveLocale?: (locale: UiLocale) => void;
  readonly now?: () => number;
  /** Runs after the next paint, to time the preview as the user sees it. */
  readonly afterPaint?: (callback: () => void) => void;
  /** Asks the page to show a file picker (serve: no native dialog). */
  readonly pickFile?: () => void;
}

export type Studio = ReturnType<typeof createStudio>;

let jobCounter = 0;
const newJobId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(jobCounter++).toString(36)}`;

export function createStudio(deps: StudioDeps) {
  const { api } = deps;
  const now = deps.now ?? (() => performance.now());
  const store: Store<StudioState> = createStore(initialState(deps.locale));
  setLocale(deps.locale);
  let noticeId = 0;

  const update = (change: (state: StudioState) => StudioState): void => store.update(change);

  function notify(tone: Notice['tone'], title: MessageKey, extra: Omit<Notice, 'id' | 'tone' | 'title'> = {}): void {
    const notice: Notice = { id: ++noticeId, tone, title, ...extra };
    update((s) => ({ ...s, notices: [...s.notices.filter((n) => n.title !== title), notice] }));
  }

  function notifyError(title: MessageKey, error: unknown): void {
    const words = describeError(error);
    notify('error', title, { detail: words.detail, bug: words.bug, ...(words.hint === undefined ? {} : { hint: words.hint }) });
  }

  const sync: PreviewSync = createPreviewSync({
    backend: {
      update: ({ documentId, choices }) => api.updateDocument({ documentId, templateId: choices.templateId, selection: choices.selection }),
      plan: (documentId) => api.planDeck({ documentId }),
    },
    read: () => {
      const s = store.get();
      return s.doc && s.history ? { documentId: s.doc.id, choices: s.history.present } : null;
    },
    onPlanned: (planned, changedAt, backendMs) => showPlan(planned, changedAt, backendMs),
    onError: (error, call) => {
      update((s) => ({ ...s, preview: { ...s.preview, error: describeError(error).detail } }));
      // The edit is safe in this window, but the backend (and so the autosave) does not have it: say so.
      if (call === 'update') notifyError('notice.editFailed', error);
    },
    onStatus: (status) => update((s) => ({ ...s, preview: { ...s.preview, status } })),
    now,
  });

  function showPlan(planned: PlannedDeck, changedAt: number | null, backendMs: number): void {
    update((s) => {
      const previous = s.preview.deck?.slides[s.preview.slideIndex]?.id ?? null;
      const slideIndex = slideIndexFor(planned.deck.slides, previous, s.preview.slideIndex);
      return { ...s, preview: { ...s.preview, deck: planned.deck, warnings: planned.warnings, error: null, slideIndex } };
    });
    if (changedAt === null) return;
    const record = (): void =>
      update((s) => ({ ...s, preview: { ...s.preview, latencyMs: Math.round(now() - changedAt), backendMs: Math.round(backendMs), timed: s.preview.timed + 1 } }));
    if (deps.afterPaint) deps.afterPaint(record);
    else record();
  }

  // ---- opening ------------------------------------------------------------------------------------------------

  function adopt(doc: DocumentView): void {
    const choices: Choices = { templateId: doc.state.templateId, selection: doc.state.selection };
    update((s) => ({
      ...s,
      doc,
      history: historyOf(choices),
      opening: null,
      expanded: new Set(parentIds(doc.report, 'pillars')),
      activeId: doc.report.pillars[0]?.id ?? null,
      preview: emptyPreview(),
      save: { state: 'idle', at: null, projectFile: doc.projectFile, error: null },
      notices: s.notices.filter((notice) => notice.tone !== 'error'),
    }));
    for (const note of doc.notes) announceNote(note);
    sync.replan();
    void refreshTemplates();
    void refreshRecent();
  }

  function announceNote(note: DocumentView['notes'][number]): void {
    switch (note.code) {
      case 'restored':
        return notify('info', 'notice.restored', { params: { time: formatTime(note.savedAt, store.get().locale) } });
      case 'dropped-unknown':
        return notify('info', 'notice.droppedUnknown', { params: { count: note.count } });
      case 'report-changed':
        return notify('info', 'notice.reportChanged');
      case 'recovered-from-backup':
        return notify('info', 'notice.recoveredFromBackup');
      case 'project-unreadable':
        return notify('error', 'notice.projectUnreadable', { params: { detail: note.detail } });
      case 'template-missing':
        return notify('info', 'notice.templateMissing', { params: { templateId: note.templateId } });
    }
  }

  async function opening(name: string | null, open: (jobId: string) => Promise<DocumentView | null>): Promise<void> {
    const jobId = newJobId('open');
    const before = store.get().opening;
    update((s) => ({ ...s, opening: { jobId, fraction: 0, name } }));
    try {
      const doc = await open(jobId);
      if (doc) adopt(doc);
      else update((s) => ({ ...s, opening: before }));
    } catch (error) {
      update((s) => ({ ...s, opening: null }));
      notifyError('notice.openFailed', error);
    }
  }

  const openSample = (): Promise<void> => opening(null, (jobId) => api.openSample({ jobId }));
  const openPath = (path: string): Promise<void> => opening(path.split(/[\\/]/).pop() ?? path, (jobId) => api.openPath({ path, jobId }));

  /** Ctrl+O and the Open buttons: the native dialog in Electron, the page's file picker in a browser. */
  function requestOpen(): void {
    if (store.get().info?.features.nativeDialogs) void opening(null, (jobId) => api.openDialog({ jobId }));
    else deps.pickFile?.();
  }

  async function refreshTemplates(): Promise<void> {
    try {
      const templates = await api.listTemplates();
      update((s) => ({ ...s, templates }));
    } catch (error) {
      notifyError('notice.unexpected', error);
    }
  }

  async function refreshRecent(): Promise<void> {
    try {
      const recent = await api.listRecent();
      update((s) => ({ ...s, recent }));
    } catch {
      // The recent list is a convenience: the window works without it.
    }
  }

  // ---- choices ------------------------------------------------------------------------------------------------

  function change(edit: (choices: Choices) => Choices): void {
    const history = store.get().history;
    if (!history) return;
    const next = commit(history, edit(history.present), sameChoices);
    if (next === history) return;
    update((s) => ({ ...s, history: next }));
    sync.changed();
  }

  function step(direction: 'undo' | 'redo'): void {
    const history = store.get().history;
    if (!history || (direction === 'undo' ? !canUndo(history) : !canRedo(history))) return;
    update((s) => ({ ...s, history: direction === 'undo' ? undo(history) : redo(history) }));
    sync.changed();
  }

  const setTemplate = (templateId: string): void => change((c) => (c.templateId === templateId ? c : { ...c, templateId }));
  const setPreset = (preset: Preset): void => change((c) => (c.selection.preset === preset ? c : { ...c, selection: { ...c.selection, preset } }));

  // ---- navigation ---------------------------------------------------------------------------------------------

  function setSlide(index: number): void {
    update((s) => {
      const count = s.preview.deck?.slides.length ?? 0;
      const slideIndex = Math.min(Math.max(index, 0), Math.max(count - 1, 0));
      return slideIndex === s.preview.slideIndex ? s : { ...s, preview: { ...s.preview, slideIndex } };
    });
  }

  const moveSlide = (delta: number): void => setSlide(store.get().preview.slideIndex + delta);

  /** Following the outline: the slide that shows this pillar or section (the first, when it continues). */
  function setActive(id: string | null): void {
    update((s) => {
      if (s.activeId === id) return s;
      const target = id && s.doc ? slideIndexOfItem(s.doc.report, s.preview.deck?.slides ?? [], id) : -1;
      return { ...s, activeId: id, preview: target < 0 ? s.preview : { ...s.preview, slideIndex: target } };
    });
  }


  function setExpanded(id: string, expanded: boolean): void {
    update((s) => {
      if (s.expanded.has(id) === expanded) return s;
      const next = new Set(s.expanded);
      if (expanded) next.add(id);
      else next.delete(id);
      return { ...s, expanded: next };
    });
  }

  function expandAll(all: boolean): void {
    update((s) => (s.doc ? { ...s, expanded: new Set(all ? parentIds(s.doc.report, 'all') : []) } : s));
  }

  // ---- export -------------------------------------------------------------------------------------------------

  async function exportFile(kind: ExportKind): Promise<void> {
    const s = store.get();
    if (!s.doc || isRunning(s.exports, kind)) return;
    const documentId = s.doc.id;
    const jobId = newJobId(kind);
    update((state) => ({ ...state, exports: started(state.exports, kind, jobId) }));
    try {
      // The export reads the document's state in the backend: make sure the latest edits are there.
      await sync.settled();
      const options = store.get().exportOptions;
      const file = await api.exportFile({
        documentId,
        kind,
        jobId,
        ...(kind === 'handout-pdf' ? { handout: { perPage: options.handoutPerPage, notes: options.handoutNotes } } : {}),
        ...(kind === 'summary-pdf' ? { summary: { toc: options.summaryToc } } : {}),
      });
      update((state) => ({ ...state, exports: finished(state.exports, kind, jobId, file) }));
    } catch (error) {
      update((state) => ({ ...state, exports: failed(state.exports, kind, jobId, describeError(error).detail) }));
    }
  }

  async function showInFolder(path: string): Promise<void> {
    try {
      await api.showInFolder({ path });
    } catch (error) {
      notifyError('notice.showFailed', error);
    }
  }

  const setExportOptions = (options: Partial<ExportOptions>): void => update((s) => ({ ...s, exportOptions: { ...s.exportOptions, ...options } }));

  // ---- events and start ---------------------------------------------------------------------------------------

  function listen(): void {
    deps.onEvent('progress', ({ jobId, fraction, phase }) => {
      update((s) => {
        if (s.opening?.jobId === jobId) return { ...s, opening: { ...s.opening, fraction: Math.max(s.opening.fraction, fraction) } };
        const exports = progressed(s.exports, jobId, fraction, phase);
        return exports === s.exports ? s : { ...s, exports };
      });
    });
    deps.onEvent('saved', (saved) => {
      update((s) => {
        if (s.doc?.id !== saved.documentId) return s;
        return saved.error === undefined
          ? { ...s, save: { state: 'saved', at: saved.savedAt, projectFile: saved.projectFile, error: null } }
          : { ...s, save: { state: 'failed', at: s.save.at, projectFile: saved.projectFile, error: saved.error } };
      });
    });
    deps.onEvent('command', (command) => {
      switch (command.command) {
        case 'open':
          return requestOpen();
        case 'open-path':
          return void openPath(command.path);
        case 'open-sample':
          return void openSample();
        case 'export':
          return void exportFile(command.kind);
      }
    });
  }

  async function start(options: { readonly localeChosen: boolean }): Promise<void> {
    listen();
    let info: AppInfo;
    try {
      info = await api.appInfo();
    } catch (error) {
      update((s) => ({ ...s, started: true }));
      notifyError('notice.startFailed', error);
      return;
    }
    // In the desktop app the system's language decides, unless the user picked one in the window.
    if (!options.localeChosen && info.mode === 'electron') changeLocale(info.locale === 'en' ? 'en' : 'zh', false);
    update((s) => ({ ...s, info }));
    void refreshTemplates();
    void refreshRecent();
    try {
      const doc = await api.getDocument();
      if (doc) adopt(doc);
    } catch (error) {
      notifyError('notice.openFailed', error);
    } finally {
      update((s) => ({ ...s, started: true }));
    }
  }

  function changeLocale(locale: UiLocale, remember = true): void {
    setLocale(locale);
    if (remember) deps.saveLocale?.(locale);
    update((s) => (s.locale === locale ? s : { ...s, locale }));
  }

  return {
    store,
    start,
    notify,
    notifyError,
    dismissNotice: (id: number) => update((s) => ({ ...s, notices: s.notices.filter((notice) => notice.id !== id) })),
    openSample,
    openPath,
    openFile: (name: string, open: (jobId: string) => Promise<DocumentView>) => opening(name, open),
    requestOpen,
    change,
    undo: () => step('undo'),
    redo: () => step('redo'),
    setTemplate,
    setPreset,
    setSlide,
    moveSlide,
    setActive,
    setExpanded,
    expandAll,
    /** Sends the choices again and re-plans: after a failure either may be what is missing. */
    retryPreview: () => sync.changed(),
    exportFile,
    exportKinds: EXPORT_KINDS,
    showInFolder,
    setExportOptions,
    setLocale: changeLocale,
    setDropActive: (dropActive: boolean) => update((s) => (s.dropActive === dropActive ? s : { ...s, dropActive })),
    settled: () => sync.settled(),
  };
}

/** "14:05:09" in the UI language's clock style, from an ISO time. */
export function formatTime(iso: string, locale: UiLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
