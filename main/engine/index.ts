/** The engine's public API: what the CLI, the Electron main process and `huibao serve` call. Pure: no electron, no DOM, no disk. */
export { InputError, isInputError, formatProblem, type InputProblem } from './errors.js';
export type { ReadPort, WritePort, ProgressSink } from './ports.js';
export * from './report/schema.js';
export { validateReport, parseStructuredReport, formatIssuePath } from './report/validate.js';
export { reportJsonSchema } from './report/json-schema.js';
export { openReport, type InputFile, type OpenedReport } from './input/open-report.js';
export { formatFromName, supportedExtensions, type InputFormat } from './input/formats.js';
export * from './selection/schema.js';
export type * from './deck/model.js';
export * from './layout/index.js';
// Template packs: manifest, loading and checks, the texts' data and helpers.
export { loadTemplatePack, MAX_TEXT_BYTES } from './template/load-pack.js';
export { listTemplatePacks, findPack, DEFAULT_TEMPLATE_ID, type PackListing } from './template/list-packs.js';
export { subPort } from './template/sub-port.js';
export type { TemplatePack, PackLogo } from './template/pack.js';
export type { PackImage } from './template/image-asset.js';
export { renderPackText, renderPackLines } from './template/render-text.js';
export * from './template/data.js';
export * from './template/manifest-schema.js';
export { templateJsonSchema } from './template/json-schema.js';
export { TEXT_TEMPLATES, type TextTemplateSpec } from './template/text-names.js';
export { templateHelpers, type TemplateHelper } from './template/helpers/index.js';
export { formatMetric, type MetricDisplay } from './template/format/format-metric.js';
export { formatChange, type ChangeDisplay } from './template/format/format-change.js';
export { scaleChinese, withThousands, type ScaledNumber } from './template/format/scale-number.js';
export { quoteForMetric } from './template/source-quote.js';
export { writePptx } from './write/pptx/index.js';
export { applySelection, orderBy } from './selection/apply.js';
export { parsePillarPositions, selectPillarPositions } from './selection/pillar-positions.js';
export { writeSummaryPdf, summaryMarkdown, summaryPdfFromMarkdown, writeHandoutPdf, SUMMARY_TEXT } from './write/pdf/index.js';
export type { SummaryInput, SummaryMarkdownInput, SummaryPdf, HandoutOptions, SlidesPerPage, PdfFonts } from './write/pdf/index.js';
export { summaryHelpers, summaryHelperNames } from './template/summary-helpers.js';
// The importer: raw reports (txt, md, docx, html) → structured report, with the trace --explain prints.
export { importReport, importText, type ImportResult, type RawFormat } from './ingest/import-report.js';
export { explainImport } from './ingest/explain.js';
export type { ImportTrace, TraceEntry, HeadingEntry, HeadingRole } from './ingest/trace.js';
// The planner (report + selection + pack → Deck) and a build (input + choices → files).
export { planDeck, type PlanInput, type PlanResult } from './plan/plan-deck.js';
export { slideJobs, type SlideJob } from './plan/presets.js';
export { buildFromFile, buildFromReport, type BuildOptions, type BuildResult } from './build/build.js';
export { OUTPUT_WRITERS, type OutputKind, type BuildProducts } from './build/outputs.js';
