/** The `huibao` command line: a thin shell over the engine. */
import { Command } from 'commander';
import { registerImport } from './commands/import.js';
import { registerBuild } from './commands/build.js';
import { registerServe } from './commands/serve.js';
import { registerTemplates } from './commands/templates.js';
import { registerValidate } from './commands/validate.js';
import type { CliIo } from './io.js';

export const VERSION = '0.1.0';

export function buildProgram(io: CliIo): Command {
  const program = new Command('huibao')
    .description('汇报 Huibao — turn long written reports into briefing decks (PPTX) and PDF summaries')
    .version(VERSION)
    .showHelpAfterError('(run "huibao --help" for usage)')
    .configureOutput({ writeOut: (s) => io.write(s), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();
  registerImport(program, io);
  registerBuild(program, io);
  registerValidate(program, io);
  registerTemplates(program, io);
  registerServe(program, io);
  for (const command of program.commands) command.exitOverride();
  return program;
}
