/** The e2e screenshots land in the ignored out/e2e/ unless UPDATE_SCREENSHOTS=1 asks for the docs' pictures. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { screenshotPath } from './support/screenshots.js';

describe('screenshot paths', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('go to out/e2e/ on a plain run, leaving docs/ alone', () => {
    root = mkdtempSync(path.join(tmpdir(), 'huibao-shots-'));
    for (const value of [undefined, '', '0', 'true']) {
      expect(screenshotPath(root, 'studio.png', { UPDATE_SCREENSHOTS: value })).toBe(path.join(root, 'out/e2e/studio.png'));
    }
    expect(existsSync(path.join(root, 'out/e2e'))).toBe(true);
    expect(existsSync(path.join(root, 'docs'))).toBe(false);
  });

  it('replace the docs pictures with UPDATE_SCREENSHOTS=1', () => {
    root = mkdtempSync(path.join(tmpdir(), 'huibao-shots-'));
    expect(screenshotPath(root, 'template-editor.png', { UPDATE_SCREENSHOTS: '1' })).toBe(path.join(root, 'docs/template-editor.png'));
    expect(existsSync(path.join(root, 'docs'))).toBe(true);
  });
});
