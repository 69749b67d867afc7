// Proves the layering rules in eslint.config.js bite: each case is code that must fail lint where it stands.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering lint rules', () => {
  it('fails an engine file that imports electron', async () => {
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'main/engine/probe.ts')).toContain('no-restricted-imports');
  });

  it('fails an engine file that reads the disk directly', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'main/engine/report/probe.ts')).toContain('no-restricted-imports');
  });

  it('fails an engine file that uses DOM globals', async () => {
    expect(await ruleIds('export const title = document.title;\n', 'main/engine/plan/probe.ts')).toContain('no-restricted-globals');
  });

  it('fails an engine file that imports a shell', async () => {
    expect(await ruleIds("import { runCli } from '../cli/main.js';\nexport const r = runCli;\n", 'main/engine/probe.ts')).toContain('no-restricted-imports');
  });

  it('fails raw ipcMain outside the IPC helper', async () => {
    expect(await ruleIds("import { ipcMain } from 'electron';\nexport const i = ipcMain;\n", 'main/app/window.ts')).toContain('no-restricted-imports');
  });

  it('allows electron in the Electron main process and the same code is clean there', async () => {
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'main/app/probe.ts')).toEqual([]);
  });
});
