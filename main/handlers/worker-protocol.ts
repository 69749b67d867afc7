/**
 * Messages between the handler thread and the job worker. Errors are flattened to plain data on the way out and
 * rebuilt on the way back, because structured clone drops an InputError's class, file and hint.
 */
import { InputError, isInputError, type InputProblem } from '../engine/errors.js';
import type { Job } from './jobs.js';

export interface JobRequest {
  readonly id: number;
  readonly job: Job;
}

export type JobMessage =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number; readonly phase: string }
  | { readonly id: number; readonly type: 'done'; readonly result: unknown }
  | { readonly id: number; readonly type: 'failed'; readonly error: FlatError };

export interface FlatError {
  readonly input: boolean;
  readonly message: string;
  readonly file?: string;
  readonly hint?: string;
  readonly problems?: readonly InputProblem[];
  readonly stack?: string;
}

export function flattenError(error: unknown): FlatError {
  if (isInputError(error)) {
    return {
      input: true,
      message: error.message,
      ...(error.file === undefined ? {} : { file: error.file }),
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      problems: error.problems,
    };
  }
  if (error instanceof Error) return { input: false, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) };
  return { input: false, message: String(error) };
}

export function rebuildError(flat: FlatError): Error {
  if (flat.input) {
    return new InputError({
      message: flat.message,
      ...(flat.file === undefined ? {} : { file: flat.file }),
      ...(flat.hint === undefined ? {} : { hint: flat.hint }),
      ...(flat.problems === undefined ? {} : { problems: flat.problems }),
    });
  }
  const error = new Error(flat.message);
  if (flat.stack !== undefined) error.stack = flat.stack;
  return error;
}
