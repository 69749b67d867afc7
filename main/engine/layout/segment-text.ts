/**
 * Cuts one line of text (no hard breaks) into segments: the pieces between which a line may break.
 * A segment keeps together what Chinese typesetting keeps together: a latin word or a number with its unit
 * ("23.5%", "2,500万元", "13.9万亩"), a run of …… or ——, and any character with the closing punctuation after it
 * or the opening bracket before it. The spaces after a segment are where a line may break; they vanish at a break.
 */
import { firstChar, lastChar, mayNotEndLine, mayNotStartLine } from './line-break-rules.js';

export interface Segment {
  /** Never ends with break whitespace; starts with whitespace only where the line itself does (an indent). */
  readonly text: string;
  /** Spaces after the text: kept inside a line, dropped where the line breaks. */
  readonly trailingSpace: string;
}

type AtomKind = 'space' | 'word' | 'char';

interface Atom {
  readonly kind: AtomKind;
  readonly text: string;
}

/** Spaces a line may break at. U+3000 (全角空格, used to indent paragraphs) and no-break spaces are ordinary characters. */
const SPACE = /[\t\v\f \u1680\u2000-\u200a\u205f]+/y;

/** One of the spaces a line may break at (and which vanish where it does). */
export const isBreakSpace = (char: string): boolean => /^[\t\v\f \u1680\u2000-\u200a\u205f]$/.test(char);

const LETTER = 'A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff';
/** A latin word or a number: joiners (2,500 · 23.5 · 1-9 · e-mail · a.b/c) stay inside when letters follow them. */
const WORD = new RegExp(`(?:[+\\-\u2212\u00b1](?=[0-9]))?[${LETTER}]+(?:[.,:/'’\\-_@&+#~][${LETTER}]+)*`, 'y');

/** Units that read as part of the number before them; longest first so 个百分点 wins over 个. */
const UNITS = [
  '个百分点', '平方公里', '平方米', '立方米', '千瓦时', '百分点', '人次', '公里', '千米', '公斤', '千克', '公顷', '千瓦', '兆瓦',
  '小时', '分钟', '季度', '美元', '元', '亩', '吨', '人', '户', '家', '个', '项', '所', '座', '条', '件', '台', '辆', '套',
  '头', '只', '株', '斤', '克', '米', '度', '倍', '岁', '年', '月', '日', '天', '周', '次', '批', '场', '篇', '部', '册',
  '张', '份', '名', '位', '间', '处', '块', '片', '栋', '层', '期', '届', '轮', '例', '起', '宗', '笔', '箱', '袋', '盒', '瓶',
];
const UNIT_AFTER_NUMBER = new RegExp(`[十百千万亿]*[余多]?(?:${UNITS.join('|')})?`, 'y');

/** …… and —— are one mark each in Chinese and must not be split across lines. */
const INSEPARABLE = /[\u2026\u2025]+|[\u2014\u2015]+/y;

export function segmentText(line: string): Segment[] {
  const segments: { text: string; trailingSpace: string }[] = [];
  let leading = '';
  let previous: Atom | undefined;
  for (const atom of atomize(line)) {
    if (atom.kind === 'space') {
      const last = segments[segments.length - 1];
      if (last) last.trailingSpace += atom.text;
      else leading += atom.text;
      continue;
    }
    const last = segments[segments.length - 1];
    if (last && previous && !mayBreakBetween(previous, atom)) {
      last.text += last.trailingSpace + atom.text;
      last.trailingSpace = '';
    } else {
      segments.push({ text: leading + atom.text, trailingSpace: '' });
      leading = '';
    }
    previous = atom;
  }
  const last = segments[segments.length - 1];
  if (last) last.trailingSpace = '';
  return segments;
}

function mayBreakBetween(before: Atom, after: Atom): boolean {
  return !mayNotEndLine(lastChar(before.text)) && !mayNotStartLine(firstChar(after.text));
}

function* atomize(line: string): Generator<Atom> {
  let at = 0;
  while (at < line.length) {
    const atom = matchAt(SPACE, line, at, 'space') ?? matchWord(line, at) ?? matchAt(INSEPARABLE, line, at, 'char') ?? { kind: 'char', text: firstChar(line.slice(at, at + 2)) };
    at += atom.text.length;
    yield atom;
  }
}

function matchAt(pattern: RegExp, line: string, at: number, kind: AtomKind): Atom | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(line);
  return match && match[0] ? { kind, text: match[0] } : undefined;
}

function matchWord(line: string, at: number): Atom | undefined {
  const word = matchAt(WORD, line, at, 'word');
  if (!word) return undefined;
  if (!/[0-9]$/.test(word.text)) return word;
  const unit = matchAt(UNIT_AFTER_NUMBER, line, at + word.text.length, 'word');
  return unit ? { kind: 'word', text: word.text + unit.text } : word;
}
