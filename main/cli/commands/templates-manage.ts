/**
 * `huibao templates new NAME --from ID | check DIR | export ID -o FILE | import FILE`: the user's own template
 * library, registered on the `templates` command beside `list` and `show`. New and imported packs go into
 * `<user data>/templates/` (see main/node/user-templates.ts; $HUIBAO_USER_DATA overrides the folder).
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** The library's engine (zip reader, Handlebars, schemas) loads only when one of these commands runs. */
const run = () => import('./templates-manage-run.js');

export interface NewFlags {
  readonly from: string;
  readonly id?: string;
  readonly nameEn?: string;
}

export interface ImportFlags {
  readonly from?: string;
  readonly id?: string;
  readonly name?: string;
}

/** `userDataDir` overrides where user packs live (tests); by default $HUIBAO_USER_DATA or the app's user-data folder. */
export function registerTemplateManagement(templates: Command, io: CliIo, userDataDir?: () => string): void {
  const dataDir = async (): Promise<string> => userDataDir?.() ?? (await run()).defaultUserDataDir();
  const commands = [
    templates
      .command('new')
      .description('make your own pack from another one, in your template folder')
      .argument('<name>', 'the new pack’s name, e.g. 县委办蓝')
      .requiredOption('--from <pack>', 'the pack to start from: an id (gov-blue), a name (政务蓝) or a pack folder')
      .option('--id <id>', 'the new pack’s id (default: from the name, or <from>-custom)')
      .option('--name-en <name>', 'the English name (default: the name)')
      .action(async (name: string, flags: NewFlags) => (await run()).newPack(io, await dataDir(), name, flags)),
    templates
      .command('check')
      .description('check a pack folder: every problem with file:line:column, and contrast warnings')
      .argument('<dir>', 'a pack folder (template.json, text/*.hbs, assets/)')
      .action(async (dir: string) => (await run()).checkPack(io, dir)),
    templates
      .command('export')
      .description('save a pack as one .zip to share across an office')
      .argument('<pack>', 'an id, a name or a pack folder')
      .requiredOption('-o, --output <file>', 'the .zip to write')
      .action(async (choice: string, flags: { output: string }) => (await run()).exportPack(io, await dataDir(), choice, flags.output)),
    templates
      .command('import')
      .description('add a shared pack (.zip), or make one from a PowerPoint theme (.pptx, .potx)')
      .argument('<file>', 'a pack archive (.zip) or a PowerPoint file (.pptx, .potx)')
      .option('--from <pack>', 'for .pptx/.potx: the layout to use (default gov-blue)')
      .option('--name <name>', 'for .pptx/.potx: the new pack’s name (default: the theme’s name)')
      .option('--id <id>', 'for .pptx/.potx: the new pack’s id')
      .action(async (file: string, flags: ImportFlags) => (await run()).importPack(io, await dataDir(), file, flags)),
  ];
  for (const command of commands) command.exitOverride();
}
