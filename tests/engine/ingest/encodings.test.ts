/**
 * The same report as UTF-8, UTF-8 with BOM, UTF-16 LE/BE with BOM, GB18030, CRLF line ends and Word (.docx, plain or
 * with heading styles) gives the same structure and metrics. Fixtures are made here from the sample.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport, type ImportResult } from '../../../main/engine/ingest/import-report.js';
import type { Report } from '../../../main/engine/report/schema.js';
import { encodeGb18030, utf16 } from './support/encode.js';
import { makeDocx, type DocxParagraph } from './support/make-docx.js';
import { SAMPLE_TXT, spansHold } from './support/samples.js';

const text = readFileSync(SAMPLE_TXT, 'utf8');

/** Everything but the source offsets, which follow the text each file decodes to. */
function withoutOffsets(report: Report): unknown {
  return JSON.parse(JSON.stringify(report, (key, value: unknown) => (key === 'source' ? undefined : value)));
}

const run = (name: string, bytes: Uint8Array): Promise<ImportResult> => importReport({ name, bytes });

describe('encodings and Word give the same report', async () => {
  const reference = await run('sample.txt', new TextEncoder().encode(text));

  it.each([
    ['UTF-8 with BOM', () => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8 with BOM'],
    ['UTF-16 LE with BOM', () => utf16(text, false), 'utf-16le with BOM'],
    ['UTF-16 BE with BOM', () => utf16(text, true), 'utf-16be with BOM'],
    ['GB18030', () => encodeGb18030(text), 'gb18030'],
  ])('%s is detected and gives the identical report', async (_name, bytes, encoding) => {
    const result = await run('sample.txt', bytes());
    expect(result.trace.encoding).toBe(encoding);
    expect(result.sourceText).toBe(text);
    expect(result.report).toEqual(reference.report);
  });

  it('CRLF line ends give the same structure, offsets into the CRLF text', async () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const result = await run('sample.txt', new TextEncoder().encode(crlf));
    expect(withoutOffsets(result.report)).toEqual(withoutOffsets(reference.report));
    expect(spansHold(result.report, result.sourceText)).toEqual([]);
  });

  it('a Word file of plain paragraphs, one per line, gives the identical report', async () => {
    const docx = await makeDocx(text.split('\n').map((line) => ({ text: line })));
    const result = await run('sample.docx', docx);
    expect(result.sourceText).toBe(text);
    expect(result.report).toEqual(reference.report);
  });

  it('a Word file with Title, Heading 1 and Heading 2 styles gives the same structure and metrics', async () => {
    const docx = await makeDocx(styledParagraphs(reference.report));
    const result = await run('sample.docx', docx);
    expect(result.trace.headings.filter((h) => h.role === 'pillar').every((h) => /heading level 1/.test(h.reason))).toBe(true);
    expect(withoutOffsets(result.report)).toEqual(withoutOffsets(reference.report));
    expect(spansHold(result.report, result.sourceText)).toEqual([]);
  });
});

/** The sample laid out as a styled Word document: pillar lines as Heading 1, each section's heading as Heading 2. */
function styledParagraphs(report: Report): DocxParagraph[] {
  const pillarTitles = report.pillars.map((p) => p.title);
  const paragraphs: DocxParagraph[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('奋力开创')) paragraphs.push({ text: line, style: 'Title' });
    else if (pillarTitles.some((title) => line.startsWith(title) && line.length < 25)) paragraphs.push({ text: line, style: 'Heading1' });
    else {
      const inline = /^([^。]{2,20}?。)(.+)$/.exec(line);
      const isSection = inline && report.pillars.some((p) => p.sections.some((s) => inline[1]!.startsWith(s.title.replace(/，/g, ','))));
      if (inline && isSection) paragraphs.push({ text: inline[1]!, style: 'Heading2' }, { text: inline[2]! });
      else paragraphs.push({ text: line });
    }
  }
  return paragraphs;
}
