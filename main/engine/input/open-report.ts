/**
 * One entry point for every input a user can hand us: a structured report (JSON/YAML) is validated,
 * a raw report (txt, md, docx, html) goes through the importer.
 */
import { InputError } from '../errors.js';
import { decodeText } from '../ingest/decode.js';
import type { Report } from '../report/schema.js';
import { parseStructuredReport } from '../report/validate.js';
import { formatFromName, isStructured, supportedExtensions, type InputFormat } from './formats.js';

export interface InputFile {
  /** The name shown in messages (usually the path the user gave). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface OpenedReport {
  readonly report: Report;
  readonly format: InputFormat;
  /** The decoded source text the metrics' offsets point into (raw inputs only). */
  readonly sourceText?: string;
}

export async function openReport(file: InputFile): Promise<OpenedReport> {
  const format = formatFromName(file.name);
  if (!format) {
    throw new InputError({ file: file.name, message: 'unknown kind of file', hint: `Huibao reads ${supportedExtensions.map((e) => '.' + e).join(', ')}` });
  }
  if (file.bytes.length === 0) throw new InputError({ file: file.name, message: 'the file is empty', hint: 'Choose a report that has text in it' });
  if (isStructured(format)) {
    // Structured reports saved by Windows tools may be UTF-16 or GBK: decode them like any text.
    const text = decodeText(file.bytes, file.name).text;
    return { report: parseStructuredReport(text, format, file.name), format };
  }
  // The importer (and its HTML and Word readers) loads only for raw reports: a structured one does not need it.
  const { importReport } = await import('../ingest/import-report.js');
  const { report, sourceText } = await importReport(file);
  return { report, format, sourceText };
}
