/**
 * Permission tests mean nothing as root (root writes into read-only folders), and CI runs as root. So the scenario
 * runs in a child process as an unprivileged user (`nobody`) when we are root, as ourselves otherwise. The child is
 * a small script run with tsx; it prints one JSON line that the test reads.
 */
import { spawnSync } from 'node:child_process';
import { chownSync } from 'node:fs';

export const NOBODY = 65534;
export const isRoot = (): boolean => process.getuid?.() === 0;

/** Hand `paths` to the user the child will run as, so it owns its scratch folder like a normal user would. */
export function giveToChild(...paths: string[]): void {
  if (isRoot()) for (const p of paths) chownSync(p, NOBODY, NOBODY);
}

export function runAsUser<T>(script: string, args: readonly string[]): T {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: '/tmp' },
    ...(isRoot() ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`scenario ${script} failed (${result.status}): ${result.stderr.trim()}`);
  return JSON.parse(line) as T;
}
