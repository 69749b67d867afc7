// Lint enforces the layering: the engine is pure (no electron, no disk, no DOM), and raw ipcMain/ipcRenderer
// live only in the two IPC helpers. tests/lint/layering.test.ts proves these rules fail on offending code.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnlyModules = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https', 'worker_threads', 'node:worker_threads'];

export const engineRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: 'The engine is pure: electron belongs in main/app and main/preload only.' },
        ...nodeOnlyModules.map((name) => ({ name, message: 'The engine touches no disk or network: take a port (main/engine/ports.ts) instead.' })),
      ],
      patterns: [
        { group: ['electron/*'], message: 'The engine is pure: electron belongs in main/app and main/preload only.' },
        { group: ['**/cli/**', '**/app/**', '**/serve/**', '**/preload/**', '**/renderer/**'], message: 'The engine must not depend on its shells.' },
      ],
    },
  ],
  'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'HTMLElement', 'location'].map((name) => ({ name, message: 'The engine has no DOM or network: pass what you need in.' }))],
};

const rawIpc = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the typed IPC helpers (main/app/ipc.ts, main/preload/ipc.ts) derived from main/contract.ts.' }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'renderer/dist/**', 'release/**', 'coverage/**', 'tests/**/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: ['main/engine/**/*.ts'], rules: engineRestrictions },
  { files: ['main/**/*.ts', 'renderer/**/*.ts'], ignores: ['main/app/ipc.ts', 'main/preload/ipc.ts', 'main/engine/**'], rules: rawIpc },
  { files: ['renderer/**/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
