/** A CliIo that keeps what the CLI prints, for in-process command tests. */
import type { CliIo } from '../../main/cli/io.js';

export function captureIo(): CliIo & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (l) => out.push(l), err: (l) => err.push(l), write: (t) => out.push(t), outText: () => out.join('\n'), errText: () => err.join('\n') };
}
