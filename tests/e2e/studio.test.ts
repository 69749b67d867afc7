/**
 * The studio end to end, as a user meets it: `huibao serve` on a copy of the sample report, Debian's Chromium on the
 * printed address. Each step changes something and checks the preview or the files; the run also proves that the
 * page never asks anything outside 127.0.0.1, logs no console error, and takes the README screenshot (into out/e2e/,
 * or docs/ with UPDATE_SCREENSHOTS=1: support/screenshots.ts). How long each change took to reach the screen is
 * logged (out/e2e/preview-latency.log), never asserted.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, findPdftotext } from '../support/system-programs.js';
import { launch, type Browser } from './support/browser.js';
import { buildStudio } from './support/build.js';
import { screenshotPath } from './support/screenshots.js';
import { startServe, type ServeProcess } from './support/serve-process.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE_TXT = path.join(root, 'assets/samples/baiyangba-2023-q1q3.txt');
const SAMPLE_JSON = path.join(root, 'assets/samples/baiyangba-2023-q1q3.report.json');
const sample = JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')) as { pillars: { id: string; title: string }[] };
const chromiumPath = findChromium();
const pdftotextPath = findPdftotext();
const WAIT = { timeout: 30_000 } as const;

describe.skipIf(!chromiumPath)('the studio in Chromium', () => {
  let work: string;
  let outDir: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;
  const latencies: { step: string; ms: number; backendMs: number }[] = [];
  /** Console errors a step provokes on purpose (the 422 answer to a broken upload). */
  const expectedErrors: ((text: string, url: string) => boolean)[] = [];

  beforeAll(async () => {
    buildStudio(root);
    work = mkdtempSync(path.join(tmpdir(), 'huibao-e2e-'));
    outDir = path.join(work, 'out');
    const report = path.join(work, path.basename(SAMPLE_TXT));
    // A copy: the studio autosaves the user's choices beside the report, and the repository must stay clean.
    copyFileSync(SAMPLE_TXT, report);
    serve = await startServe(root, [report, '--port', '0', '--out-dir', outDir, '--data-dir', path.join(work, 'data')]);
    browser = await launch(chromiumPath ?? '', serve.origin, { locale: 'zh-CN', width: 1440, height: 900 });
    page = browser.page;
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    if (latencies.length > 0) {
      const lines = latencies.map(({ step, ms, backendMs }) => `${step.padEnd(28)} ${String(ms).padStart(5)} ms   backend ${String(backendMs).padStart(4)} ms   window ${String(ms - backendMs).padStart(4)} ms`);
      const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      const total = latencies.map((l) => l.ms);
      const report = [
        `# preview update latency: change → redrawn preview after paint; backend = updateDocument + planDeck round trips (${new Date().toISOString()})`,
        ...lines,
        `median ${median(total)} ms (backend ${median(latencies.map((l) => l.backendMs))} ms, window ${median(latencies.map((l) => l.ms - l.backendMs))} ms), max ${Math.max(...total)} ms; goal 100 ms`,
      ].join('\n');
      mkdirSync(path.join(root, 'out/e2e'), { recursive: true });
      writeFileSync(path.join(root, 'out/e2e/preview-latency.log'), `${report}\n`);
      console.info(report);
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const row = (id: string): Locator => page.locator(`[role="treeitem"][data-id="${id}"]`);
  const thumbs = (): Locator => page.locator('.strip .thumb');
  const stage = (): Locator => page.locator('.stage');
  const view = (): Locator => page.locator('.stage-view');
  const slideLine = (text: string): Locator => view().locator('.slide-line', { hasText: text });

  /** Runs a change and records how long the preview took to show it. */
  async function timed(step: string, change: () => Promise<void>): Promise<void> {
    const before = Number((await stage().getAttribute('data-timed')) ?? '0');
    await change();
    await expect.poll(async () => Number((await stage().getAttribute('data-timed')) ?? '0'), WAIT).toBeGreaterThan(before);
    latencies.push({ step, ms: Number(await stage().getAttribute('data-latency-ms')), backendMs: Number(await stage().getAttribute('data-backend-ms')) });
  }

  it('opens the report given on the command line: the outline shows its pillars and the preview its slides', async () => {
    await page.goto(serve.url);
    await expect.poll(() => page.locator('[role="tree"] [aria-level="1"]').allTextContents(), WAIT).toEqual(sample.pillars.map((p) => expect.stringContaining(p.title)));
    await expect.poll(() => thumbs().count(), WAIT).toBeGreaterThan(sample.pillars.length);
    await expect.poll(() => page.locator('.template-option').count(), WAIT).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.doc-name').textContent()).toBe(path.basename(SAMPLE_TXT));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('shows a number in the inspector with its source sentence, and takes the README screenshot', async () => {
    await row('p2-s1').locator('.tree-twisty').click();
    await row('p2-s1-m3').click();
    await expect.poll(() => page.locator('#inspector-label').inputValue(), WAIT).toBe('中药材年产值');
    expect(await page.locator('.source-quote mark').textContent()).toBe('12亿元');
    await expect.poll(() => view().getAttribute('data-slide-id'), WAIT).toBe('pillar:p2');
    await page.evaluate('document.fonts.ready.then(() => true)');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath(root, 'studio.png') });
  });

  it('unticking a pillar removes its slide; undo brings it back', async () => {
    expect(await page.locator('.strip [data-slide-id^="pillar:p4"]').count()).toBeGreaterThan(0);
    await timed('untick a pillar', () => row('p4').locator('.tree-check').first().click());
    await expect.poll(() => page.locator('.strip [data-slide-id^="pillar:p4"]').count(), WAIT).toBe(0);
    expect(await row('p4').getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('.outline-panel .panel-meta').textContent()).toBe('已选 5/6 个板块');
    await timed('undo (Ctrl+Z)', () => page.keyboard.press('Control+z'));
    await expect.poll(() => page.locator('.strip [data-slide-id^="pillar:p4"]').count(), WAIT).toBeGreaterThan(0);
    await timed('redo (Ctrl+Y)', () => page.keyboard.press('Control+y'));
    await expect.poll(() => page.locator('.strip [data-slide-id^="pillar:p4"]').count(), WAIT).toBe(0);
    // Every change reached the backend, which autosaved it beside the report and said so.
    // (The file is polled, not the status line: an earlier save of the undone state may have been announced first.)
    const projectFile = path.join(work, `${path.basename(SAMPLE_TXT)}.huibao.json`);
    const excluded = (): unknown => (existsSync(projectFile) ? (JSON.parse(readFileSync(projectFile, 'utf8')) as { selection: { excluded: string[] } }).selection.excluded : null);
    await expect.poll(excluded, WAIT).toEqual(['p4']);
    await expect.poll(() => page.locator('#save-status').getAttribute('data-state'), WAIT).toBe('saved');
  });

  it('switching template and preset changes the preview', async () => {
    const before = await view().innerHTML();
    const other = (await page.locator('.template-option:not(.is-checked)').first().getAttribute('data-template-id')) ?? '';
    await timed('switch template', () => page.locator(`label[data-template-id="${other}"]`).click());
    await expect.poll(() => view().getAttribute('data-template-id'), WAIT).toBe(other);
    expect(await view().innerHTML()).not.toBe(before);
    expect(await page.locator(`label[data-template-id="${other}"]`).getAttribute('class')).toContain('is-checked');
    const brief = await thumbs().count();
    await timed('preset full', () => page.locator('label[data-preset="full"]').click());
    await expect.poll(() => thumbs().count(), WAIT).toBeGreaterThan(brief);
    await timed('preset one page', () => page.locator('label[data-preset="onepage"]').click());
    await expect.poll(() => page.locator('.strip .slide-drawing[data-kind="dashboard"]').count(), WAIT).toBeGreaterThan(0);
    expect(await thumbs().count()).toBeLessThan(brief);
    await timed('preset brief', () => page.locator('label[data-preset="brief"]').click());
    await expect.poll(() => thumbs().count(), WAIT).toBe(brief);
  });

  it('editing a metric shows the new value on its slide; pinning makes it a tile', async () => {
    await row('p2-s1-m3').click();
    await expect.poll(() => view().getAttribute('data-slide-id'), WAIT).toBe('pillar:p2');
    await page.locator('#inspector-value').fill('15亿');
    await timed('edit a metric value', () => page.locator('#inspector-value').press('Enter'));
    await slideLine('15亿元').first().waitFor(WAIT);
    expect(await row('p2-s1-m3').locator('.tree-value').textContent()).toBe('15亿元');
    expect(await page.locator('.inspector-shown').textContent()).toBe('15亿元');

    await page.locator('#inspector-value').fill('很多');
    await page.locator('#inspector-value').press('Enter');
    expect(await page.locator('#inspector-value-error').textContent()).toBe('请输入数字，例如 13.9万');
    await page.locator('#inspector-value').press('Escape');
    expect(await page.locator('#inspector-value').inputValue()).toBe('15亿');

    await row('p2-s1-m1').click();
    expect(await slideLine('粮食种植面积').count()).toBe(0);
    await timed('pin a metric as a tile', () => page.locator('.inspector-actions .toggle').click());
    await slideLine('粮食种植面积').first().waitFor(WAIT);
    expect(await page.locator('.inspector-actions .toggle').getAttribute('aria-pressed')).toBe('true');
  });

  it('works from the keyboard: Space ticks, Alt+↓ reorders, → changes slide, Ctrl+Z undoes', async () => {
    await row('p3').click();
    await timed('Space unticks', () => page.keyboard.press('Space'));
    expect(await row('p3').getAttribute('aria-checked')).toBe('false');
    await timed('Ctrl+Z', () => page.keyboard.press('Control+z'));
    expect(await row('p3').getAttribute('aria-checked')).toBe('true');

    await row('p1').click();
    await timed('Alt+↓ reorders a pillar', () => page.keyboard.press('Alt+ArrowDown'));
    expect(await page.locator('[role="tree"] [aria-level="1"]').first().getAttribute('data-id')).toBe('p2');
    await expect.poll(() => page.locator('.strip [data-slide-id^="pillar:"]').first().getAttribute('data-slide-id'), WAIT).toBe('pillar:p2');
    expect(await page.evaluate('document.activeElement?.dataset?.id')).toBe('p1');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement?.dataset?.id')).not.toBe('p1');
    await timed('Ctrl+Z reorder', () => page.keyboard.press('Control+z'));
    expect(await page.locator('[role="tree"] [aria-level="1"]').first().getAttribute('data-id')).toBe('p1');

    await thumbs().first().click();
    const first = await view().getAttribute('data-slide-id');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => view().getAttribute('data-slide-id'), WAIT).not.toBe(first);
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-current")')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => view().getAttribute('data-slide-id'), WAIT).toBe(first);
  });

  it('reorders pillars by dragging', async () => {
    // Collapse all first so both rows are on screen (a drag does not scroll the list here).
    await page.locator('.outline-panel .panel-head .link-button').click();
    expect(await page.locator('[role="tree"] [role="treeitem"]').count()).toBe(sample.pillars.length);
    await timed('drag a pillar', () => row('p3').locator('.tree-row').dragTo(row('p1').locator('.tree-row'), { targetPosition: { x: 60, y: 3 } }));
    expect(await page.locator('[role="tree"] [aria-level="1"]').first().getAttribute('data-id')).toBe('p3');
    await expect.poll(() => page.locator('.strip [data-slide-id^="pillar:"]').first().getAttribute('data-slide-id'), WAIT).toBe('pillar:p3');
  });

  it('exports the deck, the PDF summary and the handout into the output folder, downloadable from the page', async () => {
    const slideCount = await thumbs().count();
    const files: Record<string, Buffer> = {};
    for (const kind of ['pptx', 'summary-pdf', 'handout-pdf'] as const) {
      // The deck by its shortcut, the PDFs by their buttons.
      if (kind === 'pptx') await page.keyboard.press('Control+e');
      else await page.locator(`button[data-export="${kind}"]`).click();
      const status = page.locator(`[data-export-status="${kind}"]`);
      await expect.poll(() => status.getAttribute('data-state'), { timeout: 120_000 }).toBe('done');
      const link = status.locator('a[data-download]');
      const name = (await link.getAttribute('data-download')) ?? '';
      const bytes = readFileSync(path.join(outDir, name));
      const downloaded = await page.request.get(new URL((await link.getAttribute('href')) ?? '', serve.origin).href);
      expect(downloaded.status()).toBe(200);
      expect(Buffer.compare(await downloaded.body(), bytes)).toBe(0);
      files[kind] = bytes;
    }
    const pptx = await JSZip.loadAsync(files['pptx'] ?? Buffer.alloc(0));
    expect(Object.keys(pptx.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(slideCount);
    for (const kind of ['summary-pdf', 'handout-pdf']) expect(files[kind]?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (pdftotextPath) {
      const { spawnSync } = await import('node:child_process');
      for (const kind of ['summary-pdf', 'handout-pdf']) {
        const text = spawnSync(pdftotextPath, ['-enc', 'UTF-8', '-', '-'], { input: files[kind], encoding: 'utf8' }).stdout.replace(/\s+/g, '');
        expect(text, kind).toContain('聚焦经济建设');
      }
    }
  });

  it('shows an error in the window for a broken file and keeps the open report', async () => {
    expectedErrors.push((text, url) => url.endsWith('/api/openBytes') && /status of 422/.test(text));
    await page.locator('#file-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "title": ') });
    const notice = page.locator('.notice.is-error[data-notice="notice.openFailed"]');
    await notice.waitFor(WAIT);
    expect(await notice.textContent()).toContain('broken.json');
    expect(await page.locator('[role="tree"] [aria-level="1"]').count()).toBe(sample.pillars.length);
    await notice.locator('button').click();
    expect(await notice.count()).toBe(0);
  });

  it('opens another report picked with Open report…', async () => {
    await page.locator('#file-input').setInputFiles(SAMPLE_JSON);
    await expect.poll(() => page.locator('.doc-name').textContent(), WAIT).toBe(path.basename(SAMPLE_JSON));
    await expect.poll(() => page.locator('[role="tree"] [aria-level="1"]').count(), WAIT).toBe(sample.pillars.length);
    await expect.poll(() => thumbs().count(), WAIT).toBeGreaterThan(sample.pillars.length);
  });

  it('switches the interface to English and back', async () => {
    await page.locator('#switch-language').click();
    expect(await page.locator('#outline-title').textContent()).toBe('Outline');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('button[data-export="pptx"]').textContent()).toBe('Deck (PPTX)');
    await page.locator('#switch-language').click();
    expect(await page.locator('#outline-title').textContent()).toBe('报告大纲');
  });

  it('asked nothing outside 127.0.0.1 and logged no console error', () => {
    expect(browser.outside).toEqual([]);
    const unexpected = browser.consoleErrors.filter((entry) => !expectedErrors.some((allowed) => allowed(entry.text, entry.url)));
    expect(unexpected).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('the studio started without a report', () => {
  let work: string;
  let serve: ServeProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The first block built the studio already when it ran; build again only when this block runs alone.
    if (!existsSync(path.join(root, 'renderer/dist/index.html')) || !existsSync(path.join(root, 'dist/cli.cjs'))) buildStudio(root);
    work = mkdtempSync(path.join(tmpdir(), 'huibao-e2e-empty-'));
    serve = await startServe(root, ['--port', '0', '--out-dir', path.join(work, 'out'), '--data-dir', path.join(work, 'data')]);
    browser = await launch(chromiumPath ?? '', serve.origin, { locale: 'en-US', width: 1280, height: 800 });
    page = browser.page;
    page.setDefaultTimeout(30_000);
  });

  afterAll(async () => {
    await browser?.close();
    await serve?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('shows the empty state in the browser’s language, reachable by Tab with a visible focus ring', async () => {
    await page.goto(serve.url);
    await page.locator('.empty-card h1').waitFor(WAIT);
    expect(await page.locator('.empty-card h1').textContent()).toBe('Turn a long report into meeting material');
    expect(await page.locator('#workspace').isHidden()).toBe(true);
    const reached: string[] = [];
    for (let i = 0; i < 12 && !reached.includes('empty-sample'); i++) {
      await page.keyboard.press('Tab');
      reached.push(String(await page.evaluate('document.activeElement?.id ?? ""')));
      expect(await page.evaluate('getComputedStyle(document.activeElement).boxShadow'), reached.at(-1)).not.toBe('none');
    }
    expect(reached).toEqual(expect.arrayContaining(['open-report', 'empty-open', 'empty-sample']));
  });

  it('opens the sample from the empty state', async () => {
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role="tree"] [aria-level="1"]').count(), WAIT).toBe(sample.pillars.length);
    await expect.poll(() => page.locator('.strip .thumb').count(), WAIT).toBeGreaterThan(sample.pillars.length);
    expect(await page.locator('#empty').isHidden()).toBe(true);
  });

  it('opens a file dropped onto the window', async () => {
    const text = readFileSync(SAMPLE_JSON, 'utf8');
    const dataTransfer = await page.evaluateHandle(`(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(text)}], 'dropped.report.json', { type: 'application/json' })); return dt; })()`);
    await page.locator('.studio').dispatchEvent('dragenter', { dataTransfer });
    expect(await page.locator('.drop-overlay').getAttribute('class')).toContain('is-active');
    await page.locator('.studio').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.locator('.doc-name').textContent(), WAIT).toBe('dropped.report.json');
    expect(await page.locator('.drop-overlay').getAttribute('class')).not.toContain('is-active');
    await expect.poll(() => page.locator('[role="tree"] [aria-level="1"]').count(), WAIT).toBe(sample.pillars.length);
  });

  it('asked nothing outside 127.0.0.1 and logged no console error', () => {
    expect(browser.outside).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});
