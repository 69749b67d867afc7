/** Where the CLI prints, injectable so tests capture output without spawning processes. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Raw stdout for machine-readable output (JSON). */
  write(text: string): void;
}

export const processIo: CliIo = {
  out: (line) => void process.stdout.write(line + '\n'),
  err: (line) => void process.stderr.write(line + '\n'),
  write: (text) => void process.stdout.write(text),
};
