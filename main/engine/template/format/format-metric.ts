/**
 * How a metric is shown: "13.9万亩", "约4000万元", "100余次". Split into parts because a KPI tile draws the number
 * large and the unit small; `text` is the same thing in one string for bullets, notes and summaries.
 */
import type { Metric } from '../../report/schema.js';
import { scaleChinese } from './scale-number.js';

export interface MetricDisplay {
  /** Qualifier written before the number: 约, 近, 超, 逾 (or empty). */
  readonly prefix: string;
  readonly number: string;
  /** What follows the number: 余/多 for "more than", the 万/亿 scale, then the unit, e.g. "余万元". */
  readonly unit: string;
  readonly text: string;
}

/** Units after which 万/亿 must not be added: they are ratios, or already scaled. */
const UNSCALED_UNIT = /^(%|‰|个百分点|百分点|倍|成|[万亿千百])/;

const PREFIXES: readonly [RegExp, string][] = [
  [/^(大约|约)/, '约'],
  [/^(将近|接近|近)/, '近'],
  [/^(超过|超)/, '超'],
  [/^(逾)/, '逾'],
];

export function formatMetric(metric: Pick<Metric, 'value' | 'unit' | 'raw' | 'approx'>): MetricDisplay {
  // Where the author wrote 万 themselves ("近3万人"), keep it even below the usual threshold.
  const minWan = UNSCALED_UNIT.test(metric.unit) ? Number.POSITIVE_INFINITY : metric.raw.includes('万') ? 1e4 : undefined;
  const scaled = scaleChinese(metric.value, minWan === undefined ? {} : { minWan });
  const { prefix, suffix } = qualifiers(metric);
  const unit = `${suffix}${scaled.scale}${metric.unit}`;
  return { prefix, number: scaled.number, unit, text: `${prefix}${scaled.number}${unit}` };
}

/** Where the report wrote 余/多 the figure is a floor; where it wrote 约/近/超 that word is kept; otherwise 约. */
function qualifiers(metric: Pick<Metric, 'raw' | 'approx'>): { prefix: string; suffix: string } {
  if (!metric.approx) return { prefix: '', suffix: '' };
  const raw = metric.raw.trim();
  const prefix = PREFIXES.find(([pattern]) => pattern.test(raw))?.[1];
  if (prefix) return { prefix, suffix: '' };
  if (raw.includes('余')) return { prefix: '', suffix: '余' };
  if (raw.includes('多')) return { prefix: '', suffix: '多' };
  return { prefix: '约', suffix: '' };
}
