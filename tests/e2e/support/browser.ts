/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), headless with the flags that keep it
 * from reaching the network on its own, a fresh profile, and two guards the tests assert on: every request that
 * would leave 127.0.0.1 is recorded and aborted, and every console error and page error is recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ConsoleEntry {
  readonly text: string;
  readonly url: string;
}

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to anything but the studio's own origin (and data: URLs), which were aborted. */
  readonly outside: string[];
  readonly consoleErrors: ConsoleEntry[];
  close(): Promise<void>;
}

export async function launch(executablePath: string, origin: string, options: { readonly locale: string; readonly width: number; readonly height: number }): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'huibao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: options.width, height: options.height },
    locale: options.locale,
    acceptDownloads: true,
  });
  const outside: string[] = [];
  const consoleErrors: ConsoleEntry[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !outside.includes(url)) outside.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on('pageerror', (error) => consoleErrors.push({ text: `page error: ${error.message}`, url: '' }));
  return {
    context,
    page,
    outside,
    consoleErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
