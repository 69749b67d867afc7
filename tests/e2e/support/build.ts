/** Builds what `huibao serve` serves and runs: the studio (vite build → renderer/dist) and the CLI bundle (dist/cli.cjs). */
import { spawnSync } from 'node:child_process';

function run(cwd: string, args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
}

export function buildStudio(root: string): void {
  run(root, ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  run(root, ['scripts/build-node.mjs']);
}
