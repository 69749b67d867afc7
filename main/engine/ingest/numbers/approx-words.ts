/** Words that make a figure approximate: before it (约, 近, 超过, about), inside it (余, 多) and after it (左右, 以上). */

const ZH_BEFORE = ['大约', '约为', '约', '将近', '接近', '近', '超过', '超', '逾', '突破', '多达', '不足', '不到', '近乎'];
const EN_BEFORE = ['approximately', 'approx.', 'approx', 'about', 'around', 'nearly', 'almost', 'over', 'more than', 'some', 'roughly', 'circa', 'c.', 'upwards of', 'in excess of', 'at least', 'close to', 'under', 'less than', 'fewer than', 'up to'];
export const ZH_AFTER = ['左右', '上下', '以上', '开外', '许'];

/** Start of the approximation word that ends at `at` (spaces between allowed), or undefined. */
export function approxWordBefore(text: string, at: number, lang: 'zh' | 'en'): number | undefined {
  let end = at;
  while (end > 0 && text[end - 1] === ' ') end--;
  if (lang === 'zh') {
    for (const word of ZH_BEFORE) if (text.startsWith(word, end - word.length) && end - word.length >= 0) return end - word.length;
    return undefined;
  }
  const before = text.slice(Math.max(0, end - 16), end).toLowerCase();
  for (const word of EN_BEFORE) {
    if (before.endsWith(word) && !/[a-z]/i.test(before[before.length - word.length - 1] ?? '')) return end - word.length;
  }
  return undefined;
}

export function approxWordAfter(text: string, at: number): number {
  for (const word of ZH_AFTER) if (text.startsWith(word, at)) return word.length;
  return 0;
}
