// The template editor's channels against the real engine and a temporary user-data folder: duplicate a built-in
// pack, edit it, plan and export with it; invalid texts come back at line and column with nothing saved; built-in
// packs and hostile ids are refused; undo, redo and reset walk the history on disk.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ArgsIn, ChannelName, ResultOf } from '../../main/contract.js';
import { createHandlerContext } from '../../main/handlers/create-context.js';
import { createDispatch } from '../../main/handlers/dispatch.js';
import { handlers } from '../../main/handlers/index.js';
import { createNodeEngine } from '../../main/handlers/node-engine.js';
import { inlineJobs } from '../../main/handlers/worker-jobs.js';
import { SAMPLE_JSON, tempDir, WireFailure } from './support/harness.js';

function editorHarness() {
  const userDataDir = tempDir('huibao-editor-');
  const outDir = tempDir('huibao-editor-out-');
  const logged: string[] = [];
  const ctx = createHandlerContext({
    info: { name: 'Huibao', version: '0.0.0-test', locale: 'zh-CN', platform: process.platform, mode: 'serve', features: { nativeDialogs: false, showInFolder: false, dropPaths: false } },
    userDataDir,
    sampleFile: SAMPLE_JSON,
    jobs: inlineJobs(),
    engine: createNodeEngine((what) => void logged.push(what), { userDataDir }),
    platform: { exportTarget: async (name) => ({ path: path.join(outDir, name), downloadUrl: null }) },
    emit: () => undefined,
    logError: () => undefined,
  });
  const dispatch = createDispatch(handlers, ctx);
  const raw = (channel: string, args: unknown) => dispatch(channel, args);
  const call = async <K extends ChannelName>(channel: K, args: ArgsIn<K>): Promise<ResultOf<K>> => {
    const reply = await dispatch(channel, args);
    if (!reply.ok) throw new WireFailure(reply.error);
    return reply.value as ResultOf<K>;
  };
  return { userDataDir, call, raw, logged };
}

const templatesDir = (userDataDir: string): string => path.join(userDataDir, 'templates');
const deckText = (deck: unknown): string => JSON.stringify(deck);

