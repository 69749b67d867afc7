/**
 * The importer's entry point: a raw report (txt, md, docx, html) → a structured report, the decoded source text its
 * metrics point into, and the trace of every decision. Pure: bytes in, values out.
 */
import { InputError } from '../errors.js';
import type { InputFile } from '../input/open-report.js';
import { formatFromName, type InputFormat } from '../input/formats.js';
import type { Report, ReportMeta } from '../report/schema.js';
import { cjkShare } from './chars.js';
import { classifyBlock, type Classified } from './classify.js';
import { cleanUp } from './clean-up.js';
import { decodeText } from './decode.js';
import { decideInlineHeadings, decideLoneLines } from './decide-headings.js';
import { layOut } from './extracted.js';
import { metaFromFront, readFrontMatter, readIssuer } from './front-matter.js';
import { assembleReport } from './assemble.js';
import { readMarkdownLines, type HintedLine } from './markdown.js';
import { buildOutline, outlineWithoutHeadings } from './outline.js';
import { joinBrokenLines } from './paragraphs.js';
import { rawLines, toSourceLines } from './source-lines.js';
import { emptyTrace, LineIndex, type ImportTrace } from './trace.js';

export type RawFormat = Exclude<InputFormat, 'json' | 'yaml'>;

export interface ImportResult {
  readonly report: Report;
  /** The decoded text (for docx and HTML: the extracted text) that metric `source` offsets index into. */
  readonly sourceText: string;
  readonly trace: ImportTrace;
}

interface Decoded {
  readonly sourceText: string;
  readonly lines: HintedLine[];
  readonly encoding: string;
  readonly note?: string;
}

export async function importReport(file: InputFile): Promise<ImportResult> {
  const format = formatFromName(file.name);
  if (!format || format === 'json' || format === 'yaml') {
    throw new InputError({ file: file.name, message: 'not a raw report (txt, md, docx or html)', hint: 'Structured reports (.json, .yaml) are opened as they are' });
  }
  if (file.bytes.length === 0) throw new InputError({ file: file.name, message: 'the file is empty', hint: 'Choose a report that has text in it' });
  return importDecoded(await decode(file, format), format, file.name);
}

/** Import text that is already decoded (pasted text, tests). */
export function importText(text: string, options: { name?: string; format?: 'txt' | 'md' } = {}): ImportResult {
  const format = options.format ?? 'txt';
  const sourceText = text.replace(/^\uFEFF/, '');
  const lines = rawLines(sourceText);
  return importDecoded({ sourceText, lines: format === 'md' ? readMarkdownLines(lines) : lines, encoding: 'text' }, format, options.name ?? `report.${format}`);
}

async function decode(file: InputFile, format: RawFormat): Promise<Decoded> {
  // The Word and HTML readers (and the HTML parser under both) load only for those files: most reports are text.
  if (format === 'docx') {
    const { readDocx } = await import('./docx.js');
    const document = layOut(await readDocx(file.bytes, file.name));
    return { ...document, encoding: 'docx' };
  }
  if (format === 'html') {
    const { readHtml } = await import('./html.js');
    const page = readHtml(file.bytes, file.name);
    return { ...layOut(page.blocks), encoding: page.encoding, note: page.note };
  }
  const decoded = decodeText(file.bytes, file.name);
  const lines = rawLines(decoded.text);
  return { sourceText: decoded.text, lines: format === 'md' ? readMarkdownLines(lines) : lines, encoding: `${decoded.encoding}${decoded.bom ? ' with BOM' : ''}` };
}

