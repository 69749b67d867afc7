import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import { openPackFiles } from '../../../main/engine/template-library/check-pack.js';
import { duplicatePack } from '../../../main/engine/template-library/duplicate-pack.js';
import { literalTextOf } from '../../../main/engine/template-library/literal-text.js';
import { readManifest, readManifestJson } from '../../../main/engine/template-library/manifest-json.js';
import { organizationOf } from '../../../main/engine/template-library/organization-text.js';
import { applyPackEdit, packTextNames, type PackEdit } from '../../../main/engine/template-library/pack-edit.js';
import type { PackFiles } from '../../../main/engine/template-library/pack-files.js';
import { samePackFiles } from '../../../main/engine/template-library/pack-files.js';
import { buildTemplateData } from '../../../main/engine/template/data.js';
import { renderPackText } from '../../../main/engine/template/render-text.js';
import { validateReport } from '../../../main/engine/report/validate.js';
import { readFileSync } from 'node:fs';
import { builtInFiles, png, text } from './support/packs.js';

const report = validateReport(JSON.parse(readFileSync('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')));
const identity = { id: 'my-blue', name: { zh: '我的蓝', en: 'My Blue' } };

async function myBlue(): Promise<PackFiles> {
  return duplicatePack(await builtInFiles('gov-blue'), identity, 'gov-blue');
}

