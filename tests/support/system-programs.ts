/**
 * Tests that need a system program (Chromium, pdftotext, LibreOffice) find it, or skip with a visible message on a
 * developer's machine. Under CI (CI=true) a missing program fails the run: .ci/run installs them all.
 *
 *   const pdftotext = findProgram('pdftotext', 'poppler-utils');
 *   describe.skipIf(!pdftotext)('text in the PDF', () => { … });
 */
import { spawnSync } from 'node:child_process';

const warned = new Set<string>();

export function findProgram(name: string, debianPackage: string, candidates: readonly string[] = [name]): string | undefined {
  for (const candidate of candidates) {
    const found = spawnSync('sh', ['-c', `command -v "${candidate}"`], { encoding: 'utf8' }).stdout.trim();
    if (found) return found;
  }
  const message = `${name} not found: install the Debian package "${debianPackage}" to run the tests that need it`;
  if (process.env['CI'] === 'true') throw new Error(`CI: ${message}`);
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(`SKIPPING tests: ${message}`);
  }
  return undefined;
}

export const findChromium = (): string | undefined => findProgram('chromium', 'chromium', ['chromium', 'chromium-browser', 'google-chrome']);
export const findPdftotext = (): string | undefined => findProgram('pdftotext', 'poppler-utils');
export const findPdffonts = (): string | undefined => findProgram('pdffonts', 'poppler-utils');
export const findSoffice = (): string | undefined => findProgram('soffice', 'libreoffice-impress', ['soffice', 'libreoffice']);