describe('duplicate, edit and use a template', () => {
  it('duplicates gov-blue, recolours it and sets its footer; the planned deck and the PPTX carry both', async () => {
    const h = editorHarness();
    const copy = await h.call('duplicateTemplate', { templateId: 'gov-blue' });
    expect(copy).toMatchObject({ id: 'gov-blue-copy', source: 'user', name: { zh: '政务蓝 副本' }, canUndo: false, modified: false });
    expect(copy.colors.primary).toBe('1F4E99');
    expect(copy.footerText).toBeNull();
    expect(copy.images.titleBackground).toMatch(/^data:image\/png;base64,/);
    expect(existsSync(path.join(templatesDir(h.userDataDir), 'gov-blue-copy', 'template.json'))).toBe(true);
    // Everything the editor writes stays in the templates folder: the pack, and its original for "reset".
    expect(readdirSync(h.userDataDir)).toEqual(['templates']);
    expect(readdirSync(templatesDir(h.userDataDir)).sort()).toEqual(['.originals', 'gov-blue-copy']);
    expect(readdirSync(path.join(templatesDir(h.userDataDir), '.originals'))).toEqual(['gov-blue-copy.zip']);

    const recoloured = await h.call('updateTemplate', { templateId: 'gov-blue-copy', edit: { kind: 'color', name: 'primary', value: '#b22222' } });
    expect(recoloured.saved && recoloured.template.colors.primary).toBe('B22222');
    const footed = await h.call('updateTemplate', { templateId: 'gov-blue-copy', edit: { kind: 'footerText', text: '县委办公室 内部资料' } });
    if (!footed.saved) throw new Error('footer edit refused');
    expect(footed.template).toMatchObject({ footerText: '县委办公室 内部资料', canUndo: true, canRedo: false, modified: true });

    const listed = await h.call('listTemplates', {});
    expect(listed.find((t) => t.id === 'gov-blue-copy')).toMatchObject({ source: 'user', name: { zh: '政务蓝 副本' } });

    const doc = await h.call('openSample', {});
    await h.call('updateDocument', { documentId: doc.id, templateId: 'gov-blue-copy', selection: { ...doc.state.selection, preset: 'full' } });
    const planned = await h.call('planDeck', { documentId: doc.id });
    expect(planned.deck.templateId).toBe('gov-blue-copy');
    expect(deckText(planned.deck)).toContain('B22222');
    expect(deckText(planned.deck)).not.toContain('1F4E99');
    expect(deckText(planned.deck)).toContain('县委办公室 内部资料');

    const preview = await h.call('previewTemplate', { templateId: 'gov-blue-copy' });
    expect(deckText(preview.deck)).toContain('县委办公室 内部资料');

    const exported = await h.call('exportFile', { documentId: doc.id, kind: 'pptx' });
    const zip = await JSZip.loadAsync(readFileSync(exported!.path));
    const slideXml = (await Promise.all(zip.file(/^ppt\/slides\/slide\d+\.xml$/).map((file) => file.async('string')))).join('\n');
    expect(slideXml).toContain('B22222');
    expect(slideXml).toContain('县委办公室 内部资料');
  }, 60_000);

  it('returns a broken text template’s problems at line and column and saves nothing', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'gov-blue', name: 'Office Blue' });
    const footerFile = path.join(templatesDir(h.userDataDir), 'office-blue', 'text', 'footer.hbs');
    const before = readFileSync(footerFile, 'utf8');
    const broken = await h.call('updateTemplate', { templateId: 'office-blue', edit: { kind: 'text', name: 'footer', source: 'line one\n{{#if report.title}}\n  {{nosuchHelper report.title}}\n' } });
    expect(broken.saved).toBe(false);
    if (broken.saved) return;
    expect(broken.textName).toBe('footer');
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(broken.problems[0]!.line).toBeGreaterThanOrEqual(2);
    expect(broken.problems[0]!.column).toBeGreaterThanOrEqual(1);
    const unknown = await h.call('checkTemplateText', { name: 'footer', source: 'ok\n  {{nosuchHelper report.title}}' });
    expect(unknown).toEqual([expect.objectContaining({ line: 2, column: 3 })]);
    expect(unknown[0]!.message).toMatch(/nosuchHelper/);
    expect(readFileSync(footerFile, 'utf8')).toBe(before);
    const source = await h.call('getTemplateSource', { templateId: 'office-blue' });
    expect(source.canUndo).toBe(false);
    expect(await h.call('checkTemplateText', { name: 'footer', source: '{{report.title}}' })).toEqual([]);
  });

  it('refuses an edit whose result is not a valid pack, leaving the files as they were', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'minimal', name: 'Plain Office' });
    const manifest = path.join(templatesDir(h.userDataDir), 'plain-office', 'template.json');
    const before = readFileSync(manifest, 'utf8');
    const reply = await h.raw('updateTemplate', { templateId: 'plain-office', edit: { kind: 'image', slot: 'logo', base64: Buffer.from('not an image at all').toString('base64') } });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.kind).toBe('input');
    expect(readFileSync(manifest, 'utf8')).toBe(before);
  });

  it('sets and removes a logo: the pack gets the image and its boxes, the preview draws it', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'minimal', name: 'With Logo' });
    const before = (await h.call('previewTemplate', { templateId: 'with-logo' })).deck.slides.find((slide) => slide.kind === 'title');
    expect(before?.elements.some((element) => element.type === 'image')).toBe(false);
    const png = readFileSync('assets/icons/icon.png');
    const set = await h.call('updateTemplate', { templateId: 'with-logo', edit: { kind: 'image', slot: 'logo', base64: png.toString('base64') } });
    if (!set.saved) throw new Error('refused');
    expect(set.template.images.logo).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(readFileSync(path.join(templatesDir(h.userDataDir), 'with-logo', 'assets', 'logo.png')).equals(png)).toBe(true);
    const title = (await h.call('previewTemplate', { templateId: 'with-logo' })).deck.slides.find((slide) => slide.kind === 'title');
    expect(title?.elements.some((element) => element.type === 'image')).toBe(true);
    const removed = await h.call('updateTemplate', { templateId: 'with-logo', edit: { kind: 'removeImage', slot: 'logo' } });
    expect(removed.saved && removed.template.images.logo).toBeNull();
    expect(existsSync(path.join(templatesDir(h.userDataDir), 'with-logo', 'assets', 'logo.png'))).toBe(false);
  });

  it('walks undo, redo and reset on disk', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'gov-blue', name: 'Walk' });
    const manifest = (): { colors: { accent: string }; kpi: { tiles: number } } => JSON.parse(readFileSync(path.join(templatesDir(h.userDataDir), 'walk', 'template.json'), 'utf8'));
    await h.call('updateTemplate', { templateId: 'walk', edit: { kind: 'kpiTiles', count: 3 } });
    await h.call('updateTemplate', { templateId: 'walk', edit: { kind: 'color', name: 'accent', value: '00AA00' } });
    expect(manifest()).toMatchObject({ kpi: { tiles: 3 }, colors: { accent: '00AA00' } });
    const undone = await h.call('undoTemplate', { templateId: 'walk' });
    expect(undone).toMatchObject({ canUndo: true, canRedo: true, kpiTiles: 3 });
    expect(manifest().colors.accent).not.toBe('00AA00');
    const redone = await h.call('redoTemplate', { templateId: 'walk' });
    expect(redone.colors.accent).toBe('00AA00');
    expect(redone.canRedo).toBe(false);
    const reset = await h.call('resetTemplate', { templateId: 'walk' });
    expect(reset).toMatchObject({ kpiTiles: 4, modified: false, canUndo: true });
    expect(manifest().kpi.tiles).toBe(4);
    // Reset is one more step: undoing it brings the edits back.
    expect((await h.call('undoTemplate', { templateId: 'walk' })).kpiTiles).toBe(3);
  });

  it('picks up a pack edited by hand: the editor, the preview and the next edit start from what is on disk', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'gov-blue', name: 'By Hand' });
    await h.call('updateTemplate', { templateId: 'by-hand', edit: { kind: 'kpiTiles', count: 5 } });
    await h.call('previewTemplate', { templateId: 'by-hand' });
    // Written in place, as an editor would: only the file's own times change, not the folder's entries.
    writeFileSync(path.join(templatesDir(h.userDataDir), 'by-hand', 'text', 'footer.hbs'), '手工页脚');
    expect((await h.call('getTemplateSource', { templateId: 'by-hand' })).footerText).toBe('手工页脚');
    expect(deckText((await h.call('previewTemplate', { templateId: 'by-hand' })).deck)).toContain('手工页脚');
    const next = await h.call('updateTemplate', { templateId: 'by-hand', edit: { kind: 'chart', enabled: false } });
    expect(next.saved && next.template).toMatchObject({ footerText: '手工页脚', chartEnabled: false, kpiTiles: 5 });
    // Undo leads back through the hand edit to the editor's own last step.
    expect((await h.call('undoTemplate', { templateId: 'by-hand' })).footerText).toBe('手工页脚');
    expect((await h.call('undoTemplate', { templateId: 'by-hand' })).footerText).toBeNull();
  });

  it('makes one undo step of a colour dragged across the picker', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'gov-blue', name: 'Drag' });
    await h.call('updateTemplate', { templateId: 'drag', edit: { kind: 'kpiTiles', count: 3 } });
    for (const value of ['AA0000', 'BB0000', 'CC0000']) await h.call('updateTemplate', { templateId: 'drag', edit: { kind: 'color', name: 'primary', value } });
    const undone = await h.call('undoTemplate', { templateId: 'drag' });
    expect(undone).toMatchObject({ kpiTiles: 3, colors: { primary: '1F4E99' } });
    // Another field is a step of its own.
    await h.call('updateTemplate', { templateId: 'drag', edit: { kind: 'color', name: 'primary', value: 'AA0000' } });
    await h.call('updateTemplate', { templateId: 'drag', edit: { kind: 'color', name: 'accent', value: '00AA00' } });
    expect((await h.call('undoTemplate', { templateId: 'drag' })).colors).toMatchObject({ primary: 'AA0000', accent: 'D4A23A' });
  });

  it('warns when a colour change puts text below WCAG AA contrast', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'gov-blue', name: 'Faint' });
    const result = await h.call('updateTemplate', { templateId: 'faint', edit: { kind: 'color', name: 'text', value: 'EEEEEE' } });
    if (!result.saved) throw new Error('refused');
    expect(result.template.contrast.some((w) => w.foreground === 'EEEEEE' && w.ratio < w.required)).toBe(true);
  });
});

