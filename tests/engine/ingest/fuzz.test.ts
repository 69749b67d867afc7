/**
 * Property tests over thousands of random and mutated inputs: the importer always returns a valid report, already in
 * its parsed form, whose metric spans hold, or throws an InputError (exit 2) — never another error, never a hang (the
 * test timeout catches one). Fixed seeds, bounded runs, so failures replay.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import { importReport, importText, type ImportResult } from '../../../main/engine/ingest/import-report.js';
import { ReportSchema } from '../../../main/engine/report/schema.js';
import { makeDocx } from './support/make-docx.js';
import { expectParsedForm } from './support/parsed-form.js';
import { SAMPLE_TXT, sharedSample, spansHold } from './support/samples.js';

const sample = readFileSync(SAMPLE_TXT, 'utf8');
const national = readFileSync(sharedSample('state-council-2024-work-report.txt'), 'utf8');

/** The outcome is a valid report with sound spans, or an InputError; anything else fails the property. */
function checkOutcome(run: () => ImportResult): void {
  let result: ImportResult;
  try {
    result = run();
  } catch (error) {
    if (error instanceof InputError) return;
    throw error;
  }
  expect(ReportSchema.safeParse(result.report).success).toBe(true);
  expectParsedForm(result.report);
  expect(spansHold(result.report, result.sourceText)).toEqual([]);
}

async function checkOutcomeAsync(run: () => Promise<ImportResult>): Promise<void> {
  let result: ImportResult;
  try {
    result = await run();
  } catch (error) {
    if (error instanceof InputError) return;
    throw error;
  }
  expect(ReportSchema.safeParse(result.report).success).toBe(true);
  expectParsedForm(result.report);
  expect(spansHold(result.report, result.sourceText)).toEqual([]);
}

/** Characters reports are made of, weighted toward the ones the rules look at. */
const reportChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'的一是二三四五六七八九十百千万亿元亩人户个次件条起年月日第约近超余多左右以上同比增长下降提高个百分点聚焦坚持推进全镇完成实现达累计共突破') },
  { weight: 3, arbitrary: fc.constantFrom(...'0123456789.,%') },
  { weight: 2, arbitrary: fc.constantFrom(...'，。；：、！？“”（）《》【】——…() :;-+/·①②③#*|') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', ' ', '\t', '\u3000', '\r\n') },
  { weight: 1, arbitrary: fc.constantFrom(...'abcXYZ£$€kmbn') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
);
const reportText = fc.array(reportChar, { maxLength: 400 }).map((chars) => chars.join(''));

describe('importer properties', () => {
  it('random report-like text (txt and md): a report or an InputError', () => {
    fc.assert(
      fc.property(reportText, fc.constantFrom<'txt' | 'md'>('txt', 'md'), (text, format) => checkOutcome(() => importText(text, { format }))),
      { seed: 20240305, numRuns: 1500 },
    );
  });

  it('random bytes under every extension: a report or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('txt', 'md', 'html', 'docx', 'htm'), (bytes, ext) => checkOutcomeAsync(() => importReport({ name: `f.${ext}`, bytes }))),
      { seed: 1012, numRuns: 400 },
    );
  });

  it('the sample with lines deleted, duplicated, swapped and characters changed: a report or an InputError', () => {
    const lines = sample.split('\n');
    const mutation = fc.record({
      drop: fc.array(fc.nat(lines.length - 1), { maxLength: 12 }),
      duplicate: fc.array(fc.nat(lines.length - 1), { maxLength: 4 }),
      swap: fc.array(fc.tuple(fc.nat(lines.length - 1), fc.nat(lines.length - 1)), { maxLength: 4 }),
      edits: fc.array(fc.tuple(fc.nat(sample.length), reportChar), { maxLength: 20 }),
      cut: fc.nat(sample.length),
    });
    fc.assert(
      fc.property(mutation, (m) => {
        const mutated = lines.filter((_, i) => !m.drop.includes(i));
        for (const i of m.duplicate) mutated.splice(i, 0, lines[i]!);
        for (const [a, b] of m.swap) [mutated[a], mutated[b]] = [mutated[b] ?? '', mutated[a] ?? ''];
        let text = mutated.join('\n');
        for (const [at, char] of m.edits) text = text.slice(0, at) + char + text.slice(at + 1);
        text = m.cut > sample.length / 4 ? text.slice(0, m.cut) : text;
        checkOutcome(() => importText(text));
      }),
      { seed: 9, numRuns: 250 },
    );
  });

  it('mutated Word documents: a report or an InputError', async () => {
    const paragraphs = sample.split('\n').slice(0, 20);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(paragraphs.length - 1), { maxLength: 10 }), fc.array(fc.tuple(fc.nat(40000), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), async (order, flips) => {
        const docx = await makeDocx(order.map((i) => ({ text: paragraphs[i]!, ...(i % 5 === 0 ? { style: 'Heading1' as const } : {}) })));
        for (const [at, byte] of flips) if (at < docx.length) docx[at] = byte;
        await checkOutcomeAsync(() => importReport({ name: 'm.docx', bytes: docx }));
      }),
      { seed: 77, numRuns: 60 },
    );
  });

  it('finishes on inputs built to make patterns backtrack', () => {
    const hostile = [
      '1'.repeat(200_000),
      '，'.repeat(100_000),
      '一'.repeat(50_000),
      `${'万'.repeat(20_000)}元`,
      `${'2023年'.repeat(10_000)}`,
      `${'a'.repeat(60_000)} ${'1.'.repeat(30_000)}`,
      `${'“'.repeat(30_000)}${'”'.repeat(30_000)}`,
      `${'湖北省'.repeat(5_000)}镇`,
      Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '一、' : '（一）')).join('\n'),
      `# ${'#'.repeat(10_000)}\n${'**'.repeat(20_000)}\n${'['.repeat(20_000)}(${')'.repeat(10)}`,
      national.repeat(8),
    ];
    for (const text of hostile) checkOutcome(() => importText(text, { format: 'md' }));
  });

  it('finishes on a deeply nested and a huge web page', async () => {
    const nested = `<html><body>${'<div>'.repeat(5000)}<p>完成投资5亿元。</p>${'</div>'.repeat(5000)}</body></html>`;
    const wide = `<html><body>${'<p>短句。</p>'.repeat(20000)}</body></html>`;
    for (const html of [nested, wide]) await checkOutcomeAsync(() => importReport({ name: 'p.html', bytes: new TextEncoder().encode(html) }));
  });
});
