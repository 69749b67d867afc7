/** A failed call as the renderer sees it: the handler's `{ message, file?, hint? }`, thrown as an Error subclass. */
import type { WireError, WireProblem } from '../../../main/contract.js';

export class HuibaoError extends Error {
  override readonly name = 'HuibaoError';
  readonly kind: WireError['kind'];
  readonly file: string | undefined;
  readonly hint: string | undefined;
  readonly problems: readonly WireProblem[];

  constructor(error: WireError) {
    super(error.message);
    this.kind = error.kind;
    this.file = error.file;
    this.hint = error.hint;
    this.problems = error.problems ?? [];
  }

  /** One line for a status bar or banner: `file: message: first problem. hint`. */
  toOneLine(): string {
    const head = this.file ? `${this.file}: ${this.message}` : this.message;
    const first = this.problems[0];
    const detail = first ? `: ${first.where ? `${first.where}: ` : ''}${first.message}` : '';
    return `${head}${detail}${this.hint ? `. ${this.hint}` : ''}`;
  }
}

/** When the transport itself fails (server gone, bad answer), the user still gets words, not a blank screen. */
export function transportError(message: string, hint?: string): WireError {
  return hint === undefined ? { kind: 'internal', message } : { kind: 'internal', message, hint };
}
