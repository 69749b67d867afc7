/**
 * The value field of the metric inspector. Reports store values in the base unit (139000 亩) but people think in
 * 万 and 亿 (13.9万亩), so the field shows and accepts both: "13.9万", "1.68亿", "1,008", "139000". Pure.
 */

const SCALES: readonly (readonly [string, number])[] = [
  ['亿', 1e8],
  ['万', 1e4],
];

export type ParsedValue = { readonly ok: true; readonly value: number } | { readonly ok: false };

/** "13.9万" → 139000; thousands separators and full-width digits are accepted; anything else is refused. */
export function parseValue(input: string): ParsedValue {
  const text = toHalfWidth(input).replace(/[,\s]/g, '');
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(万|亿)?$/.exec(text);
  if (!match?.[1]) return { ok: false };
  const factor = SCALES.find(([name]) => name === match[2])?.[1] ?? 1;
  const value = roundFloat(Number(match[1]) * factor);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/**
 * The value as the field shows it: with 亿 or 万 when that is exact and the number is large enough to be written
 * that way, else as it is. Round-trips through parseValue.
 */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '';
  for (const [name, factor] of SCALES) {
    if (Math.abs(value) < factor * (name === '万' ? 10 : 1)) continue;
    const scaled = roundFloat(value / factor);
    const text = String(scaled);
    if (!text.includes('e') && (text.split('.')[1]?.length ?? 0) <= 4 && roundFloat(scaled * factor) === value) return `${text}${name}`;
  }
  return String(value);
}

/** Removes binary noise such as 13.9 × 10000 = 138999.99999999997. */
function roundFloat(value: number): number {
  return Number(value.toPrecision(12));
}

function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，－＋]/g, (char) => String.fromCharCode((char.codePointAt(0) ?? 0) - 0xfee0));
}
