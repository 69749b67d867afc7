/**
 * A build: an input (a raw report, imported first, or a structured one) and the user's choices → the files asked
 * for. The one orchestration the CLI, the app's export and `huibao serve` share; the shells only read and write.
 */
import type { Deck } from '../deck/model.js';
import type { FontMetrics } from '../layout/font-metrics.js';
import { openReport, type InputFile, type OpenedReport } from '../input/open-report.js';
import { planDeck } from '../plan/plan-deck.js';
import type { ProgressSink } from '../ports.js';
import type { Report } from '../report/schema.js';
import { applySelection } from '../selection/apply.js';
import type { Selection } from '../selection/schema.js';
import type { TemplatePack } from '../template/pack.js';
import type { PdfFonts } from '../write/pdf/index.js';
import { DEFAULT_PDF_CHOICES, DRAWS_SLIDES, OUTPUT_WRITERS, type OutputKind, type PdfChoices } from './outputs.js';

export interface BuildOptions {
  readonly selection: Selection;
  readonly pack: TemplatePack;
  readonly metrics: FontMetrics;
  /** Files to make, in this order. */
  readonly outputs: readonly OutputKind[];
  /** The bundled font's bytes: needed for the PDFs, which embed it. */
  readonly fonts?: PdfFonts;
  readonly pdf?: PdfChoices;
  /** Written into every file as its creation date; the same date gives the same bytes (defaults to now). */
  readonly createdAt?: Date;
  readonly progress?: ProgressSink;
}

export interface BuildResult {
  /** The report as opened (before the selection). */
  readonly report: Report;
  /** The planned slides, when an output draws them (PPTX, handout); a summary alone plans none. */
  readonly deck?: Deck;
  /** The planner's warnings (text that had to be shortened…); none when no deck was planned. */
  readonly warnings: readonly string[];
  readonly files: ReadonlyMap<OutputKind, Uint8Array>;
}

/** Open `input` (importing a raw report) and build from it. */
export async function buildFromFile(input: InputFile, options: BuildOptions): Promise<BuildResult> {
  options.progress?.(0, 'reading the report');
  return buildFromReport(await openReport(input), options);
}

const OUTPUT_NAMES: Readonly<Record<OutputKind, string>> = { pptx: 'PPTX', 'summary-pdf': 'PDF summary', 'handout-pdf': 'PDF handout' };

export async function buildFromReport(opened: Pick<OpenedReport, 'report' | 'sourceText'>, options: BuildOptions): Promise<BuildResult> {
  const { report, sourceText } = opened;
  const planned = options.outputs.some((kind) => DRAWS_SLIDES[kind]) ? plan(opened, options) : undefined;
  const products = {
    report: applySelection(report, options.selection),
    selection: options.selection,
    ...(planned ? { deck: planned.deck } : {}),
    pack: options.pack,
    pdf: options.pdf ?? DEFAULT_PDF_CHOICES,
    ...(options.fonts ? { fonts: options.fonts } : {}),
    ...(sourceText === undefined ? {} : { sourceText }),
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  };
  const files = new Map<OutputKind, Uint8Array>();
  for (const [index, kind] of options.outputs.entries()) {
    options.progress?.(0.2 + (0.8 * index) / options.outputs.length, `writing the ${OUTPUT_NAMES[kind]}`);
    files.set(kind, await OUTPUT_WRITERS[kind](products));
  }
  options.progress?.(1, 'done');
  return { report, ...(planned ? { deck: planned.deck } : {}), warnings: planned?.warnings ?? [], files };
}

function plan({ report, sourceText }: Pick<OpenedReport, 'report' | 'sourceText'>, options: BuildOptions): { deck: Deck; warnings: readonly string[] } {
  options.progress?.(0.1, 'planning the slides');
  return planDeck({ report, selection: options.selection, pack: options.pack, metrics: options.metrics, ...(sourceText === undefined ? {} : { sourceText }) });
}
