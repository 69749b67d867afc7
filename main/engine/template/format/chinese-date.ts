/** Dates as Chinese documents print them: 2023-10-12 → 2023年10月12日. Anything else is returned unchanged. */

export function chineseDate(text: string): string {
  const match = /^\s*(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?\s*$/.exec(text);
  if (!match) return text.trim();
  const [, year, month, day] = match;
  const monthPart = `${Number(month)}月`;
  return day === undefined ? `${year}年${monthPart}` : `${year}年${monthPart}${Number(day)}日`;
}
