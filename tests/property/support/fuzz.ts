/**
 * What a fuzz property is, shared by the property modules (tests/property/*.properties.ts) and the worker that runs
 * them. A module exports `properties: Record<string, FuzzProperty>`; each property is an arbitrary and a check that
 * throws (or rejects) when the property does not hold for one value.
 */
import type fc from 'fast-check';
import { InputError } from '../../../main/engine/errors.js';

export interface FuzzProperty<T = unknown> {
  readonly arbitrary: fc.Arbitrary<T>;
  readonly check: (value: T) => unknown;
}

export const fuzz = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => unknown): FuzzProperty =>
  ({ arbitrary, check }) as FuzzProperty;

/** The outcome of handing one input to a function that must never crash. */
export type Clean<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: InputError };

/**
 * Run `fn` and accept only a result or a clean InputError (a message the user can act on, naming something);
 * anything else thrown is rethrown, which makes the property fail with that input.
 */
export async function expectCleanOutcome<R>(fn: () => R | Promise<R>): Promise<Clean<R>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    assertCleanInputError(error);
    return { ok: false, error };
  }
}

/** A clean error: a non-empty message, and its one-line form really is one line. */
export function assertCleanInputError(error: InputError): void {
  if (!error.message.trim()) throw new Error('InputError with an empty message');
  for (const problem of error.problems) if (!problem.message.trim()) throw new Error(`InputError "${error.message}" has a problem with an empty message`);
  const line = error.toOneLine();
  if (/[\r\n\u2028\u2029]/.test(line)) throw new Error(`InputError is not one line: ${JSON.stringify(line)}`);
}
