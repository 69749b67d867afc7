/**
 * `huibao build INPUT [--pptx [FILE]] [--pdf [FILE]] [--handout [FILE]] [--out-dir DIR] [--template ID|DIR] [--preset …]
 * [--pillars 1,3,5] [--toc] [--per-page 1|2|4] [--notes]`: a report (raw, imported first, or structured) → the files
 * asked for, all from the same plan, so template, preset and pillars apply to every output alike. Files are written
 * atomically and never over the input. An output option without a file, or no output option at all (the deck), names
 * the file after the input (report.txt → report.pptx, report.summary.pdf, report.handout.pdf) in --out-dir, or in the
 * current folder.
 */
import type { Command } from 'commander';
import type { OutputKind } from '../../engine/build/outputs.js';
import type { CliIo } from '../io.js';

/**
 * The outputs the command knows: its option, the name it gets in --out-dir, and whether it is made when no output
 * option is given. A new output is one row here (and one writer in engine/build/outputs.ts).
 */
export const OUTPUT_OPTIONS: readonly { readonly kind: OutputKind; readonly option: string; readonly what: string; readonly suffix: string; readonly byDefault: boolean }[] = [
  { kind: 'pptx', option: 'pptx', what: 'the briefing deck (PowerPoint)', suffix: '.pptx', byDefault: true },
  { kind: 'summary-pdf', option: 'pdf', what: 'the PDF summary (A4)', suffix: '.summary.pdf', byDefault: false },
  { kind: 'handout-pdf', option: 'handout', what: 'the deck as a PDF handout', suffix: '.handout.pdf', byDefault: false },
];

export interface BuildFlags {
  readonly outDir?: string;
  readonly template?: string;
  readonly preset: string;
  readonly pillars?: string;
  readonly toc?: boolean;
  readonly perPage: string;
  readonly notes?: boolean;
  /** An output option: its file, or true when given without one. */
  readonly [option: string]: string | boolean | undefined;
}

export function registerBuild(program: Command, io: CliIo): void {
  const command = program
    .command('build')
    .description('build a briefing deck (PPTX), a PDF summary and a PDF handout from a report')
    .argument('<input>', 'a raw report (.txt, .md, .docx, .html: imported first) or a structured one (.json, .yaml)');
  for (const output of OUTPUT_OPTIONS) command.option(`--${output.option} [file]`, `write ${output.what} to [file] (without one: <input>${output.suffix} in --out-dir)`);
  command
    .option('--out-dir <dir>', 'when no output file is given: write the outputs here, named after the input (default: the current folder)')
    .option('--template <id|dir>', 'template pack: gov-blue (政务蓝), party-red (党建红), minimal (简约), or a pack folder', 'gov-blue')
    .option('--preset <preset>', 'brief (a slide per pillar), full (adds a slide per section), onepage (one dashboard)', 'brief')
    .option('--pillars <positions>', 'only these pillars, by 1-based position in the report, e.g. 1,3,5 or 2-4')
    .option('--toc', 'add a table of contents to the PDF summary')
    .option('--per-page <n>', 'slides per page of the PDF handout: 1, 2 or 4', '1')
    .option('--notes', 'print the speaker notes beside the slides in the PDF handout')
    // The engine (templates, fonts, writers) loads only when a build runs, not for every other command.
    .action(async (input: string, flags: BuildFlags) => (await import('./build-run.js')).runBuild(input, flags, io));
}

