/**
 * Where the end-to-end tests save their screenshots. A plain run writes them to out/e2e/ (ignored by git), so
 * `npm test` leaves the tree clean and the pictures can still be looked at; with UPDATE_SCREENSHOTS=1 they replace
 * the documentation's pictures in docs/, to be looked at and committed on purpose.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export function updatesDocs(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['UPDATE_SCREENSHOTS'] === '1';
}

/** The file a screenshot named `name` (e.g. 'studio.png') goes to, its folder created. */
export function screenshotPath(root: string, name: string, env: NodeJS.ProcessEnv = process.env): string {
  const folder = path.join(root, updatesDocs(env) ? 'docs' : 'out/e2e');
  mkdirSync(folder, { recursive: true });
  return path.join(folder, name);
}
