/**
 * Loading a structured report (JSON or YAML text) with errors that name the path inside the file,
 * e.g. `pillars[2].sections[0].metrics[3].value: expected number, received string`.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { InputError, type InputProblem } from '../errors.js';
import { ReportSchema, type Report } from './schema.js';

export type StructuredFormat = 'json' | 'yaml';

/** `pillars[2].sections[0].title` — the way people read paths, not zod's array form. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function problemsFromZod(error: z.ZodError): InputProblem[] {
  return error.issues.map((issue) => ({ where: formatIssuePath(issue.path), message: issue.message }));
}

/** Validate an already parsed value as a report. */
export function validateReport(value: unknown, file?: string): Report {
  const result = ReportSchema.safeParse(value);
  if (result.success) return result.data;
  throw new InputError({
    ...(file === undefined ? {} : { file }),
    message: 'not a valid Huibao report',
    problems: problemsFromZod(result.error),
    hint: 'Fix the fields named above (the JSON Schema in assets/schema/report.schema.json gives completion in editors)',
  });
}

/** Parse JSON or YAML text and validate it as a report. */
export function parseStructuredReport(text: string, format: StructuredFormat, file?: string): Report {
  return validateReport(parseStructuredText(text, format, file), file);
}

export function parseStructuredText(text: string, format: StructuredFormat, file?: string): unknown {
  const clean = text.replace(/^\uFEFF/, '');
  const fileOpt = file === undefined ? {} : { file };
  if (format === 'json') {
    try {
      return JSON.parse(clean) as unknown;
    } catch (error) {
      throw new InputError({ ...fileOpt, message: 'not valid JSON', problems: [{ message: jsonErrorWhere(clean, error) }], hint: 'Check for a missing comma or quote', cause: error });
    }
  }
  try {
    // logLevel 'error': YAML warnings (an unknown tag) would otherwise reach stderr through process.emitWarning.
    return parseYaml(clean, { maxAliasCount: 100, logLevel: 'error' }) as unknown;
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : undefined;
    const message = error instanceof Error ? error.message.split('\n')[0] ?? 'parse error' : 'parse error';
    throw new InputError({ ...fileOpt, message: 'not valid YAML', problems: [{ ...(where ? { where } : {}), message }], cause: error });
  }
}

/**
 * V8's JSON messages carry a position only sometimes, so locate the fault with the YAML parser (JSON is YAML 1.2)
 * which always gives line and column; fall back to V8's words when YAML happens to accept the text.
 */
function jsonErrorWhere(text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  try {
    parseYaml(text, { logLevel: 'error' });
  } catch (yamlError) {
    if (yamlError instanceof YAMLParseError && yamlError.linePos) {
      const { line, col } = yamlError.linePos[0];
      return `line ${line}, column ${col}: ${message.replace(/ in JSON at position \d+.*$/, '')}`;
    }
  }
  return message;
}
