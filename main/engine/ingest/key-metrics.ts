/**
 * Which numbers a pillar's slide shows: money first, then growth, output and area, people reached and completion
 * rates; bigger figures before smaller ones; at most one number per sentence; spread over the pillar's sections.
 */
import type { MetricDraft } from './numbers/paragraph-metrics.js';

export const MAX_KEY_METRICS = 5;

export interface Ranked {
  readonly id: string;
  readonly section: number;
  readonly metric: MetricDraft;
}

const OUTCOME_WORDS = /(?:产值|增加值|生产总值|GDP|营业|利润|税收|收入|销售|零售|产量|revenue|income|turnover|profit|output)/i;
const REACH_WORDS = /(?:接待|受益|服务|覆盖|惠及|就业|帮扶|救助|培训|签约|游客|脱贫|低保|走访|visitors|served|supported|helped|jobs|residents|households|people)/i;
const RATE_WORDS = /(?:率|占比|比重|完成|覆盖|达标|rate|share|completion)/i;

export function metricScore(metric: MetricDraft): number {
  const magnitude = Math.log10(Math.max(1, Math.abs(metric.value)));
  let score: number;
  switch (metric.kind) {
    case 'money':
      score = 3 + magnitude * 0.6;
      break;
    case 'percent':
      score = metric.changeOnly ? 4.5 : RATE_WORDS.test(metric.label) ? 6 : 4;
      break;
    case 'points':
      score = metric.changeOnly ? 2 : 3;
      break;
    case 'area':
    case 'weight':
    case 'volume':
    case 'energy':
    case 'length':
      score = 5 + magnitude / 4;
      break;
    case 'people':
      score = 4.3 + magnitude / 3 + (REACH_WORDS.test(metric.label) ? 1 : 0);
      break;
    case 'count':
    case 'ratio':
      score = 4 + magnitude / 3 + (REACH_WORDS.test(metric.label) ? 0.5 : 0);
      break;
    default:
      score = 2 + magnitude / 4;
  }
  if (metric.change && !metric.changeOnly) score += 2;
  if (OUTCOME_WORDS.test(metric.label)) score += 1;
  if (metric.planned) score -= 1;
  if (metric.value < 2 && metric.kind !== 'percent' && metric.kind !== 'points') score -= 3;
  if (metric.label === metric.raw || metric.label.length < 2) score -= 2;
  if (metric.label.length > 14) score -= 0.5;
  if (metric.approx) score -= 0.2;
  return score;
}

/** Greedy choice: best score first, a section already used counts against its next numbers, one per sentence. */
export function chooseKeyMetrics(candidates: readonly Ranked[], limit = MAX_KEY_METRICS): string[] {
  const scored = candidates.map((candidate, order) => ({ candidate, order, score: metricScore(candidate.metric) }));
  const usedSentences = new Set<string>();
  const perSection = new Map<number, number>();
  const chosen: string[] = [];
  while (chosen.length < limit) {
    let best: (typeof scored)[number] | undefined;
    let bestScore = -Infinity;
    for (const item of scored) {
      if (chosen.includes(item.candidate.id) || usedSentences.has(item.candidate.metric.sentence)) continue;
      const effective = item.score - 2.5 * (perSection.get(item.candidate.section) ?? 0);
      if (effective > bestScore || (effective === bestScore && best && item.order < best.order)) {
        best = item;
        bestScore = effective;
      }
    }
    if (!best || best.score < 1) break;
    chosen.push(best.candidate.id);
    usedSentences.add(best.candidate.metric.sentence);
    perSection.set(best.candidate.section, (perSection.get(best.candidate.section) ?? 0) + 1);
  }
  return chosen;
}
