/**
 * Turning report prose into slide bullets: the lead phrase of an enumerated point ("二是纵深推进园区建设。…" →
 * "纵深推进园区建设"), sentences, and sentences shortened at a clause boundary so a bullet stays a bullet.
 */

const CJK = '\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’';
const HALF_TO_FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };
const HALF_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])[,;:?!()]|[,;:?!()](?=[${CJK}])`, 'gu');

/**
 * Half-width punctuation next to Chinese (text pasted from web pages: "村(居)工作,配强…") shown full-width, as
 * Chinese slides set it. Latin and numbers are left alone ("1,000", "24:00", "(a)").
 */
export function fullWidthPunctuation(text: string): string {
  return text.replace(HALF_NEXT_TO_CJK, (mark) => HALF_TO_FULL[mark] ?? mark);
}

/** 一是 / 二要 / （一）/ (1) / 1. / 1、/ ① / 第一， at the start of a point. */
const ENUMERATOR = /^\s*(?:[一二三四五六七八九十]+[是要]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[①-⑳]|第[一二三四五六七八九十]+[，,、]?)\s*/u;

export function stripEnumerator(text: string): string {
  return text.replace(ENUMERATOR, '');
}

/** Sentences end at 。！？ (and ASCII !?) or a semicolon; the end mark is dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/[。！？!?；;]/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/**
 * At most `max` characters, cut after the last clause boundary (，、：) that keeps at least a third of them;
 * cut hard with "…" when there is none. Trailing pauses are dropped.
 */
export function shorten(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return tidyEnd(chars.join(''));
  const head = chars.slice(0, max).join('');
  const cut = Math.max(...['，', ',', '、', '：', ':'].map((mark) => head.lastIndexOf(mark)));
  if (cut >= max / 3) return tidyEnd(head.slice(0, cut));
  return `${tidyEnd(chars.slice(0, max - 1).join(''))}…`;
}

function tidyEnd(text: string): string {
  return text.replace(/[，,、：:；;（(“"\s]+$/u, '');
}

/** A point as a bullet: its lead phrase as the title, what follows (shortened) as the detail. */
export function splitPoint(point: string, titleMax: number, detailMax: number): { title: string; detail?: string } {
  const [lead = '', ...rest] = sentences(stripEnumerator(point));
  const title = shorten(lead, titleMax);
  return rest.length ? { title, detail: shorten(rest.join('，'), detailMax) } : { title };
}