function refusal(files: PackFiles, edit: PackEdit): InputError {
  try {
    applyPackEdit(files, edit, 'my-blue');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('the edit was accepted');
}

async function render(files: PackFiles, name: string): Promise<string> {
  const pack = await openPackFiles(files, 'my-blue');
  const data = buildTemplateData({ report, preset: 'brief', template: { id: pack.id, name: pack.manifest.name } });
  return renderPackText(pack, name, { ...data, pillar: data.pillars[0]!, slide: { number: 2, kind: 'pillar', part: 1, parts: 1, continued: false } });
}

describe('duplicatePack', () => {
  it('gives the copy its own identity, version 1.0.0 and every other file byte for byte', async () => {
    const original = await builtInFiles('gov-blue');
    const copy = await myBlue();
    const manifest = readManifest(copy, 'my-blue');
    expect(manifest).toMatchObject({ id: 'my-blue', name: identity.name, version: '1.0.0' });
    expect(readManifestJson(copy, 'my-blue')).not.toHaveProperty('$schema');
    expect(manifest.colors).toEqual(readManifest(original, 'gov-blue').colors);
    for (const [path, bytes] of original) if (path !== 'template.json') expect(copy.get(path), path).toEqual(bytes);
    expect((await openPackFiles(copy, 'my-blue')).id).toBe('my-blue');
  });

  it('refuses an id that is not a pack id', async () => {
    expect(() => duplicatePack(new Map(), identity, 'x')).toThrow(/not found/);
    await expect(async () => duplicatePack(await builtInFiles('gov-blue'), { ...identity, id: 'My Blue' }, 'gov-blue')).rejects.toThrow(InputError);
  });
});

describe('applyPackEdit', () => {
  it('changes one colour, leaves the original files untouched (undo is keeping them) and normalises hex', async () => {
    const files = await myBlue();
    const edited = applyPackEdit(files, { kind: 'color', name: 'primary', value: '#b22222' }, 'my-blue');
    expect(readManifest(edited, 'my-blue').colors).toMatchObject({ primary: 'B22222', primaryDark: '741616' });
    expect(readManifest(files, 'my-blue').colors.primary).toBe('1F4E99');
    expect(readManifestJson(edited, 'my-blue')['colors']).toMatchObject({ primary: 'B22222' });
  });

  it('recolours the chart series that were the changed colour, and only those', async () => {
    const files = await myBlue();
    const before = readManifest(files, 'my-blue').colors.chart;
    const after = readManifest(applyPackEdit(files, { kind: 'color', name: 'accent', value: '00AA55' }, 'my-blue'), 'my-blue').colors.chart;
    expect(after).toEqual(before.map((series) => (series === 'D4A23A' ? '00AA55' : series)));
    expect(after).not.toEqual(before);
    const darker = readManifest(applyPackEdit(files, { kind: 'color', name: 'primaryDark', value: '000000' }, 'my-blue'), 'my-blue').colors;
    expect(darker).toMatchObject({ primary: '1F4E99', primaryDark: '000000' });
  });

  it('refuses what would make the pack invalid, naming the field', async () => {
    const files = await myBlue();
    expect(refusal(files, { kind: 'color', name: 'primary', value: 'red' }).problems[0]).toMatchObject({ where: 'colors.primary' });
    expect(refusal(files, { kind: 'kpiTiles', count: 7 }).problems[0]).toMatchObject({ where: 'kpi.tiles' });
    expect(refusal(files, { kind: 'fonts', eastAsian: ' ' }).problems[0]).toMatchObject({ where: 'fonts.eastAsian' });
    expect(refusal(files, { kind: 'chartColors', values: [] }).problems[0]).toMatchObject({ where: 'colors.chart' });
    expect(refusal(files, { kind: 'name', zh: '', en: 'x' }).problems[0]).toMatchObject({ where: 'name.zh' });
    expect(refusal(files, { kind: 'color', name: 'gold' as never, value: 'D4A23A' }).message).toBe('no theme colour "gold"');
  });

  it('sets fonts, KPI tiles, the chart switch, name and description', async () => {
    let files = await myBlue();
    files = applyPackEdit(files, { kind: 'fonts', latin: 'Arial', eastAsian: '方正小标宋简体', fallbacks: ['SimSun', ' '] }, 'my-blue');
    files = applyPackEdit(files, { kind: 'kpiTiles', count: 3 }, 'my-blue');
    files = applyPackEdit(files, { kind: 'chart', enabled: false }, 'my-blue');
    files = applyPackEdit(files, { kind: 'name', zh: ' 县委办蓝 ', en: 'County Blue' }, 'my-blue');
    files = applyPackEdit(files, { kind: 'description', zh: '县委办专用', en: 'For the county office' }, 'my-blue');
    const manifest = (await openPackFiles(files, 'my-blue')).manifest;
    expect(manifest.fonts).toEqual({ latin: 'Arial', eastAsian: '方正小标宋简体', fallbacks: ['SimSun'] });
    expect(manifest.kpi.tiles).toBe(3);
    expect(manifest.chart.enabled).toBe(false);
    expect(manifest.name).toEqual({ zh: '县委办蓝', en: 'County Blue' });
    expect(manifest.description?.zh).toBe('县委办专用');
  });

  it('replaces a text only when it compiles, with every problem at line and column', async () => {
    const files = await myBlue();
    const edited = applyPackEdit(files, { kind: 'text', name: 'pillar-title', source: '{{pillar.ordinal}}、{{pillar.title}}！' }, 'my-blue');
    expect(await render(edited, 'pillar-title')).toBe(`一、${report.pillars[0]!.title}！`);
    const error = refusal(files, { kind: 'text', name: 'pillar-title', source: '{{pillar.title}}\n{{shout pillar.title}} {{constructor}}' });
    expect(error.file).toBe('my-blue/text/pillar-title.hbs');
    expect(error.problems).toEqual([
      { where: 'line 2, column 1', message: 'unknown helper "shout"' },
      { where: 'line 2, column 26', message: expect.stringContaining('"constructor" is not allowed') },
    ]);
    expect(refusal(files, { kind: 'text', name: '../evil', source: 'x' }).message).toBe('not a text template name');
  });

  it('writes the footer as plain words, "{{" included, and reads them back', async () => {
    const files = await myBlue();
    const edited = applyPackEdit(files, { kind: 'footerText', text: '县委办公室  内部资料\n{{请勿外传}}' }, 'my-blue');
    expect(await render(edited, 'footer')).toBe('县委办公室 内部资料 {{请勿外传}}');
    expect(literalTextOf(text(edited, 'text/footer.hbs'))).toBe('县委办公室 内部资料 {{请勿外传}}');
    expect(literalTextOf(text(files, 'text/footer.hbs'))).toBeUndefined();
    expect(refusal(files, { kind: 'footerText', text: 'a\\{{b' }).message).toMatch(/cannot hold/);
  });

  it('shows the office’s name wherever the texts show the report’s organisation, and can give the report’s back', async () => {
    const files = await myBlue();
    const named = applyPackEdit(files, { kind: 'organizationText', text: '中共白羊坝镇委员会 "办公室"' }, 'my-blue');
    for (const name of ['footer', 'title-meta', 'closing']) expect(await render(named, name)).toContain('中共白羊坝镇委员会 "办公室"');
    expect(await render(files, 'footer')).not.toContain('中共白羊坝镇委员会');
    expect(text(named, 'text/summary.md.hbs')).toContain('{{md (default "中共白羊坝镇委员会 \\"办公室\\"" report.meta.organization)}}');
    expect(organizationOf(text(named, 'text/footer.hbs'))).toBe('中共白羊坝镇委员会 "办公室"');
    const renamed = applyPackEdit(named, { kind: 'organizationText', text: '县委办' }, 'my-blue');
    expect(organizationOf(text(renamed, 'text/title-meta.hbs'))).toBe('县委办');
    expect(await render(renamed, 'footer')).toMatch(/^县委办/);
    const cleared = applyPackEdit(renamed, { kind: 'organizationText', text: '' }, 'my-blue');
    expect(samePackFiles(cleared, files)).toBe(true);
    expect(refusal(files, { kind: 'organizationText', text: 'a\\b' }).message).toMatch(/cannot contain/);
  });

  it('adds a logo with places on every slide that has room, and drops images nothing uses', async () => {
    const files = await myBlue();
    const withLogo = applyPackEdit(files, { kind: 'image', slot: 'logo', data: png(120, 60), alt: '县委徽标' }, 'my-blue');
    const pack = await openPackFiles(withLogo, 'my-blue');
    expect(pack.logo).toMatchObject({ path: 'assets/logo.png', alt: '县委徽标', width: 120, height: 60 });
    expect(pack.manifest.slides.title.logo).toBeDefined();
    expect(pack.manifest.slides.content.logo).toBeDefined();
    expect(pack.manifest.slides.closing.logo).toBeDefined();
    const titleOnly = applyPackEdit(withLogo, { kind: 'image', slot: 'titleBackground', data: png(16, 9, [10, 40, 90]) }, 'my-blue');
    // gov-blue's one picture still serves the closing slide, so it stays.
    expect([...titleOnly.keys()].filter((p) => p.startsWith('assets/')).sort()).toEqual(['assets/logo.png', 'assets/title-background.png', 'assets/title-bg.png']);
    const noClosing = applyPackEdit(titleOnly, { kind: 'removeImage', slot: 'closingBackground' }, 'my-blue');
    expect([...noClosing.keys()].filter((p) => p.startsWith('assets/')).sort()).toEqual(['assets/logo.png', 'assets/title-background.png']);
    const noLogo = applyPackEdit(noClosing, { kind: 'removeImage', slot: 'logo' }, 'my-blue');
    expect(noLogo.has('assets/logo.png')).toBe(false);
    expect((await openPackFiles(noLogo, 'my-blue')).logo).toBeUndefined();
  });

  it('places logos validly in every built-in layout', async () => {
    for (const id of ['gov-blue', 'party-red', 'minimal']) {
      const files = applyPackEdit(await builtInFiles(id), { kind: 'image', slot: 'logo', data: png(64, 64) }, id);
      expect((await openPackFiles(files, id)).logo?.alt, id).toBeTruthy();
    }
  });

  it('refuses an image that is not a PNG or JPEG by content, or is too large', async () => {
    const files = await myBlue();
    const fake = new TextEncoder().encode('MZ\u0090\u0000 this is not a picture');
    expect(refusal(files, { kind: 'image', slot: 'logo', data: fake }).problems[0]?.message).toMatch(/not a PNG or JPEG/);
    expect(refusal(files, { kind: 'image', slot: 'contentBackground', data: png(4, 4, [0, 0, 0], 5 * 1024 * 1024) }).problems[0]?.message).toMatch(/at most 4 MB/);
  });

  it('lists the pack’s texts with their purposes, in the planner’s order, then texts it does not know', async () => {
    const files = applyPackEdit(await myBlue(), { kind: 'text', name: 'extra-note', source: '{{report.title}}' }, 'my-blue');
    const names = packTextNames(files);
    expect(names[0]).toMatchObject({ name: 'title', required: true });
    expect(names.find((n) => n.name === 'summary.md')).toMatchObject({ required: false, purpose: expect.stringMatching(/PDF summary/) });
    expect(names.at(-1)).toEqual({ name: 'extra-note', required: false, purpose: '' });
    expect(names.find((n) => n.name === 'notes')?.purpose).toMatch(/Speaker notes/);
  });
});
