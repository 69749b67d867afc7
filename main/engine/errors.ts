/**
 * Errors a user can act on. Anything thrown as an InputError is the user's input being wrong (exit code 2,
 * one clear line: which file, what is wrong, what to do); any other error is our bug (exit code 1).
 */
export interface InputProblem {
  /** Where inside the file, e.g. `pillars[2].sections[0].metrics[3].value` or `line 12, column 4`. */
  readonly where?: string;
  readonly message: string;
}

export class InputError extends Error {
  override readonly name = 'InputError';
  readonly file: string | undefined;
  readonly problems: readonly InputProblem[];
  readonly hint: string | undefined;

  constructor(options: { file?: string; message: string; problems?: readonly InputProblem[]; hint?: string; cause?: unknown }) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.file = options.file;
    this.problems = options.problems ?? [];
    this.hint = options.hint;
  }

  /** One line for a terminal or a status bar: `file: message: first problem (+N more). hint` */
  toOneLine(): string {
    const head = this.file ? `${this.file}: ${this.message}` : this.message;
    const [first, ...rest] = this.problems;
    const detail = first ? `: ${formatProblem(first)}${rest.length ? ` (and ${rest.length} more)` : ''}` : '';
    // File names, ids and quoted input may hold line breaks; the CLI promises exactly one line on stderr.
    return `${head}${detail}${this.hint ? `. ${this.hint}` : ''}`.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ⏎ ');
  }
}

export function formatProblem(problem: InputProblem): string {
  return problem.where ? `${problem.where}: ${problem.message}` : problem.message;
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