describe('user packs in the template list', () => {
  it('leaves out a pack broken by hand, saying so once, and lists it again once it is fixed', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'minimal', name: 'Fragile' });
    const manifest = path.join(templatesDir(h.userDataDir), 'fragile', 'template.json');
    const good = readFileSync(manifest, 'utf8');
    const broken = good.replace(/"primary": "[0-9A-F]{6}"/, '"primary": "not a colour"');
    expect(broken).not.toBe(good);
    writeFileSync(manifest, broken);
    for (let i = 0; i < 3; i++) expect((await h.call('listTemplates', {})).some((t) => t.id === 'fragile')).toBe(false);
    expect(h.logged.filter((what) => what === 'user template fragile')).toHaveLength(1);
    writeFileSync(manifest, good);
    expect((await h.call('listTemplates', {})).find((t) => t.id === 'fragile')?.source).toBe('user');
  });
});

describe('sharing packs', () => {
  it('exports an edited pack as a .zip and imports it into another user-data folder, renamed when its id is taken', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'gov-blue', name: 'Shared' });
    await h.call('updateTemplate', { templateId: 'shared', edit: { kind: 'footerText', text: '共享页脚' } });
    const exported = await h.call('exportTemplate', { templateId: 'shared' });
    expect(exported?.name).toBe('shared.zip');
    const zip = await JSZip.loadAsync(readFileSync(exported!.path));
    expect(Object.keys(zip.files)).toContain('shared/template.json');
    expect(await zip.file('shared/text/footer.hbs')?.async('string')).toBe('共享页脚');

    const other = editorHarness();
    const base64 = readFileSync(exported!.path).toString('base64');
    const first = await other.call('importTemplate', { name: 'shared.zip', base64 });
    expect(first).toMatchObject({ renamedFrom: null, template: { id: 'shared', source: 'user', footerText: '共享页脚', modified: false } });
    const second = await other.call('importTemplate', { name: 'shared.zip', base64 });
    expect(second.renamedFrom).toBe('shared');
    expect(second.template.id).toBe('shared-2');
    expect((await other.call('listTemplates', {})).filter((t) => t.source === 'user').map((t) => t.id)).toEqual(['shared', 'shared-2']);
    // An imported pack resets to what arrived.
    await other.call('updateTemplate', { templateId: 'shared', edit: { kind: 'chart', enabled: false } });
    expect(await other.call('resetTemplate', { templateId: 'shared' })).toMatchObject({ chartEnabled: true, modified: false });
  });

  it('refuses an archive that is not a pack, writing nothing', async () => {
    const h = editorHarness();
    const zip = new JSZip();
    zip.file('../../evil/template.json', '{}');
    const hostile = await zip.generateAsync({ type: 'nodebuffer' });
    for (const bytes of [hostile, Buffer.from('not a zip at all')]) {
      const reply = await h.raw('importTemplate', { name: 'evil.zip', base64: bytes.toString('base64') });
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error.kind).toBe('input');
    }
    expect(readdirSync(h.userDataDir)).toEqual([]);
  });
});

