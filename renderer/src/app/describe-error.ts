/** A failure as the window words it: the backend's message (file and problem), its hint, and whether it is our bug. */
import { HuibaoError } from '../transport/errors.js';

export interface ErrorWords {
  readonly detail: string;
  readonly hint?: string;
  /** An internal error: the notice asks the user to report it. */
  readonly bug: boolean;
}

export function describeError(error: unknown): ErrorWords {
  if (error instanceof HuibaoError) {
    const first = error.problems[0];
    const where = first ? `: ${first.where ? `${first.where}: ` : ''}${first.message}` : '';
    const detail = `${error.file ? `${error.file}: ` : ''}${error.message}${where}`;
    return error.hint === undefined ? { detail, bug: error.kind === 'internal' } : { detail, hint: error.hint, bug: error.kind === 'internal' };
  }
  if (error instanceof Error) return { detail: error.message, bug: true };
  return { detail: String(error), bug: true };
}
