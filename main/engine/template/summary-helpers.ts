/**
 * Helpers only the PDF summary's text template (`text/summary.md.hbs`) uses. They write Markdown: the template is a
 * small Markdown document, and these keep report text from turning into Markdown syntax by accident. The pack's
 * Handlebars environment registers them, so the pack check knows them as helpers.
 *
 *   {{kpiTable pillar limit=6}}        a pillar's key-number table (指标 · 数值 · 变化 · 出处)
 *   {{md text}}                        report text, escaped for Markdown
 *   {{keySentence section chars=80}}   the sentence that stands for a section (with one of its numbers when it can)
 *   {{#each (keyPoints pillar min=2 max=4 chars=80)}}- **{{md title}}**：{{md text}}{{/each}}
 *                                      a pillar's bullets: { title, headline, text } per section (title may be empty)
 *   {{#each (take sections 4)}}…       the first N items of a list
 *
 * They accept a report Pillar/Section as well as the template data's PillarData/SectionData.
 */
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import { keyPoints, type KeyPointSection } from '../write/pdf/summary-text/key-points.js';
import { DEFAULT_SENTENCE_CHARS, keySentence, type SentenceSection } from '../write/pdf/summary-text/key-sentence.js';
import { DEFAULT_KPI_ROWS, kpiRows, type KpiPillar } from '../write/pdf/summary-text/kpi-rows.js';
import { kpiTableMarkdown } from '../write/pdf/summary-text/kpi-table.js';
import { escapeMarkdownInline } from '../write/pdf/summary-text/markdown-escape.js';

type HelperOptions = Handlebars.HelperOptions;

/** Markdown that must reach the output as written (an environment that escapes would HTML-escape a plain string). */
const markdown = (text: string): Handlebars.SafeString => new Handlebars.SafeString(text);

/**
 * Handlebars passes the options object last, after however many arguments the template wrote. A helper that takes one
 * argument must check that it got exactly one, or `{{kpiTable}}` hands it the options as the pillar and a TypeError
 * surfaces mid-export instead of a message naming the helper.
 */
function oneArgument(name: string, example: string, helper: (value: unknown, options: HelperOptions) => unknown): Handlebars.HelperDelegate {
  return (...args: unknown[]) => {
    if (args.length !== 2) throw misuse(name, `takes exactly one argument, e.g. ${example}`);
    return helper(args[0], args[1] as HelperOptions);
  };
}

export const summaryHelpers: Record<string, Handlebars.HelperDelegate> = {
  kpiTable: oneArgument('kpiTable', '{{kpiTable pillar}}', (pillar, options) => {
    const limit = positiveInt(options.hash['limit'], DEFAULT_KPI_ROWS, 'kpiTable', 'limit');
    return markdown(kpiTableMarkdown(kpiRows(asKpiPillar(pillar, 'kpiTable'), limit)));
  }),
  md(text: unknown) {
    return markdown(text === undefined || text === null ? '' : escapeMarkdownInline(String(text)));
  },
  keySentence: oneArgument('keySentence', '{{keySentence section}}', (section, options) => {
    const chars = positiveInt(options.hash['chars'], DEFAULT_SENTENCE_CHARS, 'keySentence', 'chars');
    return markdown(escapeMarkdownInline(keySentence(asSection(section, 'keySentence'), chars)));
  }),
  keyPoints: oneArgument('keyPoints', '(keyPoints pillar)', (pillar, options) => {
    const max = positiveInt(options.hash['max'], 4, 'keyPoints', 'max');
    const min = positiveInt(options.hash['min'], 2, 'keyPoints', 'min');
    const chars = positiveInt(options.hash['chars'], DEFAULT_SENTENCE_CHARS, 'keyPoints', 'chars');
    const sections = sectionsOf(pillar, 'keyPoints').map((section) => asKeyPointSection(section, 'keyPoints'));
    return keyPoints(sections, { min, max, chars });
  }),
  take(list: unknown, count: unknown) {
    if (!Array.isArray(list)) return [];
    return list.slice(0, positiveInt(count, list.length, 'take', 'count'));
  },
};

/** Names of the summary helpers, for `knownHelpers` when a pack's templates are checked up front. */
export const summaryHelperNames: readonly string[] = Object.keys(summaryHelpers);

type Loose = Record<string, unknown>;

function sectionsOf(value: unknown, helper: string): Loose[] {
  const candidate = value as Loose | null | undefined;
  if (!candidate || !Array.isArray(candidate['sections']) || !Array.isArray(candidate['keyMetrics'])) {
    throw misuse(helper, `expects a pillar, e.g. {{${helper} this}} inside {{#each pillars}}`);
  }
  return (candidate['sections'] as unknown[]).filter((section): section is Loose => typeof section === 'object' && section !== null);
}

function asKpiPillar(value: unknown, helper: string): KpiPillar {
  const sections = sectionsOf(value, helper).map((section) => ({ title: String(section['title'] ?? ''), metrics: list(section['metrics']) as KpiPillar['sections'][number]['metrics'] }));
  return { keyMetrics: (value as { keyMetrics: KpiPillar['keyMetrics'] }).keyMetrics, sections };
}

function asSection(value: unknown, helper: string): SentenceSection {
  const candidate = value as Loose | null | undefined;
  if (!candidate || !Array.isArray(candidate['paragraphs'])) throw misuse(helper, `expects a section, e.g. {{${helper} this}} inside {{#each sections}}`);
  return { paragraphs: strings(candidate['paragraphs']), points: strings(candidate['points']), metrics: list(candidate['metrics']) as SentenceSection['metrics'] };
}

function asKeyPointSection(value: Loose, helper: string): KeyPointSection {
  const headline = value['headline'];
  return { ...asSection(value, helper), title: String(value['title'] ?? ''), ...(typeof headline === 'string' && headline !== '' ? { headline } : {}) };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).filter((item): item is string => typeof item === 'string');

function positiveInt(value: unknown, fallback: number, helper: string, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw misuse(helper, `${name} must be a whole number of at least 1, not ${JSON.stringify(value)}`);
  return n;
}

/** A misused helper is a mistake in the user's template, so it is an input error with the helper's name in it. */
function misuse(helper: string, message: string): InputError {
  return new InputError({ message: `template helper "${helper}" ${message}`, hint: 'Fix the summary template (text/summary.md.hbs) of the template pack' });
}
