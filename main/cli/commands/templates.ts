/**
 * `huibao templates list` and `huibao templates show ID|DIR`: what packs there are and what each one sets
 * (looks, fonts, tiles, texts). Both take --json for scripts. Creating, checking, exporting and importing packs
 * come with a later issue.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerTemplateManagement } from './templates-manage.js';

/** The packs' engine (Handlebars, zod schemas, images) loads only when a templates command runs. */
const run = () => import('./templates-run.js');

export function registerTemplates(program: Command, io: CliIo): void {
  const templates = program.command('templates').description('list the template packs and show what one sets');
  templates
    .command('list')
    .description('the built-in template packs')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => (await run()).listPacks(io, flags.json === true));
  templates
    .command('show')
    .description('what a template pack sets: size, fonts, colours, tiles, images and texts')
    .argument('<pack>', 'an id (gov-blue), a name (党建红) or a pack folder')
    .option('--json', 'print JSON')
    .action(async (choice: string, flags: { json?: boolean }) => (await run()).showPack(io, choice, flags.json === true));
  registerTemplateManagement(templates, io);
  for (const command of templates.commands) command.exitOverride();
}

