/**
 * Markdown read line by line: `#` and underlined headings, list items, quotes, tables and inline emphasis are turned
 * into hints and plain text. Done by hand rather than with a Markdown parser because every character must keep its
 * offset in the source (metrics point into it) and reports use only this small part of Markdown.
 */
import { MappedText } from './mapped-text.js';
import { normalizeLine, type LineHint, type RawLine } from './source-lines.js';

export type HintedLine = RawLine & { hint?: LineHint };

export function readMarkdownLines(lines: readonly RawLine[]): HintedLine[] {
  const out: HintedLine[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text.text;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence !== undefined || fenceMark) {
      if (fence === undefined) fence = fenceMark!.slice(0, 3);
      else if (text.trimStart().startsWith(fence)) fence = undefined;
      out.push({ ...line, hint: { kind: 'drop', reason: 'code block' } });
      continue;
    }
    const underline = setextLevel(lines[i + 1]?.text.text);
    if (underline && text.trim() && !isBlockSyntax(text)) {
      out.push({ text: stripInline(line.text), line: line.line, hint: { kind: 'heading', level: underline } });
      out.push({ ...lines[i + 1]!, hint: { kind: 'drop', reason: 'heading underline' } });
      i++;
      continue;
    }
    out.push(readBlockLine(line, lines[i + 1]?.text.text));
  }
  return out;
}

function setextLevel(next: string | undefined): number | undefined {
  if (next === undefined) return undefined;
  if (/^\s{0,3}=+\s*$/.test(next)) return 1;
  if (/^\s{0,3}-{2,}\s*$/.test(next)) return 2;
  return undefined;
}

function isBlockSyntax(text: string): boolean {
  return /^\s{0,3}(#|>|[-*+]\s|\d{1,9}[.)]\s|\|)/.test(text);
}

function isTableRule(text: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(text) && text.includes('|');
}

function readBlockLine(line: RawLine, next: string | undefined): HintedLine {
  const text = line.text.text;
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(text)) return { ...line, hint: { kind: 'drop', reason: 'horizontal rule' } };
  const heading = /^(\s{0,3}(#{1,6})(?:\s+|$))/.exec(text);
  if (heading) {
    const body = line.text.slice(heading[1]!.length);
    const closing = /\s+#+\s*$/.exec(body.text);
    const clean = closing ? body.slice(0, closing.index) : body;
    return { text: stripInline(clean), line: line.line, hint: { kind: 'heading', level: heading[2]!.length } };
  }
  if (isTableRule(text)) return { ...line, hint: { kind: 'drop', reason: 'table rule' } };
  if (/^\s*\|.*\|\s*$/.test(text)) {
    // The row above the |---| rule names the columns; the figures are in the rows below it.
    if (next !== undefined && isTableRule(next)) return { ...line, hint: { kind: 'drop', reason: 'table header' } };
    return { text: tableRow(line.text), line: line.line, hint: { kind: 'row' } };
  }
  const quote = /^(\s{0,3}(?:>\s?)+)/.exec(text);
  const unquoted = quote ? line.text.slice(quote[1]!.length) : line.text;
  const bullet = /^(\s*[-*+•]\s+)/.exec(unquoted.text);
  if (bullet) return { text: stripInline(unquoted.slice(bullet[1]!.length)), line: line.line, hint: { kind: 'item' } };
  return withBoldHint({ text: unquoted, line: line.line });
}

/** `**整行加粗**` is a heading; `**开头加粗。**正文` is an inline heading. */
function withBoldHint(line: RawLine): HintedLine {
  const trimmed = normalizeLine(line.text);
  const text = trimmed.text;
  const whole = /^(\*\*|__)([^*_]{1,80})\1$/.exec(text);
  if (whole) return { text: stripInline(trimmed), line: line.line, hint: { kind: 'bold' } };
  const lead = /^(\*\*|__)([^*_]{1,60}?)\1/.exec(text);
  if (lead && text.length > lead[0].length + 4) {
    return { text: stripInline(trimmed), line: line.line, hint: { kind: 'lead-in', length: lead[2]!.length } };
  }
  return { text: stripInline(line.text), line: line.line };
}

/** `| GDP | 1228亿元 | 1.5% |` → `GDP：1228亿元，1.5%`, so a row reads like a sentence with its label first. */
function tableRow(text: MappedText): MappedText {
  const cells: MappedText[] = [];
  let start = text.text.indexOf('|') + 1;
  for (let i = start; i <= text.length; i++) {
    if (i < text.length && (text.text[i] !== '|' || text.text[i - 1] === '\\')) continue;
    const cell = stripInline(text.slice(start, i)).trim();
    if (cell.length) cells.push(cell);
    start = i + 1;
  }
  const parts: MappedText[] = [];
  cells.forEach((cell, index) => {
    if (index === 1) parts.push(MappedText.synthetic('：'));
    else if (index > 1) parts.push(MappedText.synthetic('，'));
    parts.push(cell);
  });
  return MappedText.concat(parts);
}

/**
 * Inline markup out, text in: `**b**`, `*i*`, `` `code` ``, `[text](url)`, `![alt](src)`, `<tags>`, `\*`.
 * A linear scan marking which characters to keep.
 */
export function stripInline(text: MappedText): MappedText {
  const s = text.text;
  if (!/[*_`[\]<\\!]/.test(s)) return text;
  const keep = new Uint8Array(s.length).fill(1);
  for (let i = 0; i < s.length; i++) {
    const char = s[i]!;
    if (char === '\\' && i + 1 < s.length && /[\\`*_{}[\]()#+\-.!|<>]/.test(s[i + 1]!)) {
      keep[i] = 0;
      i++;
    } else if (char === '*' || char === '`' || (char === '_' && isEmphasisUnderscore(s, i))) {
      keep[i] = 0;
    } else if (char === '<') {
      const close = s.indexOf('>', i);
      if (close > i && close - i < 200 && /^<\/?[a-zA-Z][^<>]*>$/.test(s.slice(i, close + 1))) {
        keep.fill(0, i, close + 1);
        i = close;
      }
    } else if (char === '[' || (char === '!' && s[i + 1] === '[')) {
      i = stripLink(s, i, keep);
    }
  }
  return text.filter((_, index) => keep[index] === 1);
}

/** `_` inside a word (snake_case) is text; at a word edge it is emphasis. */
function isEmphasisUnderscore(s: string, i: number): boolean {
  const before = s[i - 1];
  const after = s[i + 1];
  const word = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
  return !(word(before) && word(after));
}

/** `[text](url)` keeps `text`; `![alt](src)` keeps nothing. Returns the index to continue from. */
function stripLink(s: string, at: number, keep: Uint8Array): number {
  const image = s[at] === '!';
  const open = image ? at + 1 : at;
  const close = s.indexOf(']', open);
  if (close < 0 || close - open > 300 || s[close + 1] !== '(') return at;
  const end = s.indexOf(')', close);
  if (end < 0 || end - close > 500) return at;
  if (image) {
    keep.fill(0, at, end + 1);
  } else {
    keep[open] = 0;
    keep.fill(0, close, end + 1);
  }
  return end;
}
