/**
 * Properties of shared template pack archives (main/engine/template-library/archive-import.ts and zip-reader.ts):
 * a real exported pack with its bytes damaged in any way, an archive with hostile entry names (zip-slip), and plain
 * noise each give a checked pack or a clean InputError, in bounded time — and whatever is accepted holds only safe
 * relative paths and stays under the size cap. The broken variant is a naive reader that takes JSZip's names as they
 * are: the same property must catch it letting `../` through.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportPackArchive } from '../../main/engine/template-library/archive-export.js';
import { importPackArchive } from '../../main/engine/template-library/archive-import.js';
import { PACK_LIMITS } from '../../main/engine/template-library/limits.js';
import type { PackFiles } from '../../main/engine/template-library/pack-files.js';
import { awkwardString } from './support/arbitraries.js';
import { expectCleanOutcome, fuzz, type FuzzProperty } from './support/fuzz.js';

function readPack(folder: string): PackFiles {
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(folder, full).split(path.sep).join('/'), new Uint8Array(readFileSync(full)));
    }
  };
  walk(folder);
  return files;
}

const minimal = readPack(fileURLToPath(new URL('../../templates/minimal', import.meta.url)));
const exported = exportPackArchive(minimal, 'minimal');

/** What an accepted pack may hold: plain relative paths inside the pack, within the size cap. */
function safeNames(names: Iterable<string>): void {
  let count = 0;
  for (const name of names) {
    count++;
    if (name.length === 0 || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.includes('\\') || name.includes('\0') || name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
      throw new Error(`an accepted pack holds the path ${JSON.stringify(name)}`);
    }
  }
  if (count > PACK_LIMITS.maxFiles) throw new Error(`an accepted pack holds ${count} files`);
}

async function importsSafely(bytes: Uint8Array): Promise<void> {
  const outcome = await expectCleanOutcome(() => importPackArchive(bytes, { label: 'shared.zip', existing: [] }));
  if (!outcome.ok) return;
  safeNames(outcome.value.files.keys());
  const total = [...outcome.value.files.values()].reduce((n, data) => n + data.length, 0);
  if (total > PACK_LIMITS.maxTotalBytes) throw new Error(`an accepted pack holds ${total} bytes`);
}

/** The exported archive with `edits` applied: overwrite bytes, cut the end, or insert noise. */
const damaged = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 8 }),
    fc.constantFrom<'flip' | 'cut' | 'insert'>('flip', 'flip', 'cut', 'insert'),
    fc.uint8Array({ maxLength: 16 }),
  )
  .map(([edits, how, noise]) => ({ edits, how, noise }));

const hostileNames = fc.oneof(
  fc.constantFrom('../evil.hbs', '../../../../tmp/evil.hbs', '/etc/evil.hbs', 'C:/evil.hbs', 'c:evil.hbs', 'text\\..\\..\\evil.hbs', 'text/../../evil.hbs', './template.json', 'text//title.hbs', 'text/\0.hbs', 'TEXT/TITLE.HBS', 'text/title.hbs/', '__MACOSX/._x', '.DS_Store', 'assets/' + 'a'.repeat(300) + '.png'),
  awkwardString(20),
  fc.array(fc.constantFrom('..', '.', 'text', 'assets', '', 'x.hbs'), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/')),
);

/** The minimal pack zipped by another tool, with one file renamed (or one added) under a hostile name. */
const withHostileEntry = fc.tuple(hostileNames, fc.boolean(), fc.nat()).map(async ([name, add, pick]) => {
  const zip = new JSZip();
  const entries = [...minimal.entries()];
  const victim = pick % entries.length;
  entries.forEach(([file, data], index) => zip.file(index === victim && !add ? name : file, data, { createFolders: false }));
  if (add) zip.file(name, 'TOPSECRET', { createFolders: false });
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
});

/** Deliberately wrong: an importer that trusts the archive's own names, as `JSZip.loadAsync` reports them. */
async function naiveImport(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  safeNames(Object.values(zip.files).filter((file) => !file.dir).map((file) => (file as unknown as { unsafeOriginalName?: string }).unsafeOriginalName ?? file.name));
}

export const properties: Record<string, FuzzProperty> = {
  // The acceptance side: archives made by another zip tool, names untouched, must import (so the checks above see
  // accepted packs too, not only refusals).
  'importPackArchive: the pack zipped by another tool imports': fuzz(fc.constantFrom('DEFLATE' as const, 'STORE' as const), async (compression) => {
    const zip = new JSZip();
    for (const [file, data] of minimal) zip.file(file, data);
    const imported = await importPackArchive(new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression })), { label: 'shared.zip', existing: [] });
    safeNames(imported.files.keys());
    if (imported.files.size !== minimal.size) throw new Error(`imported ${imported.files.size} of ${minimal.size} files`);
  }),
  'importPackArchive: a real pack archive damaged in any way gives a checked pack or a clean error': fuzz(damaged, async ({ edits, how, noise }) => {
    const bytes = new Uint8Array(await exported);
    let damagedBytes: Uint8Array = bytes;
    if (how === 'flip') for (const [at, value] of edits) bytes[at % bytes.length] = value;
    else if (how === 'cut') damagedBytes = bytes.subarray(0, edits[0]![0] % bytes.length);
    else {
      const at = edits[0]![0] % bytes.length;
      damagedBytes = new Uint8Array([...bytes.subarray(0, at), ...noise, ...bytes.subarray(at)]);
    }
    await importsSafely(damagedBytes);
  }),
  'importPackArchive: hostile entry names are refused or land inside the pack': fuzz(withHostileEntry, async (bytes) => importsSafely(await bytes)),
  'importPackArchive: noise is refused cleanly': fuzz(fc.uint8Array({ maxLength: 4096 }), importsSafely),
  'broken: an importer that trusts the archive names': fuzz(withHostileEntry, async (bytes) => naiveImport(await bytes)),
};
