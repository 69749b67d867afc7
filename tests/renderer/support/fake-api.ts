/**
 * An in-memory backend behind the renderer's `Api` type, for testing the studio's actions without a window or a
 * server: it keeps the document state that updateDocument sends, plans a small deck from it (a title slide and one
 * slide per included pillar, in the chosen order), emits progress events, and records every call. Any channel can be
 * made to fail once.
 */
import type { AppInfo, DocumentState, DocumentView, EventName, EventOf, ExportedFile, PlannedDeck, TemplateInfo, WireSlide } from '../../../main/contract.js';
import { channelNames } from '../../../main/contract/channels.js';
import { applySelection } from '../../../main/engine/selection/apply.js';
import { SelectionSchema } from '../../../main/engine/selection/schema.js';
import type { Api } from '../../../renderer/src/transport/types.js';
import { HuibaoError } from '../../../renderer/src/transport/errors.js';
import { paragraph, textElement } from './hand-made.js';
import { sampleReport, selectionOf } from './sample.js';

type Channel = keyof Api;

export interface FakeBackend {
  readonly api: Api;
  readonly calls: { readonly channel: Channel; readonly args: unknown }[];
  readonly onEvent: <E extends EventName>(event: E, listener: (payload: EventOf<E>) => void) => () => void;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  failNext(channel: Channel, error: HuibaoError): void;
  state(): DocumentState;
  /** Calls of one channel, in order. */
  argsOf(channel: Channel): unknown[];
}

export const fakeInfo: AppInfo = { name: 'Huibao', version: 'test', locale: 'zh-CN', platform: 'linux', mode: 'serve', features: { nativeDialogs: false, showInFolder: false, dropPaths: false } };

const templates: TemplateInfo[] = [
  { id: 'gov-blue', name: { zh: '政务蓝', en: 'Government blue' }, description: { zh: '', en: '' }, thumbnail: null, size: { w: 13.333, h: 7.5 } },
  { id: 'minimal', name: { zh: '简约', en: 'Minimal' }, description: { zh: '', en: '' }, thumbnail: null, size: { w: 13.333, h: 7.5 } },
];

const slide = (id: string, title: string, sourceId?: string): WireSlide => ({
  kind: sourceId ? 'pillar' : 'title',
  id,
  ...(sourceId ? { sourceId } : {}),
  background: 'FFFFFF',
  elements: [textElement([paragraph([title])], { id: `${id}-title`, role: 'title' })],
  notes: '',
});

export function fakeBackend(): FakeBackend {
  const calls: FakeBackend['calls'][number][] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const failures = new Map<Channel, HuibaoError>();
  let documents = 0;
  let current: { id: string; state: DocumentState } | null = null;

  const emit = <E extends EventName>(event: E, payload: EventOf<E>): void => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const record = (channel: Channel, args: unknown): void => {
    calls.push({ channel, args });
    const failure = failures.get(channel);
    if (failure) {
      failures.delete(channel);
      throw failure;
    }
  };
  const open = (name: string, jobId: string | undefined): DocumentView => {
    if (jobId) emit('progress', { jobId, fraction: 0.5, phase: 'import' });
    current = { id: `doc-${++documents}`, state: { templateId: 'gov-blue', selection: selectionOf(), revision: 0 } };
    return { id: current.id, name, path: null, format: 'json', report: sampleReport, state: current.state, notes: [], projectFile: `/data/${name}.huibao.json` };
  };
  const requireDoc = (documentId: string): { id: string; state: DocumentState } => {
    if (!current || current.id !== documentId) throw new HuibaoError({ kind: 'input', message: 'that document is no longer open' });
    return current;
  };
  const plan = (documentId: string): PlannedDeck => {
    const doc = requireDoc(documentId);
    const report = applySelection(sampleReport, doc.state.selection);
    return {
      documentId,
      revision: doc.state.revision,
      warnings: [],
      deck: {
        title: report.title,
        author: '',
        lang: 'zh-CN',
        size: { w: 13.333, h: 7.5 },
        fonts: { latin: 'Microsoft YaHei', eastAsian: 'Microsoft YaHei' },
        templateId: doc.state.templateId,
        slides: [slide('title', report.title), ...report.pillars.map((pillar) => slide(`pillar:${pillar.id}`, pillar.title, pillar.id))],
      },
    };
  };

  const implemented: Partial<Api> = {
    appInfo: async () => (record('appInfo', {}), fakeInfo),
    getDocument: async () => (record('getDocument', {}), null),
    openSample: async (args) => (record('openSample', args), open('sample.txt', args?.jobId)),
    openPath: async (args) => (record('openPath', args), open(args.path.split('/').pop() ?? args.path, args.jobId)),
    openBytes: async (args) => (record('openBytes', args), open(args.name, args.jobId)),
    openDialog: async (args) => (record('openDialog', args), null),
    updateDocument: async (args) => {
      record('updateDocument', args);
      const doc = requireDoc(args.documentId);
      doc.state = { templateId: args.templateId ?? doc.state.templateId, selection: SelectionSchema.parse(args.selection ?? doc.state.selection), revision: doc.state.revision + 1 };
      return doc.state;
    },
    planDeck: async (args) => (record('planDeck', args), plan(args.documentId)),
    listTemplates: async () => (record('listTemplates', {}), templates),
    listRecent: async () => (record('listRecent', {}), []),
    exportFile: async (args): Promise<ExportedFile | null> => {
      record('exportFile', args);
      requireDoc(args.documentId);
      if (args.jobId) emit('progress', { jobId: args.jobId, fraction: 0.4, phase: 'build' });
      const name = `sample.${args.kind === 'pptx' ? 'pptx' : 'pdf'}`;
      return { path: `/out/${name}`, name, bytes: 1234, downloadUrl: `/download/${name}` };
    },
    showInFolder: async (args) => (record('showInFolder', args), null),
  };
  // Channels the studio's actions do not use answer with a loud failure, so a test notices if they start to.
  const api = Object.fromEntries(
    channelNames.map((name) => [
      name,
      implemented[name] ??
        (async () => {
          throw new Error(`the fake backend does not answer "${name}"`);
        }),
    ]),
  ) as unknown as Api;

  return {
    api,
    calls,
    onEvent: (event, listener) => {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: unknown) => void);
      return () => void set.delete(listener as (payload: unknown) => void);
    },
    emit,
    failNext: (channel, error) => void failures.set(channel, error),
    state: () => {
      if (!current) throw new Error('no document open');
      return current.state;
    },
    argsOf: (channel) => calls.filter((call) => call.channel === channel).map((call) => call.args),
  };
}
