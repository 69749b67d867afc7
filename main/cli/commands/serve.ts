/**
 * `huibao serve [FILE] [--port N] [--out-dir DIR]`: the studio in a browser on 127.0.0.1. The first line on stdout
 * is the address with its token (scripts and tests read it); everything else goes to stderr. Runs until SIGINT or
 * SIGTERM, then writes pending edits and stops.
 */
import type { Command } from 'commander';
import { InputError } from '../../engine/errors.js';
import type { CliIo } from '../io.js';
import { VERSION } from '../program.js';

interface ServeFlags {
  readonly port?: string;
  readonly outDir: string;
  readonly dataDir?: string;
}

/** Resolves when a stop signal arrives; tests pass their own. */
export type StopSignal = () => Promise<void>;

const processStop: StopSignal = () =>
  new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError({ message: `--port ${value} is not a port number`, hint: 'Use a number from 1024 to 65535, or 0 for any free port' });
  return port;
}

export function registerServe(program: Command, io: CliIo, untilStopped: StopSignal = processStop): void {
  program
    .command('serve')
    .description('open the studio in a browser on 127.0.0.1 (prints the address with its access token)')
    .argument('[file]', 'a report to open at once')
    .option('--port <n>', 'port on 127.0.0.1 (default: any free port)')
    .option('--out-dir <dir>', 'folder for exported files', 'out')
    .option('--data-dir <dir>', 'folder for recent files and autosaved work (default: the user config folder)')
    .action(async (file: string | undefined, flags: ServeFlags) => {
      const port = parsePort(flags.port);
      // Loaded here, not at start-up: every other command would pay for the server, the handlers and the engine.
      const [{ localeFrom }, { createNodeEngine }, { createJobs, sampleFile }, { rendererDir }, { startStudio }, { defaultUserDataDir }] = await Promise.all([
        import('../../handlers/app-info.js'),
        import('../../handlers/node-engine.js'),
        import('../../app/resources.js'),
        import('../../serve/static-files.js'),
        import('../../serve/studio.js'),
        import('../../serve/user-data-dir.js'),
      ]);
      const logError = (what: string, error: unknown): void => io.err(`huibao serve: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const userDataDir = flags.dataDir ?? defaultUserDataDir();
      const engine = createNodeEngine(logError, { userDataDir });
      engine.warmUp();
      const studio = await startStudio({
        ...(file === undefined ? {} : { file }),
        ...(port === undefined ? {} : { port }),
        outDir: flags.outDir,
        userDataDir,
        rendererDir: rendererDir(),
        sampleFile: sampleFile(),
        info: { name: 'Huibao 汇报', version: VERSION, locale: localeFrom(process.env['LC_ALL'] || process.env['LANG'] || Intl.DateTimeFormat().resolvedOptions().locale), platform: process.platform },
        engine,
        jobs: createJobs(),
        logError,
      });
      io.out(studio.server.url);
      io.err('huibao serve: open the address above in a browser; press Ctrl+C to stop');
      await untilStopped();
      await studio.close();
      io.err('huibao serve: stopped');
    });
}
