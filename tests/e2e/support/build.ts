/**
 * Builds what `huibao serve` serves and runs: the studio (vite build → renderer/dist) and the CLI bundle (dist/cli.cjs).
 *
 * Once per test run: vite empties renderer/dist before writing it, so a second e2e file building while the first one's
 * server is up made that server answer 503 for the studio page. The files of one run share the vitest process as
 * their parent (the forks pool), so the first one builds under a lock and leaves a marker named after that parent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function run(cwd: string, args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
}

export function buildStudio(root: string): void {
  const dir = path.join(root, 'node_modules', '.cache', 'huibao-e2e');
  mkdirSync(dir, { recursive: true });
  const marker = path.join(dir, `built-for-run-${process.ppid}`);
  withLock(path.join(dir, 'build.lock'), () => {
    if (existsSync(marker) && existsSync(path.join(root, 'renderer/dist/index.html'))) return;
    run(root, ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
    run(root, ['scripts/build-node.mjs']);
    writeFileSync(marker, '');
  });
}

/** mkdir is atomic: whoever creates the folder holds the lock. A lock older than the longest build is abandoned. */
function withLock(lock: string, work: () => void): void {
  const deadline = Date.now() + 400_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - modifiedAt(lock) > 360_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${lock}: another test file has held the build lock for too long`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function modifiedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}
