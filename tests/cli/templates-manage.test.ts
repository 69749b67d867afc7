/**
 * `huibao templates new | check | export | import` in process, each run with its own user-data folder
 * ($HUIBAO_USER_DATA), and `huibao build --template DIR` with a pack made that way. Hostile imports must exit 2 with
 * one line naming the entry, and write nothing at all.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../main/cli/io.js';
import { runCli } from '../../main/cli/main.js';
import { samePackFiles } from '../../main/engine/template-library/pack-files.js';
import { readPackFolder, USER_DATA_ENV } from '../../main/node/user-templates.js';
import { COUNTY_THEME, officeFile } from '../engine/template-library/support/office-files.js';
import { builtInFiles, declareSize, jszipArchive, packEntries } from '../engine/template-library/support/packs.js';

const sample = 'assets/samples/baiyangba-2023-q1q3.report.json';

function capture(): CliIo & { outText: () => string; errLines: () => string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (l) => out.push(l), err: (l) => err.push(l), write: (t) => out.push(t), outText: () => out.join('\n'), errLines: () => err };
}

/** Every path under `root`. */
const tree = (root: string): string[] => readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();

let root: string;
let data: string;
let previous: string | undefined;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'huibao-templates-cli-'));
  data = path.join(root, 'user-data');
  previous = process.env[USER_DATA_ENV];
  process.env[USER_DATA_ENV] = data;
});

afterEach(() => {
  if (previous === undefined) delete process.env[USER_DATA_ENV];
  else process.env[USER_DATA_ENV] = previous;
});

async function huibao(...args: string[]): Promise<{ code: number; io: ReturnType<typeof capture> }> {
  const io = capture();
  return { code: await runCli(args, io), io };
}

describe('huibao templates new / check / export / import', () => {
  it('makes a pack from 政务蓝 in the user folder, checks it, exports it and imports it unchanged elsewhere', async () => {
    const made = await huibao('templates', 'new', '县委办蓝', '--from', '政务蓝', '--id', 'county-blue');
    expect(made.code).toBe(0);
    const folder = path.join(data, 'templates', 'county-blue');
    expect(made.io.outText()).toContain(`created county-blue “县委办蓝” from gov-blue in ${folder}`);
    const checked = await huibao('templates', 'check', folder);
    expect(checked.code).toBe(0);
    // 政务蓝 meets WCAG AA contrast, so its copy checks clean: no warnings either.
    expect(checked.io.outText()).toMatch(new RegExp(`${folder}: ok — 县委办蓝 Custom Government Blue \\(county-blue\\), 19 texts$`, 'm'));
    const archive = path.join(root, 'county-blue.zip');
    expect((await huibao('templates', 'export', 'county-blue', '-o', archive)).code).toBe(0);
    process.env[USER_DATA_ENV] = path.join(root, 'another-office');
    const imported = await huibao('templates', 'import', archive);
    expect(imported.code).toBe(0);
    const there = path.join(root, 'another-office', 'templates', 'county-blue');
    expect(imported.io.outText()).toContain(`imported county-blue “县委办蓝” into ${there}`);
    expect(samePackFiles(await readPackFolder(there, 'b'), await readPackFolder(folder, 'a'))).toBe(true);
  });

  it('names a copy of a taken id or name with the next free number, and refuses a taken --id', async () => {
    expect((await huibao('templates', 'new', 'Office Blue', '--from', 'gov-blue')).io.outText()).toContain('created office-blue “Office Blue”');
    expect((await huibao('templates', 'new', 'Office Blue', '--from', 'gov-blue')).io.outText()).toContain('created office-blue-2 “Office Blue 2”');
    const taken = await huibao('templates', 'new', 'Other', '--from', 'gov-blue', '--id', 'office-blue');
    expect(taken.code).toBe(2);
    expect(taken.io.errLines()).toEqual(['huibao: --id office-blue: a pack with this id already exists. Choose another id, or leave --id out to get a free one']);
    const archive = path.join(root, 'gov.zip');
    await huibao('templates', 'export', 'gov-blue', '-o', archive);
    const imported = await huibao('templates', 'import', archive);
    expect(imported.io.outText()).toContain('imported gov-blue-2 “政务蓝 2”');
    expect(imported.io.outText()).toContain('renamed from gov-blue “政务蓝”: that id or name was taken');
  });

  it('check lists every problem as file:line:column and exits 2 with one line on stderr', async () => {
    const dir = path.join(root, 'broken');
    mkdirSync(path.join(dir, 'text'), { recursive: true });
    for (const [name, bytes] of await builtInFiles('minimal')) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), bytes);
    }
    writeFileSync(path.join(dir, 'text', 'footer.hbs'), '{{report.meta.organization}}\n  {{upper report.title}}');
    writeFileSync(path.join(dir, 'text', 'notes.hbs'), '{{#each pillars}}{{lookup this "constructor"}}{{/each}}');
    const checked = await huibao('templates', 'check', dir);
    expect(checked.code).toBe(2);
    expect(checked.io.outText().split('\n').filter((line) => !line.endsWith('(warning)'))).toEqual([`${dir}/text/footer.hbs:2:3: unknown helper "upper"`, `${dir}/text/notes.hbs:1:32: the key "constructor" is not allowed in pack texts (it reaches into JavaScript objects, not report data)`]);
    expect(checked.io.errLines()).toEqual([`huibao: ${dir}: not a usable template pack: 2 problems (listed above)`]);
  });

  it.each([
    ['a zip-slip entry', async () => jszipArchive([...packEntries(await builtInFiles('minimal')), { name: '../../escaped.hbs', data: 'x' }]), /refused: \.\.\/\.\.\/escaped\.hbs: climbs out of the pack/],
    ['an absolute path', async () => jszipArchive([...packEntries(await builtInFiles('minimal')), { name: '/tmp/escaped.png', data: 'x' }]), /refused: \/tmp\/escaped\.png: is an absolute path/],
    ['a zip bomb', async () => declareSize(await jszipArchive(packEntries(await builtInFiles('minimal'), { 'text/notes.hbs': new Uint8Array(40 * 1024 * 1024) })), 'text/notes.hbs', 100), /refused: text\/notes\.hbs: inflates to more than its declared 100 bytes/],
    ['prototype access', async () => jszipArchive(packEntries(await builtInFiles('minimal'), { 'text/title.hbs': '{{report.__proto__}}' })), /text\/title\.hbs:1:3: the name "__proto__" is not allowed/],
    ['a helper that is not allowed', async () => jszipArchive(packEntries(await builtInFiles('minimal'), { 'text/title.hbs': '{{eval report.title}}' })), /text\/title\.hbs:1:1: unknown helper "eval"/],
  ])('refuses %s with one line, exit 2, and writes nothing anywhere', async (_what, make, why) => {
    const archive = path.join(root, 'hostile.zip');
    writeFileSync(archive, await make());
    const before = tree(root);
    const result = await huibao('templates', 'import', archive);
    expect(result.code).toBe(2);
    expect(result.io.errLines()).toHaveLength(1);
    expect(result.io.errLines()[0]).toMatch(new RegExp(`^huibao: ${archive}: `));
    expect(result.io.errLines()[0]).toMatch(why);
    expect(tree(root)).toEqual(before);
  });

  it('refuses files that are neither, and options that do not apply', async () => {
    writeFileSync(path.join(root, 'report.docx'), 'x');
    expect((await huibao('templates', 'import', path.join(root, 'report.docx'))).io.errLines()[0]).toMatch(/is neither a pack archive nor a PowerPoint file/);
    const archive = path.join(root, 'gov.zip');
    await huibao('templates', 'export', 'gov-blue', '-o', archive);
    const wrong = await huibao('templates', 'import', archive, '--name', 'x');
    expect(wrong.code).toBe(2);
    expect(wrong.io.errLines()[0]).toBe('huibao: --name applies to .pptx/.potx only. A pack archive keeps its own name (renamed only if taken)');
    expect((await huibao('templates', 'import', path.join(root, 'missing.zip'))).io.errLines()[0]).toMatch(/missing\.zip: cannot read: file not found/);
  });
});

