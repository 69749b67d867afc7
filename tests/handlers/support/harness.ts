/** A HandlerContext over temporary folders, with captured events, for driving handlers without Electron. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppInfo, ChannelName, ArgsIn, EventName, EventOf, ResultOf, ExportKind } from '../../../main/contract.js';
import type { ExportTarget, HandlerContext, Platform } from '../../../main/handlers/context.js';
import { createHandlerContext } from '../../../main/handlers/create-context.js';
import { createDispatch } from '../../../main/handlers/dispatch.js';
import { handlers } from '../../../main/handlers/index.js';
import { inlineJobs } from '../../../main/handlers/worker-jobs.js';
import type { Jobs } from '../../../main/handlers/jobs.js';
import { fakeEngine } from './fake-engine.js';

export const SAMPLE_JSON = path.resolve('assets/samples/baiyangba-2023-q1q3.report.json');

export interface Captured {
  readonly events: { event: EventName; payload: unknown }[];
  readonly errors: { channel: string; error: unknown }[];
  of<E extends EventName>(event: E): EventOf<E>[];
}

export function tempDir(prefix = 'huibao-handlers-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface Harness {
  readonly ctx: HandlerContext;
  readonly captured: Captured;
  readonly userDataDir: string;
  readonly engine: ReturnType<typeof fakeEngine>;
  /** Call a channel as a window would: through the dispatcher, throwing the wire error on failure. */
  call<K extends ChannelName>(channel: K, args?: ArgsIn<K>): Promise<ResultOf<K>>;
  /** The raw Reply, for tests about refusals. */
  raw(channel: unknown, args?: unknown): ReturnType<ReturnType<typeof createDispatch>>;
}

export interface HarnessOptions {
  readonly platform?: Partial<Platform>;
  readonly jobs?: Jobs;
  readonly mode?: AppInfo['mode'];
  readonly userDataDir?: string;
}

export class WireFailure extends Error {
  constructor(readonly wire: { kind: string; message: string; file?: string; hint?: string }) {
    super(wire.message);
  }
}

export function harness(options: HarnessOptions = {}): Harness {
  const userDataDir = options.userDataDir ?? tempDir('huibao-userdata-');
  const outDir = tempDir('huibao-out-');
  const events: Captured['events'] = [];
  const errors: Captured['errors'] = [];
  const engine = fakeEngine();
  const platform: Platform = {
    exportTarget: async (name: string, _kind: ExportKind): Promise<ExportTarget | null> => ({ path: path.join(outDir, name), downloadUrl: null }),
    ...options.platform,
  };
  const ctx = createHandlerContext({
    info: { name: 'Huibao', version: '0.0.0-test', locale: 'zh-CN', platform: process.platform, mode: options.mode ?? 'serve', features: { nativeDialogs: false, showInFolder: false, dropPaths: false } },
    userDataDir,
    sampleFile: SAMPLE_JSON,
    jobs: options.jobs ?? inlineJobs(),
    engine,
    platform,
    emit: (event, payload) => events.push({ event, payload }),
    logError: (channel, error) => errors.push({ channel, error }),
  });
  const dispatch = createDispatch(handlers, ctx);
  const captured: Captured = { events, errors, of: (event) => events.filter((e) => e.event === event).map((e) => e.payload as never) };
  return {
    ctx,
    captured,
    userDataDir,
    engine,
    raw: (channel, args) => dispatch(channel, args),
    call: async (channel, args) => {
      const reply = await dispatch(channel, args ?? {});
      if (!reply.ok) throw new WireFailure(reply.error);
      return reply.value as never;
    },
  };
}
