/**
 * Subcommands whose engine arrives with a later issue. They exist (so `--help` shows the whole tool) and say
 * plainly that they are not there yet, exiting 2 as for any input the tool cannot handle.
 */
import type { Command } from 'commander';
import { InputError } from '../../engine/index.js';

export function registerPending(program: Command, name: string, description: string, issue: number): void {
  program
    .command(name)
    .description(`${description} (not available yet)`)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new InputError({ message: `"huibao ${name}" is not available yet (issue ${issue})`, hint: 'See README.md for what works today' });
    });
}