describe('a pack from the office’s own PowerPoint, built from the command line', () => {
  it('imports the theme of a .potx and `huibao build --template DIR` keeps its colours and fonts', async () => {
    const potx = path.join(root, '县委办公室模板.potx');
    writeFileSync(potx, await officeFile(COUNTY_THEME, { template: true }));
    const imported = await huibao('templates', 'import', potx, '--from', 'minimal', '--id', 'county-red');
    expect(imported.code).toBe(0);
    const folder = path.join(data, 'templates', 'county-red');
    expect(imported.io.outText()).toContain(`imported county-red “县委办公室模板” into ${folder}`);
    expect(imported.io.outText()).toContain('primary B8001F, accent D9A41B, text 1A1A1A; fonts 仿宋 / Times New Roman & Co; layout of minimal');
    const deck = path.join(root, 'deck.pptx');
    const built = await huibao('build', sample, '--template', folder, '--pptx', deck);
    expect(built.code, built.io.errLines().join('\n')).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(deck));
    const slide = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(slide).toContain('<a:srgbClr val="B8001F"/>');
    expect(slide).toContain('<a:latin typeface="Times New Roman &amp; Co"/>');
    expect(slide).toContain('<a:ea typeface="仿宋"');
  });
});

describe('user packs beside the built-in ones', () => {
  it('lists a pack made with "templates new" and builds with it by id or by name', async () => {
    expect((await huibao('templates', 'new', '县委办蓝', '--from', 'gov-blue', '--id', 'county-blue')).code).toBe(0);
    const listed = await huibao('templates', 'list');
    expect(listed.io.outText()).toMatch(/^county-blue\s+县委办蓝/m);
    expect(listed.io.outText()).toMatch(/^gov-blue\s+政务蓝/m);
    for (const choice of ['county-blue', '县委办蓝']) {
      const deck = path.join(root, `${choice}.pptx`);
      const built = await huibao('build', 'assets/samples/baiyangba-2023-q1q3.report.json', '--template', choice, '--pptx', deck);
      expect(built.code, built.io.errLines().join('\n')).toBe(0);
      expect(readdirSync(root)).toContain(`${choice}.pptx`);
    }
  });

  it('names the installed packs when the choice matches none', async () => {
    const missing = await huibao('build', 'assets/samples/baiyangba-2023-q1q3.report.json', '--template', 'no-such-pack', '--pptx', path.join(root, 'x.pptx'));
    expect(missing.code).toBe(2);
    expect(missing.io.errLines().join('\n')).toContain('gov-blue');
  });
});
