/**
 * Permission tests mean nothing as root (root writes into read-only folders), and CI runs as root. So the scenario
 * runs in a child process as an unprivileged user (`nobody`) when we are root, as ourselves otherwise. The scenario is
 * bundled with esbuild into one file in a temporary folder first, so the child needs no access to the checkout (which
 * may sit under a folder `nobody` cannot enter). It prints one JSON line that the test reads.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

export const NOBODY = 65534;
export const isRoot = (): boolean => process.getuid?.() === 0;

/** Hand `paths` to the user the child will run as, so it owns its scratch folder like a normal user would. */
export function giveToChild(...paths: string[]): void {
  if (isRoot()) for (const p of paths) chownSync(p, NOBODY, NOBODY);
}

const bundled = new Map<string, string>();

export function bundle(script: string): string {
  const done = bundled.get(script);
  if (done) return done;
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-scenario-'));
  chmodSync(dir, 0o755);
  const outfile = path.join(dir, `${path.basename(script, '.ts')}.cjs`);
  buildSync({ entryPoints: [script], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  chmodSync(outfile, 0o644);
  bundled.set(script, outfile);
  return outfile;
}

export function runAsUser<T>(script: string, args: readonly string[]): T {
  const result = spawnSync(process.execPath, [bundle(script), ...args], {
    encoding: 'utf8',
    cwd: tmpdir(),
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: tmpdir() },
    ...(isRoot() ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`scenario ${script} failed (${result.status}): ${result.stderr.trim()}`);
  return JSON.parse(line) as T;
}
