/**
 * Unit families: which metrics may share a chart axis. Money in 元, area in 亩 and so on convert to one base unit;
 * counting words (个, 件, 项, 家…) only compare with the same word — 22个 projects and 52家 firms are not one axis.
 */

export interface UnitFamily {
  /** Key of the family: a base unit name, or the counting word itself. */
  readonly key: string;
  /** What the family measures, for chart titles (金额, 面积…). */
  readonly name: string;
  /** The base unit values are converted to. */
  readonly base: string;
  /** Multiply a value in the metric's unit by this to get the base unit. */
  readonly factor: number;
}

const KNOWN: Record<string, Omit<UnitFamily, 'factor'> & { units: Record<string, number> }> = {
  money: { key: 'money', name: '金额', base: '元', units: { 元: 1, 万元: 1e4, 亿元: 1e8, 千元: 1e3 } },
  area: { key: 'area', name: '面积', base: '亩', units: { 亩: 1, 万亩: 1e4, 公顷: 15, 平方公里: 1500, 平方千米: 1500, 平方米: 0.0015, 平方: 0.0015 } },
  length: { key: 'length', name: '长度', base: '公里', units: { 公里: 1, 千米: 1, 米: 0.001 } },
  mass: { key: 'mass', name: '重量', base: '吨', units: { 吨: 1, 万吨: 1e4, 千克: 0.001, 公斤: 0.001 } },
  people: { key: 'people', name: '人数', base: '人', units: { 人: 1, 名: 1, 万人: 1e4 } },
  visits: { key: 'visits', name: '人次', base: '人次', units: { 人次: 1, 万人次: 1e4 } },
  percent: { key: 'percent', name: '比率', base: '%', units: { '%': 1 } },
};

export function unitFamily(unit: string): UnitFamily {
  const trimmed = unit.trim();
  for (const family of Object.values(KNOWN)) {
    const factor = family.units[trimmed];
    if (factor !== undefined) return { key: family.key, name: family.name, base: family.base, factor };
  }
  return { key: `unit:${trimmed}`, name: trimmed ? '数量' : '数值', base: trimmed, factor: 1 };
}

/**
 * The unit to show a family's values in, so axis labels stay short: 万/亿 for large money and counts, the base unit
 * otherwise. Percentages and ratios are never scaled.
 */
export function displayScale(family: UnitFamily, maxValue: number): { unit: string; divisor: number } {
  if (family.key === 'percent') return { unit: '%', divisor: 1 };
  const magnitude = Math.abs(maxValue);
  if (magnitude >= 1e12) return { unit: `万亿${family.base}`, divisor: 1e12 };
  if (magnitude >= 1e8) return { unit: `亿${family.base}`, divisor: 1e8 };
  if (magnitude >= 1e5) return { unit: `万${family.base}`, divisor: 1e4 };
  return { unit: family.base, divisor: 1 };
}
