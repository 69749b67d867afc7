/**
 * Lines → paragraphs. A line broken inside a sentence (`…其中10年以上重复信访1` / `件。`) is joined to the next;
 * a short line without end punctuation (a heading, a caption) is not. Text wrapped at a fixed width with blank lines
 * between paragraphs (Markdown, plain-text mail) is joined within each block.
 */
import { CLOSERS, isAsciiLetter, isCjk, SENTENCE_END } from './chars.js';
import { MappedText } from './mapped-text.js';
import { CN_ORDINAL_RUN, parseChineseOrdinal } from './numbers/chinese-ordinal.js';
import type { LineHint, SourceLine } from './source-lines.js';
import { excerpt, type ImportTrace } from './trace.js';

export interface Block {
  readonly text: MappedText;
  readonly line: number;
  readonly hint?: LineHint;
  /** A blank line stood before it (a subtitle sits right under its title, with none). */
  readonly blankBefore: boolean;
}

/** Starts of lines that begin something new: numbered headings, list items, dashes. */
const NEW_ITEM = new RegExp(`^(?:(${CN_ORDINAL_RUN})\\s*[、.．是]|[（(]\\s*(?:(${CN_ORDINAL_RUN})|\\d{1,3})\\s*[）)]|\\d{1,2}\\s*[.、．)）](?!\\d)|[①-⑳]|——|[-*•·]\\s|#|第[一二三四五六七八九十\\d]{1,3}[章节部篇])`);
const CONTINUES = new Set(['，', '。', '、', '；', '：', '）', '」', '』', '”', '%', ',', ';', ':', ')', '！', '？']);
const HANGING_END = /(?:[的和与及、，,（(“「《]|\b(?:the|a|an|and|or|of|to|in|for|with|on|by|at|from))$/i;
const STRUCTURAL: ReadonlySet<LineHint['kind']> = new Set(['heading', 'title', 'subtitle', 'item', 'caption', 'row', 'bold', 'lead-in']);

function startsNewItem(line: string): boolean {
  const match = NEW_ITEM.exec(line);
  if (!match) return false;
  // Numeral characters open an item only when they spell a number: a line starting 百、 or 千是 goes on a sentence.
  const numeral = match[1] ?? match[2];
  return numeral === undefined || parseChineseOrdinal(numeral) !== undefined;
}

export function joinBrokenLines(lines: readonly SourceLine[], language: 'zh' | 'en', trace: ImportTrace): Block[] {
  const wrapWidth = wrappedWidth(lines);
  const blocks: Block[] = [];
  let current: { parts: MappedText[]; first: SourceLine; last: SourceLine } | undefined;
  const flush = (): void => {
    if (!current) return;
    blocks.push({ text: MappedText.concat(current.parts), line: current.first.line, blankBefore: current.first.blankBefore, ...(current.first.hint ? { hint: current.first.hint } : {}) });
    current = undefined;
  };
  for (const line of lines) {
    const reason = current ? joinReason(current.last, line, wrapWidth) : undefined;
    if (current && reason) {
      const space = needsSpace(current.last.text.text, line.text.text, language) ? [MappedText.synthetic(' ')] : [];
      current.parts.push(...space, line.text);
      trace.joined.push({ line: line.line, text: `${excerpt(tailOf(current.last.text.text), 16)}⏎${excerpt(line.text.text, 16)}`, reason });
      current.last = line;
      continue;
    }
    flush();
    current = { parts: [line.text], first: line, last: line };
  }
  flush();
  return blocks;
}

/** Why `next` continues `previous`'s paragraph, or undefined when it starts a new one. */
function joinReason(previous: SourceLine, next: SourceLine, wrapWidth: number | undefined): string | undefined {
  if (next.blankBefore || (next.hint && STRUCTURAL.has(next.hint.kind)) || (previous.hint && STRUCTURAL.has(previous.hint.kind) && previous.hint.kind !== 'lead-in')) return undefined;
  const a = previous.text.text;
  const b = next.text.text;
  if (startsNewItem(b) || (startsNewItem(a) && a.length <= 60)) return undefined;
  const filled = wrapWidth !== undefined && a.length >= wrapWidth * 0.7;
  if (endsSentence(a)) return filled ? 'text wrapped at a fixed width' : undefined;
  if (CONTINUES.has(b[0]!)) return 'the next line starts with punctuation that continues the sentence';
  if (/[\d.]$/.test(a) && /^[^\s\d]{1,3}[。，；、]/.test(b)) return 'a number and its unit were split across lines';
  if (unbalanced(a)) return 'a quote or bracket is still open at the end of the line';
  if (a.length >= 20 && HANGING_END.test(a)) return 'the line ends in the middle of a phrase';
  if (isAsciiLetter(a[a.length - 1]) && /^[a-z]/.test(b)) return 'the next line continues in lower case';
  if (filled) return 'text wrapped at a fixed width';
  if (a.length >= 30 && /^[^\s]{1,4}[。！？]/.test(b) && !/^[一二三四五六七八九十]/.test(b)) return 'the next line is only the end of a sentence';
  return undefined;
}

function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i > 0 && CLOSERS.has(text[i]!)) i--;
  return SENTENCE_END.has(text[i]!) || text[i] === '.' || text[i] === '：' || text[i] === ':';
}

function unbalanced(text: string): boolean {
  const count = (chars: string): number => [...text].filter((char) => chars.includes(char)).length;
  return count('“（《「') > count('”）》」');
}

/**
 * When most paragraphs are separated by blank lines and several lines run close to one width, the text was wrapped
 * at that width; returns it (the 90th percentile of line lengths), else undefined.
 */
function wrappedWidth(lines: readonly SourceLine[]): number | undefined {
  if (lines.length < 4) return undefined;
  const blankSeparated = lines.filter((line) => line.blankBefore).length / lines.length;
  if (blankSeparated < 0.15) return undefined;
  const lengths = lines.map((line) => line.text.length).sort((x, y) => x - y);
  const p90 = lengths[Math.floor(lengths.length * 0.9)]!;
  const nearWidth = lengths.filter((n) => n >= p90 * 0.7 && n <= p90 * 1.1).length;
  return p90 >= 30 && nearWidth >= lines.length * 0.3 ? p90 : undefined;
}

function needsSpace(before: string, after: string, language: 'zh' | 'en'): boolean {
  const last = before[before.length - 1];
  const first = after[0];
  if (isCjk(last) || isCjk(first)) return false;
  return language === 'en' || /[\w.,;:!?)]/.test(last ?? '');
}

function tailOf(text: string): string {
  return text.length > 16 ? text.slice(-16) : text;
}
