/**
 * Small text helpers for templates:
 *
 *   {{ordinal pillar.number}}        一, 二, … (for "一、聚焦主题教育")
 *   {{pad slide.number}}             01, 02, …  ({{pad n 3}} → 001)
 *   {{date report.meta.date}}        2023年10月12日
 *   {{join pillar.sections "、" "title"}}  the sections' titles joined by 、 (the field name is optional)
 *   {{joinWith " · " report.meta.organization report.date}}   the non-empty values joined: "柏杨坝镇 · 2023年10月12日"
 *   {{default report.subtitle report.title}}   the first argument that is not empty
 *   {{#if (eq slide.kind "pillar")}} … {{/if}}
 */
import { chineseDate } from '../format/chinese-date.js';
import { chineseOrdinal, padNumber } from '../format/ordinal.js';
import { templateArgs, toNumber, toText, type PlainHelper } from './helper-types.js';

const ordinal: PlainHelper = (...raw) => chineseOrdinal(toNumber(templateArgs(raw)[0]));

const pad: PlainHelper = (...raw) => {
  const [value, width] = templateArgs(raw);
  const w = toNumber(width);
  return padNumber(toNumber(value), Number.isInteger(w) && w > 0 && w < 10 ? w : 2);
};

const date: PlainHelper = (...raw) => chineseDate(toText(templateArgs(raw)[0]));

const join: PlainHelper = (...raw) => {
  const [list, separator, field] = templateArgs(raw);
  if (!Array.isArray(list)) return '';
  const key = toText(field);
  const items = list.map((item: unknown) => (key && item !== null && typeof item === 'object' && Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : item));
  return items.map(toText).filter(Boolean).join(separator === undefined ? '、' : toText(separator));
};

const joinWith: PlainHelper = (...raw) => {
  const [separator, ...values] = templateArgs(raw);
  return values.map(toText).filter((text) => text.trim() !== '').join(toText(separator));
};

const fallback: PlainHelper = (...raw) => templateArgs(raw).find((value) => toText(value) !== '') ?? '';

const eq: PlainHelper = (...raw) => {
  const [a, b] = templateArgs(raw);
  return a === b;
};

export const textHelpers: Readonly<Record<string, PlainHelper>> = { ordinal, pad, date, join, joinWith, default: fallback, eq };
