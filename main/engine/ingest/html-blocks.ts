/**
 * An HTML element tree (a web article, or what mammoth makes of a Word file) walked into text blocks: headings,
 * paragraphs, list items, table rows and captions, each with its hint. Whitespace follows CSS rules, including
 * dropping line breaks between two Chinese characters, so numbers and words are not split.
 */
import type { HTMLElement, Node } from 'node-html-parser';
import { isCjk } from './chars.js';
import type { ExtractedBlock } from './extracted.js';
import type { LineHint } from './source-lines.js';

const BLOCK_TAGS = new Set(['html', 'body', 'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'form', 'fieldset', 'address', 'hr', 'caption']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'button', 'select', 'input', 'textarea', 'video', 'audio', 'map', 'head', 'title', 'meta', 'link']);
const MAX_DEPTH = 200;

interface Run {
  text: string;
  /** The bold text the block starts with (a lead-in heading), while nothing plain has come yet. */
  boldPrefix: string;
  prefixOpen: boolean;
  allBold: boolean;
  hasImage: boolean;
}

export function htmlToBlocks(root: HTMLElement): ExtractedBlock[] {
  const blocks: ExtractedBlock[] = [];
  walkBlock(root, blocks, 0);
  return markCaptionsAfterImages(blocks);
}

function tagOf(node: Node): string {
  return node.nodeType === 1 ? (node as HTMLElement).rawTagName?.toLowerCase() ?? '' : '';
}

function walkBlock(element: HTMLElement, blocks: ExtractedBlock[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  let run = newRun();
  const flush = (hint?: LineHint): void => {
    emitRun(run, blocks, hint);
    run = newRun();
  };
  const hint = hintForElement(element);
  for (const child of element.childNodes) {
    const tag = tagOf(child);
    if (child.nodeType === 3) appendText(run, child.text, false);
    else if (child.nodeType !== 1 || SKIP_TAGS.has(tag)) continue;
    else if (tag === 'br') run.text += '\n';
    else if (tag === 'img') run.hasImage = true;
    else if (tag === 'tr') {
      flush(hint);
      emitRow(child as HTMLElement, blocks);
    } else if (BLOCK_TAGS.has(tag)) {
      flush(hint);
      walkBlock(child as HTMLElement, blocks, depth + 1);
    } else walkInline(child as HTMLElement, run, depth + 1, tag === 'strong' || tag === 'b');
  }
  flush(hint);
}

function walkInline(element: HTMLElement, run: Run, depth: number, bold: boolean): void {
  if (depth > MAX_DEPTH) return;
  for (const child of element.childNodes) {
    const tag = tagOf(child);
    if (child.nodeType === 3) appendText(run, child.text, bold);
    else if (child.nodeType !== 1 || SKIP_TAGS.has(tag)) continue;
    else if (tag === 'br') run.text += '\n';
    else if (tag === 'img') run.hasImage = true;
    else walkInline(child as HTMLElement, run, depth + 1, bold || tag === 'strong' || tag === 'b');
  }
}

function newRun(): Run {
  return { text: '', boldPrefix: '', prefixOpen: true, allBold: true, hasImage: false };
}

/** Stands for whitespace that held a line break in the HTML source; dropped between two Chinese characters. */
const SOURCE_BREAK = '\uE000';

function appendText(run: Run, raw: string, bold: boolean): void {
  const text = raw.replace(/[ \t\r\n\f]+/g, (space) => (/[\r\n]/.test(space) ? SOURCE_BREAK : ' '));
  if (!text.replace(SOURCE_BREAK, '').trim()) {
    if (run.text && !run.text.endsWith(' ')) run.text += text.includes(SOURCE_BREAK) ? SOURCE_BREAK : ' ';
    return;
  }
  run.text += text;
  if (bold && run.prefixOpen) run.boldPrefix = run.text;
  if (!bold) {
    run.prefixOpen = false;
    run.allBold = false;
  }
}

function emitRun(run: Run, blocks: ExtractedBlock[], hint: LineHint | undefined): void {
  const text = collapse(run.text);
  if (!text) {
    if (run.hasImage) blocks.push({ text: '', hint: { kind: 'drop', reason: 'image' } });
    return;
  }
  if (hint) blocks.push({ text, hint });
  else if (run.allBold && text.length <= 80) blocks.push({ text, hint: { kind: 'bold' } });
  else blocks.push({ text, ...leadInHint(text, collapse(run.boldPrefix)) });
}

function leadInHint(text: string, prefix: string): { hint?: LineHint } {
  if (prefix.length < 2 || prefix.length > text.length - 4 || !text.startsWith(prefix)) return {};
  return { hint: { kind: 'lead-in', length: prefix.length } };
}

function emitRow(row: HTMLElement, blocks: ExtractedBlock[]): void {
  const cellNodes = row.childNodes.filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th');
  const cells = cellNodes.map((cell) => collapse(cell.text.replace(/\n/g, ' ')));
  const filled = cells.filter((cell) => cell.length > 0);
  if (filled.length === 0) return;
  // A header row (指标 | 数值) names columns; the rows below carry the figures with their own labels.
  if (cellNodes.every((cell) => tagOf(cell) === 'th')) return;
  const [first, ...rest] = filled;
  blocks.push({ text: rest.length ? `${first}：${rest.join('，')}` : first!, hint: { kind: 'row' } });
}

function hintForElement(element: HTMLElement): LineHint | undefined {
  const tag = element.rawTagName?.toLowerCase() ?? '';
  const heading = /^h([1-6])$/.exec(tag);
  const classes = element.classNames ?? '';
  if (/\bdoc-title\b/.test(classes)) return { kind: 'title' };
  if (/\bdoc-subtitle\b/.test(classes)) return { kind: 'subtitle' };
  if (heading) return { kind: 'heading', level: Number(heading[1]) };
  if (tag === 'li' || tag === 'dt') return { kind: 'item' };
  if (tag === 'figcaption' || /\b(caption|pic-?note|img-?desc|imgtext|pictext)\b/i.test(classes)) return { kind: 'caption' };
  return undefined;
}

/**
 * Collapse spaces as a browser does. A line break in the HTML source between two Chinese characters is dropped
 * (CSS Text 3 segment-break rules), so numbers and words are not split; typed spaces stay.
 */
export function collapse(text: string): string {
  const joined = text.replace(new RegExp(`${SOURCE_BREAK}+`, 'g'), (breaks, offset: number) => (isWide(text[offset - 1]) && isWide(text[offset + breaks.length]) ? '' : ' '));
  return joined
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

/** Chinese characters and full-width punctuation: a line break between two of them is no space. */
function isWide(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  return isCjk(char) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || code === 0x201c || code === 0x201d;
}

/** A short line right after a picture is its caption (the common way Chinese news sites lay photos out). */
function markCaptionsAfterImages(blocks: ExtractedBlock[]): ExtractedBlock[] {
  const out: ExtractedBlock[] = [];
  let afterImage = false;
  for (const block of blocks) {
    if (block.hint?.kind === 'drop' && block.hint.reason === 'image') {
      afterImage = true;
      continue;
    }
    const short = block.text.length <= 40 && !/[。！？]$/.test(block.text);
    out.push(afterImage && short && !block.hint ? { text: block.text, hint: { kind: 'caption' } } : block);
    afterImage = false;
  }
  return out;
}
