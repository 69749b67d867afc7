/**
 * What each paragraph is: a heading (from the file's markup, its numbering, its shape or its first sentence), a
 * short lone line still to be decided between heading and caption, a caption, a list item, or body text.
 */
import { hasLetterOrDigit, isCjk } from './chars.js';
import { inlineHeadStrength, type HeadStrength } from './head-shape.js';
import { INLINE_RANK, LONE_LINE_RANK, readMarker, type Marker } from './heading-markers.js';
import type { MappedText } from './mapped-text.js';
import type { Block } from './paragraphs.js';
import { extractPoints } from './points.js';

export type BlockKind = 'title' | 'subtitle' | 'heading' | 'lone' | 'caption' | 'para' | 'item' | 'numbered';

export interface Classified {
  readonly block: Block;
  kind: BlockKind;
  /** Heading level: explicit 1–6, text patterns from 10 on (lower is higher). */
  rank: number;
  /** Heading text without numbering and end punctuation. */
  head?: MappedText;
  /** The rest of a paragraph that opened with an inline heading. */
  body?: MappedText;
  /** An inline heading whose shape alone does not settle it: it needs sibling headings of the same shape. */
  strength?: HeadStrength | 'explicit' | 'numbered';
  family?: string;
  reason: string;
}

const LONE_MAX_ZH = 40;
const INLINE_END = new Set(['。', '！', '？', '：', ':', '；']);

export function classifyBlock(block: Block, language: 'zh' | 'en'): Classified {
  const classified = classifyByShape(block, language);
  // A heading must name something: "八.，" or "**" leave nothing once numbering and punctuation are gone.
  if ((classified.kind === 'heading' || classified.kind === 'lone' || classified.kind === 'title' || classified.kind === 'subtitle') && !hasLetterOrDigit(classified.head?.text ?? block.text.text)) {
    return { block, kind: 'para', rank: 99, reason: 'body text' };
  }
  return classified;
}

function classifyByShape(block: Block, language: 'zh' | 'en'): Classified {
  const hinted = fromHint(block, language);
  if (hinted) return hinted;
  const text = block.text.text;
  const marker = readMarker(text, language);
  if (marker) return numbered(block, marker, language);
  if (isLone(text, language)) return { block, kind: 'lone', rank: LONE_LINE_RANK, head: stripEnd(block.text), reason: 'a short line on its own' };
  return inlineOrPara(block, language, block.text, undefined);
}

function fromHint(block: Block, language: 'zh' | 'en'): Classified | undefined {
  const hint = block.hint;
  if (!hint) return undefined;
  switch (hint.kind) {
    case 'title':
      return { block, kind: 'title', rank: 0, head: stripEnd(block.text), reason: 'marked as the title' };
    case 'subtitle':
      return { block, kind: 'subtitle', rank: 0, head: stripEnd(block.text), reason: 'marked as the subtitle' };
    case 'heading': {
      const marker = readMarker(block.text.text, language);
      const head = stripEnd(marker ? block.text.slice(marker.length) : block.text);
      return { block, kind: 'heading', rank: hint.level, head, strength: 'explicit', reason: `heading level ${hint.level} in the file's markup` };
    }
    case 'caption':
      return { block, kind: 'caption', rank: 99, reason: 'marked as a caption' };
    case 'item':
      return { block, kind: 'item', rank: 99, reason: 'a list item' };
    case 'row':
      return { block, kind: 'para', rank: 99, reason: 'a table row' };
    case 'bold': {
      if (block.text.length > LONE_MAX_ZH * 2) return undefined;
      // 一、 and （一） in bold keep their levels; an unnumbered bold line ranks as a lone heading line.
      const marker = readMarker(block.text.text, language);
      const rank = marker && !marker.item ? marker.rank : LONE_LINE_RANK;
      return { block, kind: 'heading', rank, head: stripEnd(stripMarker(block.text, language)), strength: 'strong', reason: 'a bold line on its own' };
    }
    case 'lead-in': {
      const head = stripEnd(block.text.slice(0, hint.length));
      const body = block.text.slice(hint.length).trim();
      const marker = readMarker(head.text, language);
      return { block, kind: 'heading', rank: marker ? marker.rank : INLINE_RANK, head: marker ? stripEnd(head.slice(marker.length)) : head, body, strength: 'strong', reason: 'a bold lead-in' };
    }
    default:
      return undefined;
  }
}

