/** Reads fixtures/baiyangba-quantities.tsv: every number in the reference sample, annotated by hand. */
import { readFileSync } from 'node:fs';
import { fixture } from './samples.js';

export interface Truth {
  /** Offset of the digits (or of the Chinese-numeral text) in the sample. */
  readonly offset: number;
  readonly text: string;
  readonly kind: 'quantity' | 'change' | 'not';
  readonly value?: number;
  readonly unit?: string;
  readonly approx?: boolean;
  readonly direction?: string;
  readonly reason?: string;
}

export function readTruth(sourceText: string): { truths: Truth[]; forbidden: { offset: number; text: string }[] } {
  const digitRuns = [...sourceText.matchAll(/\d+(?:\.\d+)?/g)];
  const truths: Truth[] = [];
  const forbidden: { offset: number; text: string }[] = [];
  for (const line of readFileSync(fixture('baiyangba-quantities.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells[0] === '=') {
      truths.push({ offset: sourceText.indexOf(cells[1]!), text: cells[1]!, kind: 'quantity', value: Number(cells[2]), unit: cells[3]!, approx: cells[4] === '1' });
    } else if (cells[0] === '!') {
      forbidden.push({ offset: sourceText.indexOf(cells[1]!), text: cells[1]! });
    } else {
      const run = digitRuns[Number(cells[0]) - 1]!;
      if (run[0] !== cells[1]) throw new Error(`truth row ${cells[0]} expects "${cells[1]}" but the sample has "${run[0]}"`);
      const base = { offset: run.index, text: run[0] };
      if (cells[2] === 'Q') truths.push({ ...base, kind: 'quantity', value: Number(cells[3]), unit: cells[4] === '-' ? '' : cells[4]!, approx: cells[5] === '1' });
      else if (cells[2] === 'C') truths.push({ ...base, kind: 'change', direction: cells[3]!, value: Number(cells[5]), unit: cells[4]! });
      else truths.push({ ...base, kind: 'not', reason: cells[3]! });
    }
  }
  return { truths, forbidden };
}
