/**
 * The template editor end to end in Chromium against `huibao serve`: duplicate 政务蓝 from the template picker,
 * change its primary colour and footer, see both in the editor's live preview, see a broken text template's problem
 * at its line and column (and nothing saved), use the pack for the report and export the deck: the PPTX's slide XML
 * carries the new colour and the footer text.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../support/system-programs.js';
import { launch, type Browser } from './support/browser.js';
import { buildStudio } from './support/build.js';
import { screenshotPath } from './support/screenshots.js';
import { startServe, type ServeProcess } from './support/serve-process.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE_TXT = path.join(root, 'assets/samples/baiyangba-2023-q1q3.txt');
const chromiumPath = findChromium();
const WAIT = { timeout: 30_000 } as const;
const FOOTER = '县委办公室 内部资料';

describe.skipIf(!chromiumPath)('the template editor in Chromium', () => {
  let work: string;
  let outDir: string;
  let dataDir: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildStudio(root);
    work = mkdtempSync(path.join(tmpdir(), 'huibao-e2e-editor-'));
    outDir = path.join(work, 'out');
    dataDir = path.join(work, 'data');
    const report = path.join(work, path.basename(SAMPLE_TXT));
    copyFileSync(SAMPLE_TXT, report);
    serve = await startServe(root, [report, '--port', '0', '--out-dir', outDir, '--data-dir', dataDir]);
    browser = await launch(chromiumPath ?? '', serve.origin, { locale: 'zh-CN', width: 1440, height: 900 });
    page = browser.page;
    page.setDefaultTimeout(30_000);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const editor = (): Locator => page.locator('dialog.template-editor');
  const previewSlides = (): Locator => editor().locator('.editor-slides');
  /** Whether any drawn element of the editor's preview is filled with this colour (CSS background or SVG fill). */
  const previewHasColour = (rgb: string, hex: string): Promise<boolean> =>
    previewSlides().evaluate(
      (slides, [wantedRgb, wantedHex]) =>
        Array.from(slides.querySelectorAll('*')).some((el) => getComputedStyle(el).backgroundColor === wantedRgb || (el.getAttribute('fill') ?? '').toUpperCase() === wantedHex),
      [rgb, hex] as const,
    );

  it('duplicates 政务蓝 from the template picker; the built-in pack is read-only', async () => {
    await page.goto(serve.url);
    await page.locator('.template-option').first().waitFor(WAIT);
    await expect.poll(() => page.locator('.template-option.is-checked').getAttribute('data-template-id'), WAIT).toBe('gov-blue');
    await page.locator('button[data-action="edit-template"]').click();
    await editor().locator('.editor-banner').waitFor(WAIT);
    expect(await editor().locator('input[data-color="primary"]').isDisabled()).toBe(true);
    expect(await editor().locator('input[data-color="primary"]').inputValue()).toBe('#1f4e99');
    await editor().locator('button[data-action="duplicate"]').click();
    await expect.poll(() => editor().locator('#editor-title').textContent(), WAIT).toContain('政务蓝 副本');
    await expect.poll(() => editor().locator('input[data-color="primary"]').isDisabled(), WAIT).toBe(false);
    expect(readdirSync(path.join(dataDir, 'templates')).sort()).toEqual(['.originals', 'gov-blue-copy']);
  });

  it('changes the primary colour and the footer; the live preview shows both', async () => {
    await previewSlides().waitFor(WAIT);
    expect(await previewHasColour('rgb(31, 78, 153)', '#1F4E99')).toBe(true);
    // While the picker is still open (input events, no change yet) the preview follows, and the picker is left alone.
    const primary = editor().locator('input[data-color="primary"]');
    const picker = await primary.elementHandle();
    await primary.evaluate((el: HTMLInputElement) => {
      el.value = '#b22222';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => previewHasColour('rgb(178, 34, 34)', '#B22222'), WAIT).toBe(true);
    expect(await picker?.evaluate((el) => el.isConnected)).toBe(true);
    await primary.fill('#b22222');
    await expect.poll(() => editor().locator('.editor-status').textContent(), WAIT).toBe('已保存');
    expect(await previewHasColour('rgb(31, 78, 153)', '#1F4E99')).toBe(false);

    const footer = editor().locator('#editor-footer');
    await footer.fill(FOOTER);
    await footer.press('Enter');
    await expect.poll(() => previewSlides().textContent(), WAIT).toContain(FOOTER);
    expect(await editor().locator('button[data-action="editor.undo"]').isEnabled()).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(dataDir, 'templates/gov-blue-copy/template.json'), 'utf8')) as { colors: { primary: string } };
    expect(manifest.colors.primary).toBe('B22222');
    // The documentation's picture of the editor (docs/template-editor.png with UPDATE_SCREENSHOTS=1).
    await editor().screenshot({ path: screenshotPath(root, 'template-editor.png') });

    // Undo and redo act on the saved pack, and the preview follows.
    await editor().locator('button[data-action="editor.undo"]').click();
    await expect.poll(() => previewSlides().textContent(), WAIT).not.toContain(FOOTER);
    expect(await editor().locator('#editor-footer').inputValue()).toBe('');
    expect(await previewHasColour('rgb(178, 34, 34)', '#B22222')).toBe(true);
    await editor().locator('button[data-action="editor.redo"]').click();
    await expect.poll(() => previewSlides().textContent(), WAIT).toContain(FOOTER);
    expect(await editor().locator('button[data-action="editor.redo"]').isDisabled()).toBe(true);
  });

  it('shows a broken text template’s problem at line and column and saves nothing', async () => {
    const footerFile = path.join(dataDir, 'templates/gov-blue-copy/text/footer.hbs');
    const before = readFileSync(footerFile, 'utf8');
    await editor().locator('#editor-text-name').selectOption('footer');
    const area = editor().locator('textarea.code-area');
    await area.fill('第一行\n  {{nosuchHelper report.title}}');
    const problem = editor().locator('.code-problem').first();
    await problem.waitFor(WAIT);
    expect(await problem.getAttribute('data-line')).toBe('2');
    expect(await problem.getAttribute('data-column')).toBe('3');
    expect(await problem.textContent()).toContain('nosuchHelper');
    expect(await editor().locator('.code-line-number.is-problem').textContent()).toBe('2');
    expect(await editor().locator('.code-editor button.primary').isDisabled()).toBe(true);
    await problem.click();
    expect(await area.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe('第一行\n  '.length);
    expect(readFileSync(footerFile, 'utf8')).toBe(before);
    await editor().locator('.code-editor button', { hasText: '放弃修改' }).click();
    expect(await area.inputValue()).toBe(before);
  });

  it('uses the pack for the report and exports a PPTX carrying the colour and the footer', async () => {
    await editor().locator('button[data-action="editor.use"]').click();
    await expect.poll(() => page.locator('.template-option.is-checked').getAttribute('data-template-id'), WAIT).toBe('gov-blue-copy');
    await editor().locator('button[data-action="editor.close"]').click();
    await expect.poll(() => editor().isVisible()).toBe(false);
    // The studio's own preview re-planned with the pack: its slide strip shows the footer too.
    await expect.poll(() => page.locator('.strip').textContent(), WAIT).toContain(FOOTER);
    await page.locator('button[data-export="pptx"]').click();
    const status = page.locator('[data-export-status="pptx"] a[data-download]');
    await status.waitFor(WAIT);
    const name = (await status.getAttribute('data-download')) ?? '';
    const pptx = await JSZip.loadAsync(readFileSync(path.join(outDir, name)));
    const xml = (await Promise.all(pptx.file(/^ppt\/slides\/slide\d+\.xml$/).map((file) => file.async('string')))).join('\n');
    expect(xml).toContain('B22222');
    expect(xml).not.toContain('1F4E99');
    expect(xml).toContain(FOOTER);
  });

  it('exports the pack as a .zip to download and imports it back as a renamed copy', async () => {
    await page.locator('button[data-action="edit-template"]').click();
    await expect.poll(() => editor().locator('#editor-title').textContent(), WAIT).toContain('政务蓝 副本');
    await editor().locator('button[data-action="editor.export"]').click();
    const link = editor().locator('.editor-exported a[data-download]');
    await link.waitFor(WAIT);
    expect(await link.getAttribute('data-download')).toBe('gov-blue-copy.zip');
    const downloaded = await page.request.get(new URL((await link.getAttribute('href')) ?? '', serve.origin).href);
    expect(downloaded.status()).toBe(200);
    const archive = await JSZip.loadAsync(await downloaded.body());
    expect(await archive.file('gov-blue-copy/template.json')?.async('string')).toContain('"primary": "B22222"');
    expect(await archive.file('gov-blue-copy/text/footer.hbs')?.async('string')).toBe(FOOTER);

    await editor().locator('input[data-action="import-file"]').setInputFiles({ name: 'gov-blue-copy.zip', mimeType: 'application/zip', buffer: await downloaded.body() });
    await expect.poll(() => editor().locator('#editor-title').textContent(), WAIT).toContain('政务蓝 副本 2');
    expect(await editor().locator('.editor-status').textContent()).toContain('“gov-blue-copy”已被占用');
    expect(await editor().locator('input[data-color="primary"]').inputValue()).toBe('#b22222');
    await expect.poll(() => page.locator('.template-option[data-template-id="gov-blue-copy-2"]').count(), WAIT).toBe(1);
    expect(readdirSync(path.join(dataDir, 'templates')).sort()).toEqual(['.originals', 'gov-blue-copy', 'gov-blue-copy-2']);
    await editor().locator('button[data-action="editor.close"]').click();
  });

  it('asked nothing outside 127.0.0.1 and logged no console error', () => {
    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
