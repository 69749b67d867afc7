/** The inspector's source sentence, with the number marked, from the sample report. */
import { describe, expect, it } from 'vitest';
import { markFirst, sourceQuote } from '../../../renderer/src/inspector/quote.js';
import { locate } from '../../../renderer/src/outline/outline-model.js';
import { sampleReport } from '../support/sample.js';

describe('source quote', () => {
  it('finds the sentence of a sample metric and marks the number as written', () => {
    const found = locate(sampleReport, 'p2-s1-m1');
    if (!found?.metric || !found.section) throw new Error('sample metric');
    const parts = sourceQuote(found.metric, found.section);
    const marked = parts.filter((part) => part.mark);
    expect(marked).toEqual([{ text: found.metric.raw, mark: true }]);
    expect(parts.map((part) => part.text).join('')).toContain(found.metric.raw);
    expect(parts.length).toBeGreaterThan(1);
  });

  it('gives nothing when the number is not in the section text', () => {
    expect(sourceQuote({ raw: '999999亩' }, { paragraphs: ['没有这个数。'], points: [], captions: [] })).toEqual([]);
  });

  it('splits around the first occurrence only', () => {
    expect(markFirst('共8家，其中8家', '8家')).toEqual([
      { text: '共', mark: false },
      { text: '8家', mark: true },
      { text: '，其中8家', mark: false },
    ]);
    expect(markFirst('abc', '')).toEqual([{ text: 'abc', mark: false }]);
  });
});
