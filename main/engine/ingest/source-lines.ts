/**
 * The decoded text cut into lines, each normalized (full-width digits and signs to ASCII, odd spaces to plain ones,
 * invisible characters dropped) without losing where its characters sit in the source.
 */
import { MappedText } from './mapped-text.js';

/** What the file's own markup says about a line (Markdown `#`, a Word heading style, an HTML `<li>`…). */
export type LineHint =
  | { readonly kind: 'heading'; readonly level: number }
  | { readonly kind: 'title' }
  | { readonly kind: 'subtitle' }
  | { readonly kind: 'item' }
  | { readonly kind: 'caption' }
  /** The whole line is bold: a heading when it is short. */
  | { readonly kind: 'bold' }
  /** The line starts with a bold lead-in of `length` characters: an inline heading. */
  | { readonly kind: 'lead-in'; readonly length: number }
  | { readonly kind: 'row' }
  /** Markup that is not text (a rule, a code block): dropped, with the reason shown by --explain. */
  | { readonly kind: 'drop'; readonly reason: string };

export interface SourceLine {
  readonly text: MappedText;
  /** 1-based line number in the source text. */
  readonly line: number;
  readonly hint?: LineHint;
  /** A blank line came before this one (paragraph breaks in wrapped text). */
  readonly blankBefore: boolean;
}

export interface RawLine {
  readonly text: MappedText;
  readonly line: number;
}

/** Every line of the source, untrimmed and unnormalized, with its line number. */
export function rawLines(source: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= source.length; i++) {
    const code = i < source.length ? source.charCodeAt(i) : 0x0a;
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) continue;
    lines.push({ text: MappedText.fromSource(source, start, i), line });
    if (code === 0x0d && source.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
    line++;
  }
  return lines;
}

/** Trimmed, normalized, non-blank lines with the blank-line information kept as `blankBefore`. */
export function toSourceLines(lines: readonly (RawLine & { hint?: LineHint })[]): SourceLine[] {
  const out: SourceLine[] = [];
  let blank = false;
  for (const raw of lines) {
    const text = normalizeLine(raw.text);
    if (text.length === 0) {
      blank = true;
      continue;
    }
    out.push({ text, line: raw.line, blankBefore: blank, ...(raw.hint ? { hint: raw.hint } : {}) });
    blank = false;
  }
  return out;
}

/** Does the line hold a character normalizeLine changes or drops? Most lines do not and skip the per-character work. */
function needsWork(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0xad || c === 0x2002 || c === 0x2003 || c === 0x2009 || (c >= 0x200b && c <= 0x200d) || c === 0x2015 || c === 0x2060) return true;
    if (c === 0x2236 || c === 0x3000 || c === 0xfeff || c === 0xfe6a || c === 0xff04 || c === 0xff05 || c === 0xff0b || c === 0xff0e) return true;
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true;
  }
  return false;
}

export function normalizeLine(text: MappedText): MappedText {
  return (needsWork(text.text) ? text.filter(isVisible).mapChars(normalizeChar) : text).trim();
}

/** Zero-width characters and stray control characters carry nothing and break patterns. */
function isVisible(code: number): boolean {
  if (code === 0x09) return true;
  if (code < 0x20 || code === 0x7f) return false;
  if (code >= 0x80 && code < 0xa0) return false;
  return !(code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0x00ad);
}

/**
 * Full-width digits, letters and number signs become ASCII so one set of patterns reads both; Chinese punctuation
 * (，。：) stays, since it carries meaning the patterns rely on.
 */
export function normalizeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0); // Ａ-Ｚ ａ-ｚ
  switch (char) {
    case '％':
    case '﹪':
      return '%';
    case '．':
      return '.';
    case '＋':
      return '+';
    case '＄':
      return '$';
    case '\u3000':
    case '\u00a0':
    case '\t':
    case '\u2002':
    case '\u2003':
    case '\u2009':
      return ' ';
    case '\u2236':
      return '：';
    case '\u2014':
    case '\u2015':
      return '—';
    default:
      return char;
  }
}
