/**
 * Each user pack's edit history, kept by the process that owns the files: a list of whole file sets (edits never
 * change a set in place), the one on disk being `states[index]`. Undo and redo save an earlier or later set; reset
 * saves the original as a new step, so it can be undone too. The original — the pack as it was duplicated — is
 * kept as an archive beside the packs (`templates/.originals/<id>.zip`: hidden, so no listing takes it for a pack),
 * so "reset" still works after a restart and the editor writes nothing outside the templates folder.
 * Edits to one pack are run one after another: two quick colour picks must not both start from the same state.
 * A pack changed outside the window (by hand, or by "huibao templates") is read again before the next step, so an
 * edit never overwrites that change.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { resolveInside, writeFileAtomic } from '../cli/node-ports.js';
import { exportPackArchive, importPackArchive, samePackFiles, type PackFiles } from '../engine/template-library/index.js';
import { readPackFolder, saveUserPack, userTemplatesDir } from '../node/user-templates.js';
import type { HandlerContext } from './context.js';
import type { HistoryState } from './template-source-view.js';
import { packStamp } from './user-pack-cache.js';

/** Enough to undo a long session of small edits; each step holds the pack's files (images are shared, not copied). */
const MAX_STEPS = 100;
export const ORIGINALS_FOLDER = '.originals';

interface PackHistory {
  states: PackFiles[];
  index: number;
  readonly original: PackFiles;
  queue: Promise<unknown>;
  /** The pack folder's stamp when this history last read or wrote it (see folderStamp). */
  stamp: string;
  /** What the last edit was (e.g. "color:primary") and when, so a run of the same edit can be one step. */
  last?: { readonly key: string; readonly at: number } | undefined;
}

/** Edits of one field this close together (a colour dragged across the picker) make one undo step. */
export const COALESCE_MS = 2000;

const histories = new WeakMap<HandlerContext, Map<string, Promise<PackHistory>>>();

export function originalArchive(userDataDir: string, id: string): string {
  return resolveInside(path.join(userTemplatesDir(userDataDir), ORIGINALS_FOLDER), `${id}.zip`);
}

/** Called when a pack is duplicated: its first state is its original. */
export async function rememberOriginal(ctx: HandlerContext, id: string, files: PackFiles): Promise<void> {
  await writeFileAtomic(originalArchive(ctx.userDataDir, id), await exportPackArchive(files, id));
  const stamp = await folderStamp(ctx.userDataDir, id);
  packs(ctx).set(id, Promise.resolve({ states: [files], index: 0, original: files, queue: Promise.resolve(), stamp }));
}

export async function forgetPack(ctx: HandlerContext, id: string): Promise<void> {
  packs(ctx).delete(id);
  await fs.rm(originalArchive(ctx.userDataDir, id), { force: true });
}

export interface HistoryStep {
  readonly files: PackFiles;
  readonly state: HistoryState;
}

/** The pack's current files and history state (loaded from its folder on first use). */
export function current(ctx: HandlerContext, id: string): Promise<HistoryStep> {
  return withHistory(ctx, id, async (history) => step(history));
}

/**
 * Run `change` on the current files; a set it returns is saved (atomically) and becomes the next step, `undefined`
 * leaves everything as it was. The result says what `change` answered besides.
 */
export function edit<T>(
  ctx: HandlerContext,
  id: string,
  change: (files: PackFiles, history: { readonly original: PackFiles }) => Promise<{ files?: PackFiles; value: T }>,
  /** Edits with the same key in quick succession replace each other's step instead of adding one each. */
  coalesce?: string,
  now: () => number = Date.now,
): Promise<{ step: HistoryStep; value: T }> {
  return withHistory(ctx, id, async (history) => {
    const { files, value } = await change(history.states[history.index] ?? history.original, history);
    if (files) {
      await saveUserPack(ctx.userDataDir, id, files, { replace: true });
      const at = now();
      const last = history.last;
      const atEnd = history.index === history.states.length - 1 && history.index > 0;
      if (coalesce !== undefined && last?.key === coalesce && at - last.at < COALESCE_MS && atEnd) history.states = [...history.states.slice(0, history.index), files];
      else history.states = [...history.states.slice(0, history.index + 1), files].slice(-MAX_STEPS);
      history.index = history.states.length - 1;
      history.stamp = await folderStamp(ctx.userDataDir, id);
      history.last = coalesce === undefined ? undefined : { key: coalesce, at };
    }
    return { step: step(history), value };
  });
}

