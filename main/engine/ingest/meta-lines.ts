/**
 * Lines that describe the article rather than belong to it — `2023/10/12 11:10:30 来源:中国产业发展研究网`,
 * `文 / 闫鹏飞`, `By Jane Smith`, `Published: 5 March 2024` — read into the report's `meta`.
 */
import type { ReportMeta } from '../report/schema.js';

type MetaKey = 'source' | 'date' | 'author' | 'ignore';

const KEYS: readonly [RegExp, MetaKey][] = [
  [/^(?:信息来源|稿件来源|文章来源|新闻来源|来源|出处|Source)$/i, 'source'],
  [/^(?:发布时间|发布日期|发稿时间|更新时间|时间|日期|Published|Posted|Updated|Date)$/i, 'date'],
  [/^(?:作者|撰稿|撰稿人|执笔|记者|通讯员|文|文字|Author|Written by)$/i, 'author'],
  [/^(?:编辑|责任编辑|审核|摄影|图|浏览次数|点击数|阅读量|浏览|字数|发布者|发布机构|Editor|Photo)$/i, 'ignore'],
];

const KEY_PATTERN = /(?:^|[\s|】\]])(信息来源|稿件来源|文章来源|新闻来源|来源|出处|发布时间|发布日期|发稿时间|更新时间|时间|日期|作者|撰稿人|撰稿|执笔|记者|通讯员|文字|文|编辑|责任编辑|审核|摄影|图|浏览次数|点击数|阅读量|浏览|字数|发布者|发布机构|Source|Published|Posted|Updated|Date|Author|Written by|Editor|Photo)\s*[：:/／]\s*/gi;
const LEADING_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export type MetaFound = Partial<Pick<ReportMeta, 'source' | 'date' | 'author'>>;

/** The fields a meta line carries, or undefined when the line is content. */
export function readMetaLine(line: string): MetaFound | undefined {
  if (line.length > 120) return undefined;
  const byline = /^By\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$/.exec(line);
  if (byline) return { author: byline[1]! };
  const found: MetaFound = {};
  let rest = line;
  const date = LEADING_DATE.exec(rest);
  if (date) {
    const iso = isoDate(date[1]!, date[2]!, date[3]!);
    if (iso) found.date = iso;
    rest = rest.slice(date[0].length);
  }
  const keyed = readKeyed(rest);
  if (!keyed) return date && rest.trim() === '' ? found : undefined;
  for (const [key, value] of keyed) {
    if (key === 'date') {
      const iso = parseDate(value);
      if (iso) found.date ??= iso;
    } else if (key !== 'ignore' && value) found[key] ??= value;
  }
  return found;
}

/** `key: value` pairs covering the whole line, or undefined when anything else is on it. */
function readKeyed(text: string): [MetaKey, string][] | undefined {
  KEY_PATTERN.lastIndex = 0;
  const starts: { index: number; end: number; key: MetaKey }[] = [];
  for (let match = KEY_PATTERN.exec(text); match; match = KEY_PATTERN.exec(text)) {
    const key = KEYS.find(([pattern]) => pattern.test(match![1]!))?.[1] ?? 'ignore';
    starts.push({ index: match.index, end: match.index + match[0].length, key });
  }
  if (starts.length === 0 || text.slice(0, starts[0]!.index).trim() !== '') return undefined;
  return starts.map((start, i) => [start.key, cleanValue(text.slice(start.end, starts[i + 1]?.index ?? text.length))]);
}

function cleanValue(value: string): string {
  return value.split(/\s{2,}|[|【[]/)[0]!.trim().replace(/[，,;；。]+$/, '');
}

/** 2023/10/12, 2023-10-12, 2023年10月12日, 12 March 2024, March 12, 2024 → 2023-10-12. */
export function parseDate(text: string): string | undefined {
  const numeric = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (numeric) return isoDate(numeric[1]!, numeric[2]!, numeric[3]!);
  const dayFirst = /(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(text);
  if (dayFirst) return monthDate(dayFirst[3]!, dayFirst[2]!, dayFirst[1]!);
  const monthFirst = /([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  if (monthFirst) return monthDate(monthFirst[3]!, monthFirst[1]!, monthFirst[2]!);
  return undefined;
}

function monthDate(year: string, monthName: string, day: string): string | undefined {
  const month = MONTHS.findIndex((name) => name.startsWith(monthName.toLowerCase().slice(0, 3)));
  return month < 0 ? undefined : isoDate(year, String(month + 1), day);
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
