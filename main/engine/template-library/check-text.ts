/**
 * Checking one pack text before it is saved, for the editor and `huibao templates check`: every problem the pack
 * loader would refuse it for (syntax, unknown helpers, unknown names, partials), placed at line and column, plus the
 * prototype-access names shared packs may not use. The pack loader's own compiler does the judging, so a text that
 * passes here loads.
 */
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import { templateHelpers } from '../template/helpers/index.js';
import { createTextCompiler, type TextCompiler } from '../template/text-compiler.js';
import { TEXT_DIR, TEXT_EXTENSION } from '../template/text-names.js';
import { formatBytes, PACK_LIMITS } from './limits.js';
import { parseErrorPosition } from './parse-error-position.js';
import { prototypeAccessProblems } from './prototype-names.js';
import { byPosition, type TextProblem } from './text-problem.js';

let shared: TextCompiler | undefined;
const compiler = (): TextCompiler => (shared ??= createTextCompiler(templateHelpers));

/** `name` is the text's name without ".hbs", e.g. "footer" or "summary.md". An empty list means the text is fine. */
export function checkTextTemplate(source: string, name: string): TextProblem[] {
  const bytes = new TextEncoder().encode(source).length;
  if (bytes > PACK_LIMITS.maxTextBytes) {
    return [{ line: 1, column: 1, message: `the text is ${formatBytes(bytes)}; a pack text may be at most ${formatBytes(PACK_LIMITS.maxTextBytes)}` }];
  }
  const file = `${TEXT_DIR}/${name}${TEXT_EXTENSION}`;
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    return [syntaxProblem(source, file, error)];
  }
  const prototype = prototypeAccessProblems(program);
  const taken = new Set(prototype.map((problem) => `${problem.line}:${problem.column}`));
  const compiled = compilerProblems(source, file).filter((problem) => !taken.has(`${problem.line}:${problem.column}`));
  return [...prototype, ...compiled].sort(byPosition);
}

function syntaxProblem(source: string, file: string, error: unknown): TextProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const position = parseErrorPosition(source, raw) ?? { line: 1, column: 1 };
  // The pack compiler words syntax errors for people ("the template ends inside a {{…}}"); use its words when it has some.
  const worded = compilerProblems(source, file)[0]?.message;
  const message = worded !== undefined && !worded.includes('\n') ? worded : (raw.split('\n')[0] ?? 'syntax error');
  return { ...position, message };
}

function compilerProblems(source: string, file: string): TextProblem[] {
  try {
    compiler().compile(file, source);
    return [];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.problems.map((problem) => ({ ...positionOf(problem.where), message: problem.message }));
  }
}

/** The compiler's "line 3, column 7" (or just "line 3") as numbers. */
function positionOf(where: string | undefined): { line: number; column: number } {
  const match = /^line (\d+)(?:, column (\d+))?$/.exec(where ?? '');
  return { line: Number(match?.[1] ?? 1), column: Number(match?.[2] ?? 1) };
}
