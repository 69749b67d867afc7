import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import { findPack, listTemplatePacks } from '../../../main/engine/template/list-packs.js';
import { loadTemplatePack } from '../../../main/engine/template/load-pack.js';
import { TEXT_TEMPLATES } from '../../../main/engine/template/text-names.js';
import { folderReadPort } from '../../../main/cli/node-ports.js';
import { memoryPort, readTree, type MemoryFiles } from '../../support/memory-port.js';

const BUILT_IN = ['gov-blue', 'minimal', 'party-red'];
let govBlue: MemoryFiles;

beforeAll(async () => {
  govBlue = await readTree('templates/gov-blue');
});

/** The gov-blue pack with some files replaced (undefined deletes), loaded from memory. */
async function loadVariant(changes: Record<string, string | Uint8Array | undefined>, label = 'templates/variant'): Promise<unknown> {
  const files: MemoryFiles = { ...govBlue };
  for (const [path, content] of Object.entries(changes)) {
    if (content === undefined) delete files[path];
    else files[path] = content;
  }
  return loadTemplatePack(memoryPort(files), label);
}

/** gov-blue's manifest with values set at dotted paths, e.g. { 'kpi.tiles': 9 }. */
function manifestWith(changes: Record<string, unknown>): string {
  const manifest = JSON.parse(new TextDecoder().decode(govBlue['template.json'] as Uint8Array)) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let node = manifest;
    for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
    node[last] = value;
  }
  return JSON.stringify(manifest, null, 2);
}

async function refusal(changes: Record<string, string | Uint8Array | undefined>): Promise<InputError> {
  const error = await loadVariant(changes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof InputError)) throw new Error(`expected an InputError, got ${String(error)}`);
  return error;
}

