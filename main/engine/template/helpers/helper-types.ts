import type { HelperDelegate } from 'handlebars';

/** Our helpers' shape. Handlebars passes its `options` object last; they ignore it. */
export type PlainHelper = (...args: unknown[]) => unknown;

/** Any helper a pack text may call (the summary helpers are typed as Handlebars delegates). */
export type TemplateHelper = PlainHelper | HelperDelegate;

/** The arguments a template wrote, without Handlebars' trailing options object. */
export function templateArgs(args: readonly unknown[]): unknown[] {
  return args.slice(0, -1);
}

/** Numbers may arrive as strings from a template literal ("2"); anything else becomes NaN, which helpers print as —. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
}

export function toText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
