/** The work of `huibao build` (see build.ts): read, plan, write. Loaded only when a build runs. */
import path from 'node:path';
import { realpathSync } from 'node:fs';
import { buildFromReport } from '../../engine/build/build.js';
import type { OutputKind, PdfChoices } from '../../engine/build/outputs.js';
import { InputError } from '../../engine/errors.js';
import { openReport } from '../../engine/input/open-report.js';
import { bundledFontMetrics } from '../../engine/layout/bundled-metrics.js';
import { selectPillarPositions } from '../../engine/selection/pillar-positions.js';
import { PresetSchema, SelectionSchema, type Preset, type Selection } from '../../engine/selection/schema.js';
import { loadBundledFonts } from '../../node/fonts.js';
import { openTemplatePack } from '../../node/template-packs.js';
import { fromFsError } from '../errors.js';
import type { CliIo } from '../io.js';
import { writeFileAtomic } from '../node-ports.js';
import { readInputFile } from '../read-input.js';
import { OUTPUT_OPTIONS, type BuildFlags } from './build.js';

export async function runBuild(input: string, flags: BuildFlags, io: CliIo): Promise<void> {
  const preset = parsePreset(flags.preset);
  const targets = outputTargets(input, flags);
  // Template, fonts and report load side by side: each is its own file read. Only the PDFs need the font files
  // (to embed them); slides are measured with the font's generated metrics.
  const needsFonts = targets.some((target) => target.kind !== 'pptx');
  const progress = phaseLog(io);
  const [pack, fonts, opened] = await Promise.all([openTemplatePack(flags.template), needsFonts ? loadBundledFonts() : undefined, readInputFile(input).then(openReport)]);
  progress?.(0, 'read the report, the template and the fonts');
  const selection = chooseSelection(opened.report, preset, flags.pillars);
  const pdf = pdfChoices(flags);
  const result = await buildFromReport(opened, {
    selection,
    pack,
    metrics: bundledFontMetrics(),
    ...(fonts ? { fonts } : {}),
    pdf,
    createdAt: creationDate(),
    outputs: targets.map((target) => target.kind),
    ...(progress ? { progress } : {}),
  });
  for (const warning of result.warnings) io.err(`huibao: warning: ${warning}`);
  for (const target of targets) {
    const bytes = result.files.get(target.kind);
    if (!bytes) throw new Error(`the build made no ${target.kind}`);
    await writeOutput(target.file, bytes);
    io.out(`${target.file}: ${describe(target.kind, result.deck?.slides.length ?? 0, bytes.length, pdf)}`);
  }
  progress?.(1, 'wrote the files');
}

/** With HUIBAO_DEBUG set, each step of the build is logged with the time since the process started (for profiling). */
function phaseLog(io: CliIo): ((fraction: number, step: string) => void) | undefined {
  if (!process.env['HUIBAO_DEBUG']) return undefined;
  return (_fraction, step) => io.err(`huibao: ${performance.now().toFixed(0).padStart(5)} ms  ${step}`);
}

function parsePreset(value: string): Preset {
  const parsed = PresetSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InputError({ message: `--preset ${value}: unknown preset`, hint: 'Use brief, full or onepage' });
}

/** The PDFs' options. */
function pdfChoices(flags: BuildFlags): PdfChoices {
  const perPage = Number(flags.perPage);
  if (perPage !== 1 && perPage !== 2 && perPage !== 4) throw new InputError({ message: `--per-page ${flags.perPage}: the handout takes 1, 2 or 4 slides per page`, hint: 'Use --per-page 1, 2 or 4' });
  return { toc: flags.toc === true, handout: { perPage, notes: flags.notes === true } };
}

/** The files' creation date: SOURCE_DATE_EPOCH when set, so builds can be reproduced byte for byte; now otherwise. */
function creationDate(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const seconds = epoch === undefined ? NaN : Number(epoch);
  return Number.isInteger(seconds) && seconds >= 0 ? new Date(seconds * 1000) : new Date();
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
 * Where each output goes: the outputs whose option was given, to their files (named after the input in --out-dir, or
 * the current folder, when the option has none); with no output option, the default outputs, named the same way.
 */
export function outputTargets(input: string, flags: BuildFlags): OutputTarget[] {
  const dir = flags.outDir ?? '.';
  const named = (output: (typeof OUTPUT_OPTIONS)[number]): string => path.join(dir, `${baseName(input)}${output.suffix}`);
  const explicit = OUTPUT_OPTIONS.flatMap((output) => {
    const file = flags[output.option];
    return file === true ? [{ kind: output.kind, file: named(output) }] : typeof file === 'string' && file !== '' ? [{ kind: output.kind, file }] : [];
  });
  const targets = explicit.length > 0 ? explicit : OUTPUT_OPTIONS.filter((output) => output.byDefault).map((output) => ({ kind: output.kind, file: named(output) }));
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

function describe(kind: OutputKind, slides: number, bytes: number, pdf: PdfChoices): string {
  const size = bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (kind === 'pptx') return `${slides} slides, ${size}`;
  if (kind === 'handout-pdf') return `${slides} slides on ${Math.ceil(slides / pdf.handout.perPage)} pages, ${size}`;
  return `PDF summary, ${size}`;
}
