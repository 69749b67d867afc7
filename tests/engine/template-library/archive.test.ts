/**
 * Shared pack archives: export is reproducible, an export imports unchanged, clashes are renamed, and hostile
 * archives (made with JSZip, headers patched where an attacker would lie) are refused with the entry and the reason.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import { exportPackArchive } from '../../../main/engine/template-library/archive-export.js';
import { importPackArchive } from '../../../main/engine/template-library/archive-import.js';
import { duplicatePack } from '../../../main/engine/template-library/duplicate-pack.js';
import { readManifest } from '../../../main/engine/template-library/manifest-json.js';
import { samePackFiles, type PackFiles } from '../../../main/engine/template-library/pack-files.js';
import { readZipDirectory } from '../../../main/engine/template-library/zip-reader.js';
import { writeZip } from '../../../main/engine/write/pptx/zip-writer.js';
import { builtInFiles, declareSize, jszipArchive, packEntries, png } from './support/packs.js';

const BUILT_IN = [
  { id: 'gov-blue', name: { zh: '政务蓝', en: 'Government Blue' } },
  { id: 'party-red', name: { zh: '党建红', en: 'Party Red' } },
  { id: 'minimal', name: { zh: '简约', en: 'Minimal' } },
];

async function myBlue(): Promise<PackFiles> {
  return duplicatePack(await builtInFiles('gov-blue'), { id: 'my-blue', name: { zh: '我的蓝', en: 'My Blue' } }, 'gov-blue');
}

async function refusal(archive: Uint8Array): Promise<InputError> {
  const error = await importPackArchive(archive, { label: 'shared.zip', existing: BUILT_IN }).then(
    () => new Error('the archive was accepted'),
    (e: unknown) => e,
  );
  if (!(error instanceof InputError)) throw error;
  return error;
}

describe('exportPackArchive', () => {
  it('is reproducible: the same pack gives the same bytes, entries sorted in one folder at the zip epoch', async () => {
    const files = await myBlue();
    const first = await exportPackArchive(files, 'my-blue');
    const reversed = new Map([...files].reverse());
    expect(await exportPackArchive(reversed, 'my-blue')).toEqual(first);
    const names = readZipDirectory(first, 'x.zip', 500).map((entry) => entry.name);
    expect(names).toEqual([...files.keys()].sort().map((path) => `my-blue/${path}`));
    // 1980-01-01 00:00 in DOS date/time, at offsets 10 and 12 of the first local header.
    expect([...first.subarray(10, 14)]).toEqual([0, 0, 0x21, 0]);
  });

  it('refuses to export a broken pack, so nothing broken is shared', async () => {
    const files = new Map(await myBlue());
    files.set('text/footer.hbs', new TextEncoder().encode('{{shout report.title}}'));
    await expect(exportPackArchive(files, 'my-blue')).rejects.toThrow(/not a usable template pack \(1 problem\)/);
  });
});

describe('importPackArchive', () => {
  it('imports an export unchanged: the same files, byte for byte', async () => {
    const files = await myBlue();
    const imported = await importPackArchive(await exportPackArchive(files, 'my-blue'), { label: 'my-blue.zip', existing: BUILT_IN });
    expect(imported.id).toBe('my-blue');
    expect(imported.renamedFrom).toBeUndefined();
    expect(samePackFiles(imported.files, files)).toBe(true);
    expect(imported.pack.manifest.name.zh).toBe('我的蓝');
  });

  it('renames a pack whose id or name is taken: built-in ids are reserved', async () => {
    const archive = await exportPackArchive(await builtInFiles('gov-blue'), 'gov-blue');
    const first = await importPackArchive(archive, { label: 'gov-blue.zip', existing: BUILT_IN });
    expect(first).toMatchObject({ id: 'gov-blue-2', renamedFrom: { id: 'gov-blue', name: { zh: '政务蓝', en: 'Government Blue' } } });
    expect(readManifest(first.files, 'x').name).toEqual({ zh: '政务蓝 2', en: 'Government Blue 2' });
    const second = await importPackArchive(archive, { label: 'gov-blue.zip', existing: [...BUILT_IN, { id: 'gov-blue-2', name: { zh: '政务蓝 2', en: 'Government Blue 2' } }] });
    expect(second.id).toBe('gov-blue-3');
    const sameName = await importPackArchive(await exportPackArchive(await myBlue(), 'my-blue'), { label: 'a.zip', existing: [...BUILT_IN, { id: 'other', name: { zh: '我的蓝', en: 'Other' } }] });
    expect(sameName).toMatchObject({ id: 'my-blue', renamedFrom: { id: 'my-blue' } });
    expect(sameName.pack.manifest.name).toEqual({ zh: '我的蓝 2', en: 'My Blue 2' });
  });

  it('accepts a flat archive made by another tool, and leaves out archiver clutter', async () => {
    const files = await myBlue();
    const archive = await jszipArchive([...packEntries(files), { name: '__MACOSX/._template.json', data: 'x' }, { name: '.DS_Store', data: 'x' }]);
    const imported = await importPackArchive(archive, { label: 'flat.zip', existing: BUILT_IN });
    expect(samePackFiles(imported.files, files)).toBe(true);
    expect(imported.skipped).toEqual(['__MACOSX/._template.json', '.DS_Store']);
  });

  it.each([
    ['../../evil.hbs', /climbs out of the pack/],
    ['text/../../../etc/cron.d/evil', /climbs out of the pack/],
    ['/etc/passwd', /absolute path/],
    ['C:/Windows/evil.png', /absolute path/],
    ['..\\..\\evil.hbs', /uses "\\"/],
    ['assets\\..\\..\\evil.png', /uses "\\"/],
  ])('refuses the zip-slip entry %s', async (name, why) => {
    const error = await refusal(await jszipArchive([...packEntries(await myBlue()), { name, data: 'pwned' }]));
    expect(error.problems[0]).toMatchObject({ where: name });
    expect(error.toOneLine()).toMatch(why);
    expect(error.toOneLine()).toMatch(/^shared\.zip: refused: /);
  });

  it('refuses symbolic links', async () => {
    const error = await refusal(await jszipArchive([...packEntries(await myBlue()), { name: 'assets/link.png', data: '/etc/passwd', unixPermissions: 0o120777 }]));
    expect(error.toOneLine()).toMatch(/assets\/link\.png: is a symbolic link/);
  });

  it('refuses files a pack does not hold', async () => {
    const error = await refusal(await jszipArchive(packEntries(await myBlue(), { 'run.sh': '#!/bin/sh' })));
    expect(error.toOneLine()).toMatch(/run\.sh: is not part of a template pack/);
  });

  it('refuses too many entries before reading any', async () => {
    const extra = Array.from({ length: 200 }, (_, i) => ({ name: `assets/x${i}.png`, data: png(1, 1) }));
    expect((await refusal(await jszipArchive([...packEntries(await myBlue()), ...extra]))).toOneLine()).toMatch(/holds 221 entries; at most 200/);
  });

  it('refuses a zip bomb: a 200 MB entry that declares 1 KB is stopped while inflating', async () => {
    // Native DEFLATE makes the 200 MB entry in half a second (JSZip's pure-JavaScript one takes ten).
    const bomb = new Uint8Array(200 * 1024 * 1024);
    const entries = packEntries(await myBlue(), { 'text/notes.hbs': bomb });
    const archive = declareSize(await writeZip(entries.map(({ name, data }) => ({ name, data: typeof data === 'string' ? new TextEncoder().encode(data) : data }))), 'text/notes.hbs', 1024);
    expect(archive.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const error = await refusal(archive);
    expect(error.toOneLine()).toMatch(/text\/notes\.hbs: inflates to more than its declared 1 KB: refusing a zip bomb/);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses an archive whose declared sizes add up past the cap, before inflating', async () => {
    const files = await myBlue();
    const pictures = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`assets/p${i}.png`, png(1, 1)]));
    let archive = await jszipArchive(packEntries(files, pictures));
    for (let i = 0; i < 9; i++) archive = declareSize(archive, `assets/p${i}.png`, 4 * 1024 * 1024 - 1);
    expect((await refusal(archive)).toOneLine()).toMatch(/would unpack to 36\.\d MB; a pack may be at most 30 MB/);
  });

  it('refuses a 50 MB image by its declared size', async () => {
    const big = png(8, 8, [1, 2, 3], 50 * 1024 * 1024);
    const entries = packEntries(await myBlue(), { 'assets/title-bg.png': big });
    const error = await refusal(await writeZip(entries.map(({ name, data }) => ({ name, data: typeof data === 'string' ? new TextEncoder().encode(data) : data }))));
    expect(error.toOneLine()).toMatch(/assets\/title-bg\.png: is 50 MB; at most 4 MB is allowed for an image/);
  });

  it('refuses an image that is not a PNG or JPEG by content, whatever its name', async () => {
    const error = await refusal(await jszipArchive(packEntries(await myBlue(), { 'assets/title-bg.png': 'MZ\u0090 not a picture' })));
    expect(error.toOneLine()).toMatch(/assets\/title-bg\.png: is not a PNG or JPEG image/);
  });

  it.each([
    ['{{constructor.constructor}}', /text\/footer\.hbs:1:3: the name "constructor" is not allowed/],
    ['{{lookup report "__proto__"}}', /text\/footer\.hbs:1:17: the key "__proto__" is not allowed/],
    ['{{#each pillars}}{{lookup this "constructor"}}{{/each}}', /text\/footer\.hbs:1:32: the key "constructor" is not allowed/],
    ['{{exec "rm -rf /"}}', /text\/footer\.hbs:1:1: unknown helper "exec"/],
  ])('refuses the text %s, naming file, line and column', async (source, why) => {
    const error = await refusal(await jszipArchive(packEntries(await myBlue(), { 'text/footer.hbs': source })));
    expect(error.toOneLine()).toMatch(why);
  });

  it('refuses an invalid manifest, naming every field', async () => {
    const files = await myBlue();
    const manifest = JSON.parse(new TextDecoder().decode(files.get('template.json'))) as Record<string, Record<string, unknown>>;
    manifest['colors']!['primary'] = 'blue';
    manifest['kpi']!['tiles'] = 12;
    const error = await refusal(await jszipArchive(packEntries(files, { 'template.json': JSON.stringify(manifest) })));
    expect(error.message).toBe('not a usable template pack (2 problems)');
    expect(error.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^template\.json: colors\.primary: /), expect.stringMatching(/^template\.json: kpi\.tiles: /)]);
  });

  it('refuses an entry named differently in its local header, overlapping entries, and a bad checksum', async () => {
    const good = await jszipArchive(packEntries(await myBlue()));
    const renamed = good.slice();
    renamed[indexOf(renamed, 'text/title.hbs') + 5] = 'T'.charCodeAt(0);
    expect((await refusal(renamed)).toOneLine()).toMatch(/text\/title\.hbs: names an entry differently in its local header/);
    expect((await refusal(sharedData(good, 'text/title.hbs'))).toOneLine()).toMatch(/text\/title\.hbs: has entries whose data overlap/);
    const corrupt = good.slice();
    const payload = indexOf(corrupt, 'text/title.hbs') + 'text/title.hbs'.length;
    corrupt[payload + 1] = (corrupt[payload + 1] ?? 0) ^ 0xff;
    expect((await refusal(corrupt)).toOneLine()).toMatch(/text\/title\.hbs: is damaged/);
  });

  it('refuses what is not a zip at all, and an empty archive', async () => {
    expect((await refusal(new TextEncoder().encode('hello'))).toOneLine()).toMatch(/is not a zip archive/);
    expect((await refusal(await jszipArchive([]))).toOneLine()).toMatch(/^shared\.zip: not a usable template pack \(\d+ problems\): template\.json: .*not found/);
  });
});

/** The archive with the central record of `name` listed twice: two entries over the same bytes (the overlap trick). */
function sharedData(archive: Uint8Array, name: string): Uint8Array {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = archive.length - 22;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  let at = offset;
  let record: Uint8Array | undefined;
  for (let i = 0; i < count; i++) {
    const length = 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (new TextDecoder().decode(archive.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) === name) record = archive.slice(at, at + length);
    at += length;
  }
  if (!record) throw new Error(`${name} not in the central directory`);
  const out = new Uint8Array(archive.length + record.length);
  out.set(archive.subarray(0, offset + size));
  out.set(record, offset + size);
  out.set(archive.subarray(offset + size), offset + size + record.length);
  const tail = new DataView(out.buffer, out.length - 22);
  tail.setUint16(8, count + 1, true);
  tail.setUint16(10, count + 1, true);
  tail.setUint32(12, size + record.length, true);
  return out;
}

function indexOf(bytes: Uint8Array, name: string): number {
  const needle = new TextEncoder().encode(name);
  for (let i = 0; i + needle.length <= bytes.length; i++) if (needle.every((byte, j) => bytes[i + j] === byte)) return i;
  throw new Error(`${name} not found`);
}
