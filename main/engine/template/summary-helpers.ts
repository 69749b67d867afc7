/**
 * Helpers only the PDF summary's text template (`text/summary.md.hbs`) uses. They write Markdown: the template is a
 * small Markdown document, and these keep report text from turning into Markdown syntax by accident. The pack's
 * Handlebars environment registers them, so the pack check knows them as helpers.
 *
 *   {{kpiTable this limit=6}}          a pillar's key-number table (指标 · 数值 · 变化 · 出处)
 *   {{md title}}                       report text, escaped for Markdown
 *   {{keySentence section chars=80}}   the sentence that stands for a section (with one of its numbers when it can)
 *   {{#each (take sections 4)}}…       the first N items of a list
 */
import Handlebars from 'handlebars';
import { InputError } from '../errors.js';
import { DEFAULT_KPI_ROWS, kpiRows, type KpiPillar } from '../write/pdf/summary-text/kpi-rows.js';
import { kpiTableMarkdown } from '../write/pdf/summary-text/kpi-table.js';
import { DEFAULT_SENTENCE_CHARS, keySentence, type SentenceSection } from '../write/pdf/summary-text/key-sentence.js';
import { escapeMarkdownInline } from '../write/pdf/summary-text/markdown-escape.js';

type HelperOptions = Handlebars.HelperOptions;

/** Markdown that must reach the output as written (Handlebars would HTML-escape a plain string). */
const markdown = (text: string): Handlebars.SafeString => new Handlebars.SafeString(text);

export const summaryHelpers: Record<string, Handlebars.HelperDelegate> = {
  kpiTable(pillar: unknown, options: HelperOptions) {
    const limit = positiveInt(options.hash['limit'], DEFAULT_KPI_ROWS, 'kpiTable', 'limit');
    return markdown(kpiTableMarkdown(kpiRows(asPillar(pillar, 'kpiTable'), limit)));
  },
  md(text: unknown) {
    return markdown(text === undefined || text === null ? '' : escapeMarkdownInline(String(text)));
  },
  keySentence(section: unknown, options: HelperOptions) {
    const chars = positiveInt(options.hash['chars'], DEFAULT_SENTENCE_CHARS, 'keySentence', 'chars');
    return markdown(escapeMarkdownInline(keySentence(asSection(section, 'keySentence'), chars)));
  },
  take(list: unknown, count: unknown) {
    if (!Array.isArray(list)) return [];
    return list.slice(0, positiveInt(count, list.length, 'take', 'count'));
  },
};

/** Names of the summary helpers, for `knownHelpers` when a pack's templates are checked up front. */
export const summaryHelperNames: readonly string[] = Object.keys(summaryHelpers);

function asPillar(value: unknown, helper: string): KpiPillar {
  const candidate = value as Partial<KpiPillar> | null | undefined;
  if (!candidate || !Array.isArray(candidate.sections) || !Array.isArray(candidate.keyMetrics)) {
    throw misuse(helper, 'expects a pillar, e.g. {{kpiTable this}} inside {{#each pillars}}');
  }
  const sections = candidate.sections.map((section) => ({ title: String(section.title ?? ''), metrics: Array.isArray(section.metrics) ? section.metrics : [] }));
  return { keyMetrics: candidate.keyMetrics, sections };
}

function asSection(value: unknown, helper: string): SentenceSection {
  const candidate = value as Partial<SentenceSection> | null | undefined;
  if (!candidate || !Array.isArray(candidate.paragraphs)) throw misuse(helper, 'expects a section, e.g. {{keySentence this}} inside {{#each sections}}');
  return { paragraphs: candidate.paragraphs, points: candidate.points ?? [], metrics: candidate.metrics ?? [] };
}

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
