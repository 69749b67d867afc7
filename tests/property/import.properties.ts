/**
 * Properties of the importer (main/engine/ingest) and its number scanner (numbers/scan.ts): any text, HTML, Markdown
 * or Word document gives a valid report or a clean InputError, in bounded time; every metric's source span lies in
 * the source text and holds what the metric says it found; the scanner's quantities are in bounds, ordered and
 * finite, and numbers written the usual ways are read at their value. The broken variant is a scanner that drops
 * the 万/亿 scale.
 */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { importReport, importText } from '../../main/engine/ingest/import-report.js';
import { scanQuantities } from '../../main/engine/ingest/numbers/scan.js';
import type { Quantity } from '../../main/engine/ingest/numbers/quantity.js';
import { ReportSchema, type Report } from '../../main/engine/report/schema.js';
import { parseStructuredReport } from '../../main/engine/report/validate.js';
import { makeDocx } from '../engine/ingest/support/make-docx.js';
import { awkwardString, reportLikeText } from './support/arbitraries.js';
import { expectCleanOutcome, fuzz, type FuzzProperty } from './support/fuzz.js';

const text = reportLikeText;

function metricsOf(report: Report) {
  return report.pillars.flatMap((pillar) => pillar.sections.flatMap((section) => section.metrics));
}

/** The report is valid, and each metric's span is inside the source text and holds its raw text. */
function checkImported(result: { report: Report; sourceText: string }): void {
  const parsed = ReportSchema.safeParse(result.report);
  if (!parsed.success) throw new Error(`the importer returned an invalid report: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}`);
  for (const metric of metricsOf(result.report)) {
    const { start, end } = metric.source;
    if (end > result.sourceText.length) throw new Error(`${metric.id}: source ${start}..${end} is past the end of the text (${result.sourceText.length})`);
    const span = result.sourceText.slice(start, end);
    if (!span.includes(metric.raw) && !metric.raw.includes(span)) throw new Error(`${metric.id}: the source span ${JSON.stringify(span)} does not hold ${JSON.stringify(metric.raw)}`);
    if (!Number.isFinite(metric.value)) throw new Error(`${metric.id}: value ${metric.value}`);
  }
}

function checkQuantities(source: string, quantities: readonly Quantity[]): void {
  let previousEnd = 0;
  for (const q of quantities) {
    if (!(0 <= q.lead && q.lead <= q.start && q.start < q.end && q.end <= source.length)) throw new Error(`quantity out of bounds: ${JSON.stringify(q)} in ${source.length} characters`);
    if (q.start < previousEnd) throw new Error(`quantities overlap or are out of order at ${q.start}`);
    previousEnd = q.end;
  }
}

const finiteQuantities = (source: string, quantities: readonly Quantity[]): void => {
  for (const q of quantities) if (!Number.isFinite(q.value)) throw new Error(`${JSON.stringify(source.slice(q.start, q.end))} read as ${q.value}`);
};

/** Numbers as reports write them, with the value they stand for in the base unit. */
const writtenNumber = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(['万元', 1e4, '元'], ['亿元', 1e8, '元'], ['元', 1, '元'], ['万亩', 1e4, '亩'], ['亩', 1, '亩'], ['人', 1, '人'], ['%', 1, '%'], ['公里', 1, '公里'], ['万人', 1e4, '人']))
  .map(([whole, cents, [unit, factor, base]]) => {
    const written = cents ? `${whole}.${String(cents).padStart(2, '0')}` : String(whole);
    return { written: `${written}${unit}`, value: Number(written) * (factor as number), unit: base as string };
  });
const lead = fc.constantFrom('全年完成', '累计实现', '其中', '共计', '新增', '达到', '');
const tail = fc.constantFrom('，同比增长5.2%。', '。', '；', '，比上年提高2个百分点。', '');

/** Deliberately wrong: a scanner that forgets the 万/亿 scale, as a careless rewrite might. */
const scaleBlindScan = (source: string): Quantity[] => scanQuantities(source, 'zh').quantities.map((q) => (/[万亿]/.test(source.slice(q.start, q.end)) ? { ...q, value: Number.parseFloat(source.slice(q.start, q.end)) } : q));

