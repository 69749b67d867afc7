/**
 * Units a quantity can carry, with what kind of thing they measure (the key-metric ranking prefers money, output
 * and people reached) and how they are written in the normalized report.
 */

export type UnitKind = 'money' | 'percent' | 'points' | 'area' | 'length' | 'weight' | 'volume' | 'energy' | 'people' | 'count' | 'time' | 'ratio' | 'none';

export interface UnitInfo {
  /** How the unit is written in the report (`个平方` → `平方米`). */
  readonly unit: string;
  readonly kind: UnitKind;
}

const zh: Record<string, UnitInfo> = {};
const add = (kind: UnitKind, names: string, unit?: string): void => {
  for (const name of names.split(' ')) zh[name] = { unit: unit ?? name, kind };
};

add('money', '元 美元 欧元 英镑 日元 港元 港币 澳元 卢布 块钱');
add('percent', '%', '%');
add('percent', '‰', '‰');
add('points', '个百分点 百分点');
add('ratio', '倍 成');
add('area', '亩 公顷 平方公里 平方千米 平方米 顷');
add('area', '平米 平方 个平方', '平方米');
add('length', '公里 千米 延米 米 厘米 毫米 里');
add('weight', '吨 公斤 千克 斤 克 担 吨标准煤');
add('volume', '立方米 立方 方 升 毫升 标箱');
add('energy', '千瓦时 千瓦 兆瓦 瓦 度 千伏安 兆瓦时');
add('people', '人次 户次 人 户 名 位 员');
add('count', '车次 架次 场次 批次 班次 航次 个月 小时 分钟');
add('count', '段 家 个 项 件 条 起 次 场 期 篇 份 株 棵 座 所 支 处 台 辆 艘 架 套 张 册 本 部 批 轮 组 队 团 头 只 匹 羽 箱 包 间 栋 幢 层 床 宗 笔 单 门 盏 块 片 根 口 眼 种 类 例 剂 盒 袋 瓶 桶 趟 课 堂 集 首 幅 届 村 所 校 级 道 轴 枚 颗 粒 余项');
add('time', '天 周 年 岁');

/** `个` etc. re-marked: time units are real durations except 年 (almost always a date or a name). */
zh['个月'] = { unit: '个月', kind: 'time' };
zh['小时'] = { unit: '小时', kind: 'time' };
zh['分钟'] = { unit: '分钟', kind: 'time' };

const zhNames = Object.keys(zh).sort((a, b) => b.length - a.length);
const zhByFirst = new Map<string, string[]>();
for (const name of zhNames) {
  const first = name[0]!;
  zhByFirst.set(first, [...(zhByFirst.get(first) ?? []), name]);
}

/** Longest Chinese unit starting at `at`. */
export function matchZhUnit(text: string, at: number): { text: string; info: UnitInfo } | undefined {
  for (const name of zhByFirst.get(text[at] ?? '') ?? []) {
    if (text.startsWith(name, at)) return { text: name, info: zh[name]! };
  }
  return undefined;
}

/** Counting words that may follow a Chinese numeral (三家, 两批, 近千人); narrower than the list above. */
export const CN_MEASURE_WORDS = new Set(['个', '家', '名', '人', '人次', '户', '项', '件', '条', '起', '批', '轮', '场', '场次', '所', '座', '处', '支', '台', '辆', '艘', '套', '本', '部', '位', '亩', '吨', '元', '万元', '亿元', '公里', '米', '株', '棵', '头', '只', '倍', '成', '篇', '份', '次', '间', '栋', '宗', '笔', '村', '校']);

/** English units and scale words after a number. */
export const EN_SCALES: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, b: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };

const en: Record<string, UnitInfo> = {
  percent: { unit: '%', kind: 'percent' },
  'per cent': { unit: '%', kind: 'percent' },
  'percentage points': { unit: 'percentage points', kind: 'points' },
  'percentage point': { unit: 'percentage points', kind: 'points' },
  pp: { unit: 'percentage points', kind: 'points' },
  people: { unit: 'people', kind: 'people' },
  persons: { unit: 'people', kind: 'people' },
  residents: { unit: 'people', kind: 'people' },
  households: { unit: 'households', kind: 'people' },
  homes: { unit: 'homes', kind: 'count' },
  jobs: { unit: 'jobs', kind: 'count' },
  visitors: { unit: 'visitors', kind: 'people' },
  km: { unit: 'km', kind: 'length' },
  kilometres: { unit: 'km', kind: 'length' },
  kilometers: { unit: 'km', kind: 'length' },
  miles: { unit: 'miles', kind: 'length' },
  hectares: { unit: 'hectares', kind: 'area' },
  ha: { unit: 'hectares', kind: 'area' },
  acres: { unit: 'acres', kind: 'area' },
  tonnes: { unit: 'tonnes', kind: 'weight' },
  tons: { unit: 'tons', kind: 'weight' },
  kg: { unit: 'kg', kind: 'weight' },
  mw: { unit: 'MW', kind: 'energy' },
  gw: { unit: 'GW', kind: 'energy' },
  kwh: { unit: 'kWh', kind: 'energy' },
  mwh: { unit: 'MWh', kind: 'energy' },
  hours: { unit: 'hours', kind: 'time' },
  days: { unit: 'days', kind: 'time' },
  weeks: { unit: 'weeks', kind: 'time' },
  months: { unit: 'months', kind: 'time' },
  times: { unit: 'times', kind: 'ratio' },
};
const enNames = Object.keys(en).sort((a, b) => b.length - a.length);

export function matchEnUnit(text: string, at: number): { text: string; info: UnitInfo } | undefined {
  const rest = text.slice(at, at + 24).toLowerCase();
  for (const name of enNames) {
    if (rest.startsWith(name) && !/[a-z]/i.test(rest[name.length] ?? '')) return { text: text.slice(at, at + name.length), info: en[name]! };
  }
  return undefined;
}

export const CURRENCY_PREFIXES: readonly [string, string][] = [
  ['US$', 'US$'],
  ['HK$', 'HK$'],
  ['A$', 'A$'],
  ['RMB', '元'],
  ['£', '£'],
  ['$', '$'],
  ['€', '€'],
  ['¥', '元'],
  ['￥', '元'],
];