/** Move through the history by `delta` (-1 undo, +1 redo); at either end nothing changes. */
export function move(ctx: HandlerContext, id: string, delta: -1 | 1): Promise<HistoryStep> {
  return withHistory(ctx, id, async (history) => {
    const target = history.index + delta;
    const files = history.states[target];
    if (files) {
      await saveUserPack(ctx.userDataDir, id, files, { replace: true });
      history.index = target;
      history.stamp = await folderStamp(ctx.userDataDir, id);
    }
    // After undo or redo the next colour pick is a step of its own.
    history.last = undefined;
    return step(history);
  });
}

function step(history: PackHistory): HistoryStep {
  const files = history.states[history.index] ?? history.original;
  return { files, state: { canUndo: history.index > 0, canRedo: history.index < history.states.length - 1, modified: !samePackFiles(files, history.original) } };
}

function packs(ctx: HandlerContext): Map<string, Promise<PackHistory>> {
  let map = histories.get(ctx);
  if (!map) histories.set(ctx, (map = new Map()));
  return map;
}

function withHistory<T>(ctx: HandlerContext, id: string, run: (history: PackHistory) => Promise<T>): Promise<T> {
  let loading = packs(ctx).get(id);
  if (!loading) {
    loading = load(ctx, id);
    loading.catch(() => packs(ctx).delete(id));
    packs(ctx).set(id, loading);
  }
  return loading.then((history) => {
    const next = history.queue.then(async () => {
      await catchUp(ctx, id, history);
      return run(history);
    });
    // The queue goes on after a failed edit: the failure belongs to that call alone.
    history.queue = next.catch(() => undefined);
    return next;
  });
}

async function load(ctx: HandlerContext, id: string): Promise<PackHistory> {
  const stamp = await folderStamp(ctx.userDataDir, id);
  const files = await readPackFolder(packFolder(ctx.userDataDir, id), id);
  const original = await readOriginal(ctx.userDataDir, id);
  return { states: [files], index: 0, original: original ?? files, queue: Promise.resolve(), stamp };
}

const packFolder = (userDataDir: string, id: string): string => resolveInside(userTemplatesDir(userDataDir), id);

/** Changes whenever the pack folder is replaced or a file in it changes (see user-pack-cache.ts). */
async function folderStamp(userDataDir: string, id: string): Promise<string> {
  return (await packStamp(packFolder(userDataDir, id))) ?? '';
}

/**
 * The pack was changed outside this window (by hand, or "huibao templates"): what is on disk becomes the next step,
 * so the next edit starts from it instead of overwriting it, and undo still leads back to what was here before.
 */
async function catchUp(ctx: HandlerContext, id: string, history: PackHistory): Promise<void> {
  const stamp = await folderStamp(ctx.userDataDir, id);
  if (stamp === history.stamp) return;
  const files = await readPackFolder(packFolder(ctx.userDataDir, id), id);
  history.stamp = stamp;
  const here = history.states[history.index];
  if (here && samePackFiles(here, files)) return;
  history.states = [...history.states.slice(0, history.index + 1), files].slice(-MAX_STEPS);
  history.index = history.states.length - 1;
}

/** The saved original, or undefined (a pack imported or made by hand has none: its first state here stands in). */
async function readOriginal(userDataDir: string, id: string): Promise<PackFiles | undefined> {
  const bytes = await fs.readFile(originalArchive(userDataDir, id)).catch(() => undefined);
  if (!bytes) return undefined;
  try {
    return (await importPackArchive(new Uint8Array(bytes), { label: `${id}.zip`, existing: [] })).files;
  } catch {
    return undefined;
  }
}
