/**
 * `huibao build INPUT [--pptx FILE] [--out-dir DIR] [--template ID|DIR] [--preset …] [--pillars 1,3,5]`:
 * a report (raw, imported first, or structured) → the files asked for. Files are written atomically and never over
 * the input. With --out-dir and no explicit file, each output is named after the input (report.txt → report.pptx);
 * with neither, the current folder is the out-dir.
 */
import path from 'node:path';
import { realpathSync } from 'node:fs';
import type { Command } from 'commander';
import { buildFromReport } from '../../engine/build/build.js';
import type { OutputKind } from '../../engine/build/outputs.js';
import { InputError } from '../../engine/errors.js';
import { createFontMetrics } from '../../engine/layout/font-metrics.js';
import { selectPillarPositions } from '../../engine/selection/pillar-positions.js';
import { PresetSchema, SelectionSchema, type Preset, type Selection } from '../../engine/selection/schema.js';
import { openReport } from '../../engine/input/open-report.js';
import { loadBundledFonts } from '../../node/fonts.js';
import { openTemplatePack } from '../../node/template-packs.js';
import { fromFsError } from '../errors.js';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../node-ports.js';
import { readInputFile } from '../read-input.js';

/**
 * The outputs the command knows: its option, the name it gets in --out-dir, and whether it is made when no output
 * option is given. A new output is one row here (and one writer in engine/build/outputs.ts).
 */
export const OUTPUT_OPTIONS: readonly { readonly kind: OutputKind; readonly option: string; readonly what: string; readonly suffix: string; readonly byDefault: boolean }[] = [
  { kind: 'pptx', option: 'pptx', what: 'the briefing deck (PowerPoint)', suffix: '.pptx', byDefault: true },
];

interface BuildFlags {
  readonly outDir?: string;
  readonly template?: string;
  readonly preset: string;
  readonly pillars?: string;
  readonly [option: string]: string | undefined;
}

export function registerBuild(program: Command, io: CliIo): void {
  const command = program
    .command('build')
    .description('build a briefing deck (PPTX) from a report')
    .argument('<input>', 'a raw report (.txt, .md, .docx, .html: imported first) or a structured one (.json, .yaml)');
  for (const output of OUTPUT_OPTIONS) command.option(`--${output.option} <file>`, `write ${output.what} to <file>`);
  command
    .option('--out-dir <dir>', 'when no output file is given: write the outputs here, named after the input (default: the current folder)')
    .option('--template <id|dir>', 'template pack: gov-blue (政务蓝), party-red (党建红), minimal (简约), or a pack folder', 'gov-blue')
    .option('--preset <preset>', 'brief (a slide per pillar), full (adds a slide per section), onepage (one dashboard)', 'brief')
    .option('--pillars <positions>', 'only these pillars, by 1-based position in the report, e.g. 1,3,5 or 2-4')
    .action(async (input: string, flags: BuildFlags) => runBuild(input, flags, io));
}

async function runBuild(input: string, flags: BuildFlags, io: CliIo): Promise<void> {
  const preset = parsePreset(flags.preset);
  const targets = outputTargets(input, flags);
  // Template, fonts and report load side by side: each is its own file read.
  const [pack, fonts, opened] = await Promise.all([openTemplatePack(flags.template), loadBundledFonts(), readInputFile(input).then(openReport)]);
  const selection = chooseSelection(opened.report, preset, flags.pillars);
  const result = await buildFromReport(opened, { selection, pack, metrics: createFontMetrics(fonts), outputs: targets.map((target) => target.kind) });
  for (const warning of result.warnings) io.err(`huibao: warning: ${warning}`);
  for (const target of targets) {
    const bytes = result.files.get(target.kind);
    if (!bytes) throw new Error(`the build made no ${target.kind}`);
    await writeOutput(target.file, bytes);
    io.out(`${target.file}: ${describe(target.kind, result.deck.slides.length, bytes.length)}`);
  }
}

function parsePreset(value: string): Preset {
  const parsed = PresetSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InputError({ message: `--preset ${value}: unknown preset`, hint: 'Use brief, full or onepage' });
}

function chooseSelection(report: Parameters<typeof selectPillarPositions>[0], preset: Preset, pillars: string | undefined): Selection {
  const base = SelectionSchema.parse({ preset });
  return pillars === undefined ? base : selectPillarPositions(report, pillars, base);
}

interface OutputTarget {
  readonly kind: OutputKind;
  readonly file: string;
}

/**
 * Where each output goes: the outputs whose option was given, to those files; with none given, the default outputs,
 * named after the input, in --out-dir (or the current folder).
 */
export function outputTargets(input: string, flags: BuildFlags): OutputTarget[] {
  const explicit = OUTPUT_OPTIONS.flatMap((output) => {
    const file = flags[output.option];
    return file ? [{ kind: output.kind, file }] : [];
  });
  const dir = flags.outDir ?? '.';
  const targets = explicit.length > 0 ? explicit : OUTPUT_OPTIONS.filter((output) => output.byDefault).map((output) => ({ kind: output.kind, file: path.join(dir, `${baseName(input)}${output.suffix}`) }));
  for (const target of targets) refuseInput(input, target.file);
  return targets;
}

/** report.txt → report; report.report.json → report (the structured twin of report.txt builds the same names). */
function baseName(input: string): string {
  return path.basename(input).replace(/\.[^.]+$/, '').replace(/\.report$/, '');
}

function refuseInput(input: string, output: string): void {
  if (sameFile(input, output)) {
    throw new InputError({ file: output, message: 'is the input file; refusing to write over it', hint: 'Choose another output name' });
  }
}

function sameFile(a: string, b: string): boolean {
  const resolve = (file: string): string => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  return resolve(a) === resolve(b);
}

async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    // mkdir of the output's folder says EEXIST when that "folder" is a file.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new InputError({ file, message: 'cannot write: a part of the path is a file, not a folder', hint: 'Choose another output path', cause: error });
    }
    throw fromFsError(error, file, 'write');
  }
}

function describe(kind: OutputKind, slides: number, bytes: number): string {
  const size = bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return kind === 'pptx' ? `${slides} slides, ${size}` : size;
}