/** `一、…`, `（一）…`, `1.…`, `一是…`, `——…`: a heading when what follows the number is short. */
function numbered(block: Block, marker: Marker, language: 'zh' | 'en'): Classified {
  const rest = block.text.slice(marker.length);
  // 一是…。二是…。 in one paragraph enumerates; it does not open a section.
  if ((marker.family === 'shi' || marker.family === 'ordinal') && extractPoints(block.text.text).length >= 2) {
    return { block, kind: 'numbered', rank: marker.rank, family: marker.family, reason: 'an enumeration (一是…二是…) in one paragraph' };
  }
  const end = firstSentenceEnd(rest.text, language);
  const atEnd = end < 0 || rest.text.slice(end + 1).trim().length === 0;
  const limit = language === 'zh' ? 60 : 100;
  const label = `numbered "${block.text.text.slice(0, marker.length).trim()}"`;
  if (atEnd && rest.length <= limit && !marker.item && !hasFigure(rest.text)) {
    return { block, kind: 'heading', rank: marker.rank, head: stripEnd(rest), strength: 'numbered', family: marker.family, reason: `${label} line` };
  }
  if (!atEnd && !marker.item) {
    const head = rest.slice(0, end);
    const numberedHead = language === 'zh' ? head.length <= 30 && !hasFigure(head.text) && (head.text.match(/[，,]/g) ?? []).length <= 2 : head.text.split(/\s+/).length <= 12;
    if (numberedHead) {
      return { block, kind: 'heading', rank: marker.rank, head: stripEnd(head), body: rest.slice(end + 1).trim(), strength: 'numbered', family: marker.family, reason: `${label} heading at the start of a paragraph` };
    }
  }
  return { block, kind: 'numbered', rank: marker.rank, family: marker.family, reason: `${label} paragraph (its first sentence is too long for a heading)` };
}

function inlineOrPara(block: Block, language: 'zh' | 'en', text: MappedText, marker: Marker | undefined): Classified {
  const end = firstSentenceEnd(text.text, language);
  if (end > 0 && text.length - end > 8) {
    const head = text.slice(0, end);
    const strength = inlineHeadStrength(head.text.trim(), language);
    if (strength) {
      return { block, kind: 'heading', rank: marker?.rank ?? INLINE_RANK, head: stripEnd(head), body: text.slice(end + 1).trim(), strength, reason: `its first sentence reads as a heading (${strength === 'strong' ? 'short' : 'heading-like'})` };
    }
  }
  return { block, kind: 'para', rank: 99, reason: 'body text' };
}

function isLone(text: string, language: 'zh' | 'en'): boolean {
  // A line that ends a sentence is a heading only when short (成果巩固成效突出。); longer, it is a paragraph.
  if (/[。！？]$/.test(text) && (language === 'en' || text.length > 16 || /[，,]/.test(text) || hasFigure(text))) return false;
  const inner = text.replace(/[。：:.!！]$/, '');
  if (language === 'zh') return inner.length <= LONE_MAX_ZH && !/[。！？；;!?]/.test(inner) && (inner.match(/[，,]/g) ?? []).length <= 2 && !(isCjk(inner[0]) && hasFigure(inner) && inner.length > 20);
  const words = inner.split(/\s+/);
  return words.length <= 12 && inner.length <= 90 && !/[.!?;]\s/.test(inner) && !/\.$/.test(text);
}

/** The first sentence end (or a colon) in the text, or -1. */
export function firstSentenceEnd(text: string, language: 'zh' | 'en'): number {
  for (let i = 0; i < text.length && i < 200; i++) {
    const char = text[i]!;
    if (INLINE_END.has(char)) return i;
    if (language === 'en' && (char === '.' || char === '!' || char === '?') && (text[i + 1] === ' ' || i === text.length - 1)) return i;
  }
  return -1;
}

function hasFigure(text: string): boolean {
  return /\d+(?:\.\d+)?\s*(?:[万亿千百]|%|[个家名人户项件元亩吨])/.test(text);
}

function stripMarker(text: MappedText, language: 'zh' | 'en'): MappedText {
  const marker = readMarker(text.text, language);
  return marker ? text.slice(marker.length) : text;
}

/** Headings lose their end punctuation and Markdown-ish wrapping: `成果巩固成效突出。` → `成果巩固成效突出`. */
export function stripEnd(text: MappedText): MappedText {
  let end = text.length;
  while (end > 0 && /[。：:；;，,.!！?？、\s]/.test(text.text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}
