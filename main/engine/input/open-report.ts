/**
 * One entry point for every input a user can hand us: a structured report (JSON/YAML) is validated,
 * a raw report (txt, md, docx, html) goes through the importer.
 */
import { InputError } from '../errors.js';
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
    const text = decodeUtf8Strict(file);
    return { report: parseStructuredReport(text, format, file.name), format };
  }
  throw new InputError({ file: file.name, message: `importing raw .${format} reports is not available yet (issue 3)`, hint: 'Use a structured report (.json or .yaml) for now' });
}

function decodeUtf8Strict(file: InputFile): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    throw new InputError({ file: file.name, message: 'not UTF-8 text', hint: 'Save structured reports as UTF-8' });
  }
}
