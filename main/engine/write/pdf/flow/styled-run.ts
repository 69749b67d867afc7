/**
 * A piece of text with one look, the unit the summary's line breaking works with: inline Markdown (pdfmake runs,
 * possibly nested) flattened so that every run carries its whole style.
 */
import type { ContentText } from 'pdfmake/interfaces.js';
import type { Run } from '../markdown/inline-content.js';

export interface StyledRun {
  readonly text: string;
  readonly bold: boolean;
  readonly color?: string;
  readonly background?: string;
  readonly decoration?: 'lineThrough';
  readonly link?: string;
}

type Look = Omit<StyledRun, 'text'>;

export function flattenRuns(runs: readonly Run[], look: Look = { bold: false }): StyledRun[] {
  return runs.flatMap((run): StyledRun[] => {
    if (typeof run === 'string') return run === '' ? [] : [{ ...look, text: run }];
    const inner = merge(look, run);
    if (typeof run.text === 'string') return run.text === '' ? [] : [{ ...inner, text: run.text }];
    if (typeof run.text === 'number') return [{ ...inner, text: String(run.text) }];
    return flattenRuns(Array.isArray(run.text) ? (run.text as Run[]) : [run.text as Run], inner);
  });
}

function merge(look: Look, run: ContentText): Look {
  return {
    bold: run.bold ?? look.bold,
    ...optional('color', typeof run.color === 'string' ? run.color : look.color),
    ...optional('background', typeof run.background === 'string' ? run.background : look.background),
    ...optional('decoration', run.decoration === 'lineThrough' ? 'lineThrough' : look.decoration),
    ...optional('link', run.link ?? look.link),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export const plainOf = (runs: readonly StyledRun[]): string => runs.map((run) => run.text).join('');
