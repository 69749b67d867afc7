/**
 * The importer. In-process throughput on each shared sample (the goal: at least 2 MB/s on the 50 KB national
 * report), on the sample as GB18030 text, as a Word file and on a saved web page; and the whole `huibao import`
 * process on the reference sample, the way a user runs it.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importReport } from '../../main/engine/ingest/import-report.js';
import { encodeGb18030 } from '../../tests/engine/ingest/support/encode.js';
import { makeDocx } from '../../tests/engine/ingest/support/make-docx.js';
import type { BenchCase } from '../types.js';

const reference = 'assets/samples/baiyangba-2023-q1q3.txt';
const samples = [
  ['national work report (50 KB)', 'tests/fixtures/samples/state-council-2024-work-report.txt'],
  ['reference sample (22 KB)', reference],
  ['city economy analysis (10 KB)', 'tests/fixtures/samples/daqing-h1-economy.txt'],
  ['street profile (4 KB)', 'tests/fixtures/samples/liuhe-caisheng-street-profile.txt'],
  ['English annual review (Markdown)', 'tests/engine/ingest/fixtures/riverside-annual-review.md'],
  ['saved web page (HTML)', 'tests/engine/ingest/fixtures/gov-article.html'],
] as const;

const dir = mkdtempSync(path.join(tmpdir(), 'huibao-bench-import-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

function fileCase(name: string, file: string): BenchCase {
  const bytes = new Uint8Array(readFileSync(file));
  return { kind: 'in-process', group: 'import', name, bytes: bytes.length, run: async () => (await importReport({ name: file, bytes })).report.pillars.length };
}

const referenceText = readFileSync(reference, 'utf8');
const gb18030 = encodeGb18030(referenceText);
let docx: Uint8Array | undefined;

export const cases: BenchCase[] = [
  ...samples.map(([name, file]) => fileCase(name, file)),
  {
    kind: 'in-process',
    group: 'import',
    name: 'reference sample as GB18030 text',
    bytes: gb18030.length,
    run: async () => (await importReport({ name: 'sample.txt', bytes: gb18030 })).report.pillars.length,
  },
  {
    kind: 'in-process',
    group: 'import',
    name: 'reference sample as Word (.docx, via mammoth)',
    setup: async () => {
      docx ??= await makeDocx(referenceText.split('\n').map((text) => ({ text })));
    },
    run: async () => {
      if (!docx) throw new Error('setup did not run');
      return (await importReport({ name: 'sample.docx', bytes: docx })).report.pillars.length;
    },
  },
  {
    kind: 'process',
    group: 'import',
    name: 'huibao import sample.txt -o report.json',
    command: ['node', 'bin/huibao.cjs', 'import', reference, '-o', path.join(dir, 'report.json')],
    bytes: statSync(reference).size,
  },
];