describe('refusals', () => {
  it('keeps built-in packs read-only', async () => {
    const h = editorHarness();
    const builtIn = await h.call('getTemplateSource', { templateId: 'gov-blue' });
    expect(builtIn.source).toBe('built-in');
    for (const [channel, args] of [
      ['updateTemplate', { templateId: 'gov-blue', edit: { kind: 'chart', enabled: false } }],
      ['resetTemplate', { templateId: 'gov-blue' }],
      ['deleteTemplate', { templateId: 'gov-blue' }],
    ] as const) {
      const reply = await h.raw(channel, args);
      expect(reply.ok, channel).toBe(false);
      expect(!reply.ok && reply.error.message).toMatch(/built-in/);
    }
    expect(readFileSync('templates/gov-blue/template.json', 'utf8')).toContain('"chart": { "enabled": true');
  });

  it('refuses hostile ids and paths without touching anything outside the templates folder', async () => {
    const h = editorHarness();
    writeFileSync(path.join(h.userDataDir, 'victim.json'), '{}');
    for (const templateId of ['../victim', '..', '/etc', 'gov-blue/../../x', 'C:\\Windows', '.incoming-x', 'templates/gov-blue', 'GOV-BLUE', '政务蓝']) {
      for (const channel of ['duplicateTemplate', 'getTemplateSource', 'updateTemplate', 'deleteTemplate', 'resetTemplate', 'previewTemplate'] as const) {
        const args = channel === 'updateTemplate' ? { templateId, edit: { kind: 'chart', enabled: false } } : { templateId };
        const reply = await h.raw(channel, args);
        expect(reply.ok, `${channel} ${templateId}`).toBe(false);
      }
    }
    // A pack folder that is a link to somewhere else is not a pack here.
    const outside = tempDir('huibao-outside-');
    cpSync(path.resolve('templates/minimal'), path.join(outside, 'linked'), { recursive: true });
    mkdirSync(templatesDir(h.userDataDir));
    symlinkSync(path.join(outside, 'linked'), path.join(templatesDir(h.userDataDir), 'linked'));
    expect((await h.raw('updateTemplate', { templateId: 'linked', edit: { kind: 'chart', enabled: false } })).ok).toBe(false);
    expect(readFileSync(path.join(outside, 'linked', 'template.json'), 'utf8')).toBe(readFileSync('templates/minimal/template.json', 'utf8'));
    const wrongText = await h.raw('updateTemplate', { templateId: 'gov-blue', edit: { kind: 'text', name: '../../evil', source: 'x' } });
    expect(wrongText.ok).toBe(false);
    expect(readdirSync(h.userDataDir).sort()).toEqual(['templates', 'victim.json']);
    expect(readdirSync(templatesDir(h.userDataDir))).toEqual(['linked']);
  });

  it('deletes a user pack, but not the one the open report uses', async () => {
    const h = editorHarness();
    await h.call('duplicateTemplate', { templateId: 'gov-blue', name: 'Gone' });
    const doc = await h.call('openSample', {});
    await h.call('updateDocument', { documentId: doc.id, templateId: 'gone' });
    expect((await h.raw('deleteTemplate', { templateId: 'gone' })).ok).toBe(false);
    await h.call('updateDocument', { documentId: doc.id, templateId: 'gov-blue' });
    expect(await h.call('deleteTemplate', { templateId: 'gone' })).toBeNull();
    expect(existsSync(path.join(templatesDir(h.userDataDir), 'gone'))).toBe(false);
    expect(readdirSync(path.join(templatesDir(h.userDataDir), '.originals'))).toEqual([]);
    expect((await h.call('listTemplates', {})).some((t) => t.id === 'gone')).toBe(false);
  });
});
