/**
 * Number helpers for text templates. They never throw: a template given a missing or odd value prints "—" rather
 * than failing in the middle of an export.
 *
 *   {{wan 139000 "亩"}}            13.9万亩        (万 from 100 000, 亿 from 100 000 000, two decimals at most)
 *   {{thousands 22167}}            22,167
 *   {{percent 70}}                 70%            (the value is already in percent; optional decimals: {{percent 2.934 2}})
 *   {{ratio 700 1008}}             69.4%
 *   {{arrow "up"}}                 ▲              (also "down" ▼, "flat" —, or a signed number)
 *   {{change metric.change}}       同比 ▲2.93%
 */
import { ARROWS, formatChange } from '../format/format-change.js';
import { formatPercent, formatRatio } from '../format/percent.js';
import { scaleChinese, withThousands } from '../format/scale-number.js';
import { templateArgs, toNumber, toText, type PlainHelper } from './helper-types.js';

function digitsArg(value: unknown, fallback: number): number {
  const digits = toNumber(value);
  return Number.isInteger(digits) && digits >= 0 && digits <= 6 ? digits : fallback;
}

const wan: PlainHelper = (...raw) => {
  const [value, unit] = templateArgs(raw);
  const n = toNumber(value);
  if (!Number.isFinite(n)) return '—';
  const scaled = scaleChinese(n);
  return `${scaled.number}${scaled.scale}${toText(unit)}`;
};

const thousands: PlainHelper = (...raw) => {
  const [value, digits] = templateArgs(raw);
  return withThousands(toNumber(value), digitsArg(digits, 2));
};

const percent: PlainHelper = (...raw) => {
  const [value, digits] = templateArgs(raw);
  return formatPercent(toNumber(value), digitsArg(digits, 1));
};

const ratio: PlainHelper = (...raw) => {
  const [part, whole, digits] = templateArgs(raw);
  return formatRatio(toNumber(part), toNumber(whole), digitsArg(digits, 1));
};

const arrow: PlainHelper = (...raw) => {
  const [value] = templateArgs(raw);
  if (value === 'up' || value === 'down' || value === 'flat') return ARROWS[value];
  const n = toNumber(value);
  if (!Number.isFinite(n)) return '';
  return n > 0 ? ARROWS.up : n < 0 ? ARROWS.down : ARROWS.flat;
};

const change: PlainHelper = (...raw) => {
  const [value] = templateArgs(raw);
  if (value === null || typeof value !== 'object') return '';
  const candidate = value as Record<string, unknown>;
  const direction = candidate['direction'];
  if (direction !== 'up' && direction !== 'down' && direction !== 'flat') return '';
  return formatChange({ direction, value: toNumber(candidate['value']), unit: toText(candidate['unit']), raw: toText(candidate['raw']) }).text;
};

export const numberHelpers: Readonly<Record<string, PlainHelper>> = { wan, thousands, percent, ratio, arrow, change };