describe('built-in template packs', () => {
  it('all load, with every required text and distinct looks', async () => {
    const listings = await listTemplatePacks(folderReadPort('templates'));
    expect(listings.map((listing) => listing.folder)).toEqual(BUILT_IN);
    const packs = listings.map((listing) => ('pack' in listing ? listing.pack : expect.fail(listing.error.toOneLine())));
    for (const pack of packs) {
      for (const spec of TEXT_TEMPLATES.filter((s) => s.required)) expect(pack.texts.has(spec.name), `${pack.id}: ${spec.name}`).toBe(true);
      expect(pack.manifest.fonts.eastAsian).toBe('微软雅黑');
      expect(pack.manifest.kpi.tiles).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(packs.map((pack) => pack.manifest.colors.primary)).size).toBe(3);
    expect(packs.map((pack) => pack.manifest.name.zh).sort()).toEqual(['党建红', '政务蓝', '简约'].sort());
  });

  it('read a picture named by several slide kinds once (the writers then store it once)', async () => {
    const pack = await loadTemplatePack(folderReadPort('templates/gov-blue'), 'templates/gov-blue');
    expect(pack.manifest.assets.backgrounds.closing).toBe(pack.manifest.assets.backgrounds.title);
    expect(pack.backgrounds.closing).toBe(pack.backgrounds.title);
  });

  it('are found by id, Chinese name or English name, and a wrong name lists what exists', async () => {
    const listings = await listTemplatePacks(folderReadPort('templates'));
    expect(findPack(listings, '党建红').id).toBe('party-red');
    expect(findPack(listings, 'government blue').id).toBe('gov-blue');
    expect(findPack(listings, 'minimal').id).toBe('minimal');
    const error = (() => {
      try {
        return findPack(listings, 'purple');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toOneLine()).toBe('no template pack "purple". Available: gov-blue (政务蓝), minimal (简约), party-red (党建红); or give the folder of a pack');
  });
});

describe('pack validation names the file and the field or line', () => {
  it('a manifest field of the wrong type', async () => {
    const error = await refusal({ 'template.json': manifestWith({ 'kpi.tiles': 9 }) });
    expect(error.file).toBe('templates/variant/template.json');
    expect(error.problems[0]?.where).toBe('kpi.tiles');
  });

  it('a bad colour and a box off the slide', async () => {
    const colour = await refusal({ 'template.json': manifestWith({ 'colors.primary': 'blue' }) });
    expect(colour.problems[0]).toMatchObject({ where: 'colors.primary' });
    expect(colour.problems[0]?.message).toContain('6 hex digits');
    const box = await refusal({ 'template.json': manifestWith({ 'slides.pillar.body.w': 20 }) });
    expect(box.problems[0]).toMatchObject({ where: 'slides.pillar.body' });
    expect(box.problems[0]?.message).toContain('runs off');
    const sizes = await refusal({ 'template.json': manifestWith({ 'kpi.value.minSize': 40 }) });
    expect(sizes.problems[0]).toMatchObject({ where: 'kpi.value.minSize', message: 'minSize (40) is larger than size (36)' });
  });

  it('JSON syntax errors with line and column', async () => {
    const error = await refusal({ 'template.json': '{\n  "id": "x",\n  "name": "a"\n  "version": "1.0.0"\n}' });
    expect(error.message).toBe('not valid JSON');
    expect(error.problems[0]?.message).toMatch(/^line 4, column \d+/);
  });

  it('asset paths that leave the pack, are absolute or are not images', async () => {
    for (const path of ['../secret.png', '/etc/passwd.png', 'assets/../../x.png', 'C:/x.png', 'assets/logo.svg']) {
      const error = await refusal({ 'template.json': manifestWith({ assets: { logo: { path, alt: '标志' } } }) });
      expect(error.problems[0]?.where, path).toBe('assets.logo.path');
    }
  });

  it('images whose contents are not PNG or JPEG, or too large', async () => {
    const fake = await refusal({ 'assets/title-bg.png': new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>') });
    expect(fake.file).toBe('templates/variant/assets/title-bg.png');
    expect(fake.problems[0]?.message).toContain('not a PNG or JPEG');
    const huge = new Uint8Array(5 * 1024 * 1024);
    huge.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await refusal({ 'assets/title-bg.png': huge })).problems[0]?.message).toContain('at most 4 MB');
  });

  it('accepts a JPEG logo and reads its size', async () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 50, 0, 200, 3, 1, 1, 1, 0xff, 0xd9]);
    const pack = (await loadVariant({ 'assets/logo.jpg': jpeg, 'template.json': manifestWith({ 'assets.logo': { path: 'assets/logo.jpg', alt: '单位标志' } }) })) as {
      logo?: { mime: string; width: number; height: number };
    };
    expect(pack.logo).toMatchObject({ mime: 'image/jpeg', width: 200, height: 50 });
  });

  it('a missing required text, naming each one missing', async () => {
    const error = await refusal({ 'text/pillar-title.hbs': undefined, 'text/notes.hbs': undefined });
    expect(error.problems.map((p) => p.where)).toEqual(['text/pillar-title.hbs', 'text/notes.hbs']);
  });

  it('a broken template with file, line and column — when the pack is chosen', async () => {
    const error = await refusal({ 'text/footer.hbs': '{{report.meta.organization}}\n{{upper report.title}}' });
    expect(error.file).toBe('templates/variant/text/footer.hbs');
    expect(error.problems[0]).toMatchObject({ where: 'line 2, column 1', message: 'unknown helper "upper"' });
    expect(error.toOneLine()).toMatch(/^templates\/variant\/text\/footer\.hbs: template error: line 2, column 1: unknown helper "upper"/);
  });

  it('checks optional texts too (the PDF summary template is held to the same rules)', async () => {
    const error = await refusal({ 'text/summary.md.hbs': '# {{report.title}}\n{{> table}}' });
    expect(error.file).toBe('templates/variant/text/summary.md.hbs');
  });

  it('a folder that is not a pack', async () => {
    const error = await refusal({ 'template.json': undefined });
    expect(error.toOneLine()).toContain('templates/variant/template.json: not found');
  });

  it('lists a broken pack with its error without hiding the good ones', async () => {
    const files: MemoryFiles = {};
    for (const [path, content] of Object.entries(govBlue)) {
      files[`gov-blue/${path}`] = content;
      files[`other/${path}`] = content;
    }
    files['broken/template.json'] = '{}';
    const listings = await listTemplatePacks(memoryPort(files), 'library');
    expect(listings.map((l) => [l.folder, 'pack' in l])).toEqual([
      ['broken', false],
      ['gov-blue', true],
      ['other', false],
    ]);
    const other = listings[2];
    expect(other && 'error' in other ? other.error.toOneLine() : '').toContain('library/other/template.json: id does not match the folder');
    expect(() => findPack(listings, 'broken')).toThrow(InputError);
  });
});
