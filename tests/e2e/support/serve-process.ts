/**
 * `huibao serve` as the user runs it (the built CLI bundle in a child process): started on a free port, its address
 * read from the first line of stdout, stopped with SIGTERM (which writes pending edits first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServeProcess {
  readonly url: string;
  readonly origin: string;
  /** Everything the server wrote to stderr, for failure messages. */
  readonly stderr: () => string;
  stop(): Promise<void>;
}

export async function startServe(cwd: string, args: readonly string[], timeoutMs = 60_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['bin/huibao.cjs', 'serve', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HUIBAO_DEBUG: '1' } });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = await firstLine(child, timeoutMs, () => stderr);
  return { url, origin: new URL(url).origin, stderr: () => stderr, stop: () => stop(child) };
}

function firstLine(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`huibao serve ${why}; stderr:\n${stderr()}`));
    };
    const timer = setTimeout(() => fail(`printed no address within ${timeoutMs} ms`), timeoutMs);
    lines.once('line', (line) => {
      clearTimeout(timer);
      if (/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(line)) resolve(line);
      else fail(`printed "${line}" instead of its address`);
    });
    child.once('exit', (code) => fail(`exited with code ${code}`));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
