// Renders the studio's icon (renderer/icon.svg) to assets/icons/icon.png, 1024×1024, which electron-builder turns
// into the Windows, macOS and Linux icons. Run after changing the SVG: node scripts/make-icon.mjs (needs Chromium).
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

const svg = readFileSync('renderer/icon.svg', 'utf8');
const size = 1024;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  mkdirSync('assets/icons', { recursive: true });
  await page.screenshot({ path: 'assets/icons/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
} finally {
  await browser.close();
}
