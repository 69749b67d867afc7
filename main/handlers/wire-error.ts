/**
 * Errors crossing to the renderer: an InputError keeps its file, hint and problems; anything else is our bug and
 * crosses as one sentence — the stack goes to the log, never to the page.
 */
import type { z } from 'zod';
import type { WireError } from '../contract.js';
import { isInputError } from '../engine/errors.js';
import { formatIssuePath } from '../engine/report/validate.js';

export function toWireError(error: unknown): WireError {
  if (isInputError(error)) {
    return {
      kind: 'input',
      message: error.message,
      ...(error.file === undefined ? {} : { file: error.file }),
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      ...(error.problems.length ? { problems: error.problems.map((p) => (p.where === undefined ? { message: p.message } : { where: p.where, message: p.message })) } : {}),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message: `internal error: ${message}`, hint: 'This is a bug in Huibao; please report it with the steps that led here' };
}

/** Arguments the contract refuses: the page (ours) sent something it should not; say which field. */
export function invalidArgs(channel: string, error: z.ZodError): WireError {
  return {
    kind: 'internal',
    message: `invalid arguments for "${channel}"`,
    problems: error.issues.slice(0, 5).map((issue) => ({ where: formatIssuePath(issue.path) || '(arguments)', message: issue.message })),
  };
}