function importDecoded(decoded: Decoded, format: RawFormat, name: string): ImportResult {
  const language = cjkShare(decoded.sourceText) >= 0.3 ? 'zh' : 'en';
  const trace = emptyTrace(format, decoded.encoding, language);
  if (decoded.note) trace.notes.push(decoded.note);
  const lineIndex = new LineIndex(decoded.sourceText);
  const cleaned = cleanUp(toSourceLines(decoded.lines), trace);
  if (cleaned.lines.length === 0) throw new InputError({ file: name, message: 'the file has no report text', hint: 'Choose a file that holds the report itself' });
  const blocks = joinBrokenLines(cleaned.lines, language, trace).map((block) => classifyBlock(block, language));
  const front = readFrontMatter(blocks, language);
  const issuer = readIssuer(blocks.slice(front.consumed), language);
  for (const block of blocks.slice(front.consumed, front.consumed + issuer.consumed)) trace.meta.push({ line: block.block.line, text: block.block.text.text, reason: 'who issued or wrote the report (a line under the title)' });
  const body = blocks.slice(front.consumed + issuer.consumed);
  settleHeadings(body, language, decoded.lines.some((line) => line.hint?.kind === 'heading'));
  const hasHeadings = body.some((block) => block.kind === 'heading');
  if (!hasHeadings) trace.notes.push('no headings were found: each paragraph became a part of its own');
  const lineOf = (block: Classified): number => lineIndex.lineOf(block.block.text.firstSourceOffset());
  const outline = hasHeadings ? buildOutline(body, trace, lineOf) : outlineWithoutHeadings(body);
  if (front.title) trace.headings.unshift({ line: lineIndex.lineOf(front.title.firstSourceOffset()), text: front.title.text, role: 'title', reason: 'the first line of the report' });
  recordCaptions(body, trace, lineOf);
  const title = front.title?.text ?? titleFromName(name);
  const leadText = outline.lead.map((paragraph) => paragraph.text).join('');
  const meta = mergeMeta(metaFromFront(title, front.subtitle?.text, leadText), issuer.meta, cleaned.meta);
  const report = assembleReport({ title, subtitle: front.subtitle?.text, meta, outline, language, sourceText: decoded.sourceText, lines: lineIndex, trace });
  if (report.pillars.length === 0) throw new InputError({ file: name, message: 'no report text was found beyond the title', hint: 'Check that the file holds the whole report' });
  // Returned as built, not run through ReportSchema.parse: the types give its shape, and what they cannot say (no
  // extra keys, defaults filled, unique ids, spans in order) is held by tests over the samples and fuzzed inputs
  // (tests/engine/ingest/report-shape.test.ts). The parse cost a cold CLI run ~6 ms for a result equal to its input.
  return { report, sourceText: decoded.sourceText, trace };
}

/**
 * Lone lines and inline headings are settled in context. Lone lines need more to be headings when the file marks its
 * headings itself (Word styles, Markdown #): there an unmarked short line is most likely a caption.
 */
function settleHeadings(body: Classified[], language: 'zh' | 'en', explicit: boolean): void {
  const snapshot = body.map((block) => ({ kind: block.kind, reason: block.reason, strength: block.strength }));
  decideLoneLines(body, language, explicit ? 3 : 2);
  decideInlineHeadings(body);
  if (body.some((block) => block.kind === 'heading')) return;
  // Nothing reached the bar: a plain report whose only structure is short lines. Take them at a lower bar.
  body.forEach((block, i) => Object.assign(block, snapshot[i]));
  decideLoneLines(body, language, 1);
  decideInlineHeadings(body);
}

/** ReportMetaSchema's keys in its order: a parsed report lists them so, and the importer's report must read the same. */
const META_KEYS = ['organization', 'period', 'date', 'author', 'source'] as const satisfies readonly (keyof ReportMeta)[];

/** The readers' meta, later ones winning, with keys in the schema's order. */
function mergeMeta(...found: Partial<ReportMeta>[]): ReportMeta {
  const merged: Partial<ReportMeta> = Object.assign({}, ...found);
  const meta: ReportMeta = {};
  for (const key of META_KEYS) if (merged[key] !== undefined) meta[key] = merged[key];
  return meta;
}

function recordCaptions(blocks: readonly Classified[], trace: ImportTrace, lineOf: (block: Classified) => number): void {
  for (const block of blocks) if (block.kind === 'caption') trace.captions.push({ line: lineOf(block), text: block.block.text.text, reason: block.reason });
}

function titleFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, '') || 'Report';
}
