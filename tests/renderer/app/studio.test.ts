/** The studio's actions against an in-memory backend: what reaches the backend, what the window shows, in which order. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStudio, type Studio } from '../../../renderer/src/app/studio.js';
import type { UiLocale } from '../../../renderer/src/i18n/i18n.js';
import { setPinned, toggleIncluded } from '../../../renderer/src/state/selection-edits.js';
import { HuibaoError } from '../../../renderer/src/transport/errors.js';
import { fakeBackend, type FakeBackend } from '../support/fake-api.js';

const slideIds = (studio: Studio): string[] => studio.store.get().preview.deck?.slides.map((slide) => slide.id) ?? [];

describe('the studio’s actions', () => {
  let backend: FakeBackend;
  let studio: Studio;
  let savedLocales: UiLocale[];
  let picks: number;

  beforeEach(async () => {
    backend = fakeBackend();
    savedLocales = [];
    picks = 0;
    studio = createStudio({ api: backend.api, onEvent: backend.onEvent, locale: 'zh', saveLocale: (l) => savedLocales.push(l), pickFile: () => picks++ });
    await studio.start({ localeChosen: false });
  });

  const openSample = async (): Promise<void> => {
    await studio.openSample();
    await vi.waitFor(() => expect(studio.store.get().preview.deck).not.toBeNull());
  };

  it('starts with no document, the app info, templates and the empty state ready', async () => {
    const s = studio.store.get();
    expect(s.started).toBe(true);
    expect(s.doc).toBeNull();
    expect(s.info?.mode).toBe('serve');
    await vi.waitFor(() => expect(studio.store.get().templates.map((t) => t.id)).toEqual(['gov-blue', 'minimal']));
  });

  it('opens the sample: progress, then the outline state and a planned preview', async () => {
    const fractions: number[] = [];
    studio.store.watch((s) => s.opening?.fraction ?? null, (f) => f !== null && fractions.push(f));
    await openSample();
    const s = studio.store.get();
    expect(fractions).toContain(0.5);
    expect(s.opening).toBeNull();
    expect(s.doc?.name).toBe('sample.txt');
    expect([...s.expanded]).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(slideIds(studio)).toContain('pillar:p2');
    expect(backend.argsOf('planDeck')).toHaveLength(1);
  });

  it('sends every change to the backend and re-plans: unticking a pillar removes its slide', async () => {
    await openSample();
    studio.change((c) => ({ ...c, selection: toggleIncluded(c.selection, 'p2') }));
    await vi.waitFor(() => expect(slideIds(studio)).not.toContain('pillar:p2'));
    expect(backend.state().selection.excluded).toEqual(['p2']);
    expect(studio.store.get().preview.timed).toBeGreaterThan(0);
    expect(studio.store.get().preview.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('undoes and redoes choices, and the backend follows', async () => {
    await openSample();
    studio.change((c) => ({ ...c, selection: toggleIncluded(c.selection, 'p2') }));
    studio.setTemplate('minimal');
    await vi.waitFor(() => expect(backend.state().templateId).toBe('minimal'));
    studio.undo();
    await vi.waitFor(() => expect(backend.state().templateId).toBe('gov-blue'));
    expect(backend.state().selection.excluded).toEqual(['p2']);
    studio.undo();
    await vi.waitFor(() => expect(slideIds(studio)).toContain('pillar:p2'));
    studio.redo();
    await vi.waitFor(() => expect(backend.state().selection.excluded).toEqual(['p2']));
  });

  it('records no undo step and sends nothing for a change that changes nothing', async () => {
    await openSample();
    const updates = backend.argsOf('updateDocument').length;
    studio.setPreset('brief');
    studio.change((c) => ({ ...c, selection: setPinned(c.selection, 'p1-s1-m1', false) }));
    await studio.settled();
    expect(studio.store.get().history?.past).toHaveLength(0);
    expect(backend.argsOf('updateDocument')).toHaveLength(updates);
  });

  it('keeps the last good preview and says why when planning fails', async () => {
    await openSample();
    const before = studio.store.get().preview.deck;
    backend.failNext('planDeck', new HuibaoError({ kind: 'internal', message: 'the planner broke' }));
    studio.setPreset('full');
    await vi.waitFor(() => expect(studio.store.get().preview.error).toContain('the planner broke'));
    expect(studio.store.get().preview.deck).toBe(before);
    studio.retryPreview();
    await vi.waitFor(() => expect(studio.store.get().preview.error).toBeNull());
  });

  it('warns that an edit did not reach the backend, and sends it again on retry', async () => {
    await openSample();
    backend.failNext('updateDocument', new HuibaoError({ kind: 'internal', message: 'Huibao is not answering' }));
    studio.setTemplate('minimal');
    await vi.waitFor(() => expect(studio.store.get().notices.map((n) => n.title)).toEqual(['notice.editFailed']));
    expect(backend.state().templateId).toBe('gov-blue');
    studio.retryPreview();
    await vi.waitFor(() => expect(backend.state().templateId).toBe('minimal'));
    await vi.waitFor(() => expect(studio.store.get().preview.error).toBeNull());
  });

  it('shows an open failure as a notice and keeps the open document', async () => {
    await openSample();
    const doc = studio.store.get().doc;
    backend.failNext('openPath', new HuibaoError({ kind: 'input', message: 'not a report', file: 'bad.txt', hint: 'Check the file' }));
    await studio.openPath('/tmp/bad.txt');
    const s = studio.store.get();
    expect(s.doc).toBe(doc);
    expect(s.opening).toBeNull();
    expect(s.notices).toEqual([expect.objectContaining({ tone: 'error', title: 'notice.openFailed', detail: 'bad.txt: not a report', hint: 'Check the file', bug: false })]);
    studio.dismissNotice(s.notices[0]?.id ?? -1);
    expect(studio.store.get().notices).toEqual([]);
  });

  it('exports after the pending edits reached the backend, following its progress', async () => {
    await openSample();
    const phases: string[] = [];
    studio.store.watch((s) => s.exports['handout-pdf'], (job) => phases.push(job.state === 'running' ? `running ${job.fraction}` : job.state));
    studio.setExportOptions({ handoutPerPage: 4, handoutNotes: true });
    studio.change((c) => ({ ...c, selection: toggleIncluded(c.selection, 'p3') }));
    await studio.exportFile('handout-pdf');
    const [args] = backend.argsOf('exportFile') as { handout?: unknown; kind: string }[];
    expect(args).toMatchObject({ kind: 'handout-pdf', handout: { perPage: 4, notes: true } });
    expect(backend.calls.findIndex((c) => c.channel === 'exportFile')).toBeGreaterThan(backend.calls.findIndex((c) => c.channel === 'updateDocument'));
    expect(phases).toEqual(['idle', 'running 0', 'running 0.4', 'done']);
    expect(studio.store.get().exports['handout-pdf']).toMatchObject({ state: 'done', file: { name: 'sample.pdf' } });
  });

  it('reports an export failure on its own row', async () => {
    await openSample();
    backend.failNext('exportFile', new HuibaoError({ kind: 'input', message: 'the folder is read-only' }));
    await studio.exportFile('pptx');
    expect(studio.store.get().exports.pptx).toEqual({ state: 'failed', message: 'the folder is read-only' });
    expect(studio.store.get().exports['summary-pdf']).toEqual({ state: 'idle' });
  });

  it('shows autosave results for the open document only', async () => {
    await openSample();
    const id = studio.store.get().doc?.id ?? '';
    backend.emit('saved', { documentId: id, projectFile: '/data/x.huibao.json', savedAt: '2024-01-01T08:00:00Z' });
    expect(studio.store.get().save).toMatchObject({ state: 'saved', projectFile: '/data/x.huibao.json' });
    backend.emit('saved', { documentId: id, projectFile: null, savedAt: '2024-01-01T08:01:00Z', error: 'disk full' });
    expect(studio.store.get().save).toMatchObject({ state: 'failed', error: 'disk full', at: '2024-01-01T08:00:00Z' });
    backend.emit('saved', { documentId: 'other', projectFile: null, savedAt: '2024-01-01T08:02:00Z' });
    expect(studio.store.get().save.state).toBe('failed');
  });

  it('runs menu commands: open asks the page for a file (no native dialog here), export exports', async () => {
    await openSample();
    backend.emit('command', { command: 'open' });
    expect(picks).toBe(1);
    backend.emit('command', { command: 'export', kind: 'summary-pdf' });
    await vi.waitFor(() => expect(studio.store.get().exports['summary-pdf'].state).toBe('done'));
  });

  it('follows the outline to the slide of the chosen pillar or number', async () => {
    await openSample();
    studio.setActive('p3-s2-m1');
    expect(slideIds(studio)[studio.store.get().preview.slideIndex]).toBe('pillar:p3');
    studio.moveSlide(-1);
    expect(slideIds(studio)[studio.store.get().preview.slideIndex]).toBe('pillar:p2');
    studio.setSlide(99);
    expect(studio.store.get().preview.slideIndex).toBe(slideIds(studio).length - 1);
  });

  it('switches language and remembers the choice', () => {
    studio.setLocale('en');
    expect(studio.store.get().locale).toBe('en');
    expect(savedLocales).toEqual(['en']);
  });
});
