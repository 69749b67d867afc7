/** Entry point of the `huibao` binary: run the program, map every outcome to an exit code. */
import { exitCodeFor, EXIT_OK } from './errors.js';
import { processIo, type CliIo } from './io.js';
import { buildProgram } from './program.js';

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return exitCodeFor(error, io.err);
  }
}

// Bundled as dist/cli.cjs and started by bin/huibao.cjs, which sets the exit code.