function readsAtValue(scan: (source: string) => Quantity[]) {
  return ([before, number, after]: [string, { written: string; value: number; unit: string }, string]): void => {
    const source = `${before}${number.written}${after}`;
    const at = before.length;
    const found = scan(source).find((q) => q.start <= at && at < q.end);
    if (!found) throw new Error(`${JSON.stringify(number.written)} in ${JSON.stringify(source)} was not found`);
    const close = Math.abs(found.value - number.value) <= 1e-9 * Math.max(1, Math.abs(number.value));
    if (!close || found.unit !== number.unit) throw new Error(`${JSON.stringify(number.written)} read as ${found.value} ${found.unit}, not ${number.value} ${number.unit}`);
  };
}

const htmlText = fc
  .array(
    fc.oneof(
      text.map((t) => `<p>${t}</p>`),
      fc.tuple(fc.constantFrom('h1', 'h2', 'h3', 'li', 'td', 'span', 'div', 'strong', 'script', 'style', 'img', 'br', 'table', 'tr'), text).map(([tag, t]) => `<${tag}>${t}</${tag}>`),
      fc.constantFrom('<!-- x -->', '<br>', '&nbsp;', '&#x4E00;', '&amp;', '&#99999999;', '<![CDATA[ x ]]>', '<p', '</div></div></div>', '<script>alert(1)</script>', '<meta charset="gbk">', '<html><body>', '<' + 'div>'.repeat(200)),
      awkwardString(30),
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join('\n'));

const docxBytes = fc
  .tuple(fc.array(fc.record({ text: text.map((t) => t.slice(0, 300)), style: fc.constantFrom(undefined, 'Title', 'Heading1', 'Heading2', 'Caption') }), { maxLength: 12 }), fc.nat(), fc.nat(255), fc.boolean())
  .map(([paragraphs, at, byte, corrupt]) => ({ paragraphs: paragraphs.map((p) => (p.style ? { text: p.text, style: p.style as 'Title' } : { text: p.text })), at, byte, corrupt }));

export const properties: Record<string, FuzzProperty> = {
  'importText: any text gives a valid report with true source spans, or a clean error': fuzz(fc.tuple(text, fc.constantFrom('txt' as const, 'md' as const)), async ([source, format]) => {
    const outcome = await expectCleanOutcome(() => importText(source, { format }));
    if (outcome.ok) checkImported(outcome.value);
  }),
  // `huibao import -o report.yaml` writes with these options (main/cli/commands/import.ts); `huibao build` reads it back.
  'import → YAML → load gives back the same report': fuzz(text, async (source) => {
    const outcome = await expectCleanOutcome(() => importText(source));
    if (!outcome.ok) return;
    const back = parseStructuredReport(toYaml(outcome.value.report, { lineWidth: 0 }), 'yaml', 'report.yaml');
    if (JSON.stringify(back) !== JSON.stringify(outcome.value.report)) throw new Error('the report changed on its way through YAML');
  }),
  'importReport: any HTML gives a valid report or a clean error': fuzz(htmlText, async (html) => {
    const outcome = await expectCleanOutcome(() => importReport({ name: 'page.html', bytes: new TextEncoder().encode(html) }));
    if (outcome.ok) checkImported(outcome.value);
  }),
  'importReport: any Word document, whole or corrupted, gives a valid report or a clean error': fuzz(docxBytes, async ({ paragraphs, at, byte, corrupt }) => {
    const bytes = await makeDocx(paragraphs);
    if (corrupt) bytes[at % bytes.length] = byte;
    const outcome = await expectCleanOutcome(() => importReport({ name: 'report.docx', bytes }));
    if (outcome.ok) checkImported(outcome.value);
  }),
  'scanQuantities: any text gives in-bounds, ordered, finite quantities': fuzz(fc.tuple(fc.oneof(text, awkwardString(300)), fc.constantFrom('zh' as const, 'en' as const)), ([source, lang]) => {
    const { quantities } = scanQuantities(source, lang);
    checkQuantities(source, quantities);
    finiteQuantities(source, quantities);
  }),
  'scanQuantities: numbers written the usual ways are read at their value': fuzz(fc.tuple(lead, writtenNumber, tail), readsAtValue((source) => scanQuantities(source, 'zh').quantities)),
  'broken: a scanner that drops the 万/亿 scale': fuzz(fc.tuple(lead, writtenNumber, tail), readsAtValue(scaleBlindScan)),
};
