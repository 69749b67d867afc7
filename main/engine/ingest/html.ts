/**
 * A saved web article → its main text. Page furniture (navigation, header, footer, sidebars, forms, scripts) is cut
 * away, then the element holding the most paragraph text (links discounted) is taken as the article, the way
 * readability tools do. The page's <h1> or <title> becomes the title block.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { InputError } from '../errors.js';
import { decodeText, encodingFromLabel, type TextEncoding } from './decode.js';
import type { ExtractedBlock } from './extracted.js';
import { collapse, htmlToBlocks } from './html-blocks.js';
import { refuseDeepHtml } from './html-depth.js';

const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo]';
const FURNITURE_CLASS = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|sidebar|side|footer|header|share|social|comment|comments|related|recommend|advert|ads?|banner|copyright|toolbar|pagination|pager|print|fontsize|font-size)([\s_-]|$)/i;
const ARTICLE_HINT = /(article|content|main|detail|zoom|trs_editor|union|text|news|post|entry|body)/i;
/** Deeply nested pages are cut off rather than walked forever. */
const MAX_NODES = 200_000;

export interface HtmlDocument {
  readonly blocks: ExtractedBlock[];
  readonly encoding: TextEncoding;
  /** Which part of the page was taken as the article, for --explain. */
  readonly note: string;
}

export function readHtml(bytes: Uint8Array, file: string): HtmlDocument {
  const decoded = decodeText(bytes, file, declaredCharset(bytes));
  refuseDeepHtml(decoded.text, file);
  const root = parse(decoded.text, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const title = pageTitle(root);
  const furniture = root.querySelectorAll(FURNITURE);
  for (const element of furniture) element.remove();
  const removed = furniture.length + removeFurnitureByClass(root);
  const main = widenToArticle(pickMain(root));
  const note = `web page: the article was taken from ${describe(main)}; ${removed} parts of the page (menus, sidebars, scripts, footer, share bars) were left out`;
  const found = htmlToBlocks(main);
  const titleAt = title ? found.findIndex((block) => block.text === title && (!block.hint || block.hint.kind === 'heading' || block.hint.kind === 'bold')) : -1;
  const blocks = titleAt >= 0 ? found.map((block, i) => (i === titleAt ? { text: block.text, hint: { kind: 'title' as const } } : block)) : found;
  if (title && titleAt < 0) blocks.unshift({ text: title, hint: { kind: 'title' } });
  if (blocks.length === 0) throw new InputError({ file, message: 'the web page has no article text', hint: 'Save the article page itself (File → Save as), or copy its text into a .txt file' });
  return { blocks, encoding: decoded.encoding, note };
}

/** `<meta charset="gbk">` or the http-equiv form, read from the first bytes as ASCII. */
function declaredCharset(bytes: Uint8Array): TextEncoding | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]{2,20})/i.exec(head);
  return match?.[1] ? encodingFromLabel(match[1]) : undefined;
}

function pageTitle(root: HTMLElement): string | undefined {
  const h1 = root.querySelector('h1');
  const h1Text = h1 ? collapse(h1.text) : '';
  if (h1Text.length >= 2 && h1Text.length <= 120) return h1Text;
  const title = collapse(root.querySelector('title')?.text ?? '');
  if (!title) return undefined;
  // "文章标题_网站名称" / "Title | Site": the longest part is the article's own title.
  const parts = title.split(/\s*(?:_|\||–|—|-{1,2})\s*/).filter((part) => part.length > 0);
  return parts.reduce((best, part) => (part.length > best.length ? part : best), '');
}

function removeFurnitureByClass(root: HTMLElement): number {
  let removed = 0;
  for (const element of root.querySelectorAll('[class], [id]')) {
    const names = `${element.classNames ?? ''} ${element.id ?? ''}`;
    if (FURNITURE_CLASS.test(names) && !ARTICLE_HINT.test(names) && textLength(element) < 400) {
      element.remove();
      removed++;
    }
  }
  return removed;
}

function describe(element: HTMLElement): string {
  const tag = element.rawTagName?.toLowerCase() || 'the page';
  const id = element.id ? `#${element.id}` : '';
  const classes = element.classNames ? `.${element.classNames.trim().split(/\s+/).join('.')}` : '';
  return tag === 'the page' ? tag : `<${tag}${id}${classes}>`;
}

/** The element whose own paragraphs hold the most text; links (menus, related lists) count against it. */
function pickMain(root: HTMLElement): HTMLElement {
  const body = root.querySelector('body') ?? root;
  const scores = new Map<HTMLElement, number>();
  let visited = 0;
  for (const paragraph of body.querySelectorAll('p, td, pre, div, li')) {
    if (++visited > MAX_NODES) break;
    const own = ownTextLength(paragraph);
    if (own < 20) continue;
    const linkText = paragraph.querySelectorAll('a').reduce((n, a) => n + a.text.length, 0);
    const score = own - 2 * linkText;
    if (score <= 0) continue;
    addScore(scores, paragraph.parentNode, score);
    addScore(scores, paragraph.parentNode?.parentNode ?? null, score / 2);
  }
  let best: HTMLElement = body;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const bonus = ARTICLE_HINT.test(`${element.classNames ?? ''} ${element.id ?? ''}`) || element.rawTagName?.toLowerCase() === 'article' ? 1.25 : 1;
    if (score * bonus > bestScore) {
      best = element;
      bestScore = score * bonus;
    }
  }
  return best;
}

/**
 * The text container is often inside an article box that also holds the headline and the date/source line; take the
 * box when it adds little text (no sidebars or lists came with it).
 */
function widenToArticle(main: HTMLElement): HTMLElement {
  let best = main;
  const size = textLength(main);
  for (let parent = main.parentNode, depth = 0; parent && depth < 3; parent = parent.parentNode, depth++) {
    const tag = parent.rawTagName?.toLowerCase();
    if (!tag || tag === 'body' || tag === 'html' || textLength(parent) > size * 1.5 + 200) break;
    best = parent;
  }
  return best;
}

function addScore(scores: Map<HTMLElement, number>, element: HTMLElement | null, score: number): void {
  if (element) scores.set(element, (scores.get(element) ?? 0) + score);
}

function ownTextLength(element: HTMLElement): number {
  let n = 0;
  for (const child of element.childNodes) if (child.nodeType === 3) n += child.text.trim().length;
  for (const child of element.childNodes) {
    const tag = child.nodeType === 1 ? (child as HTMLElement).rawTagName?.toLowerCase() : '';
    if (tag && ['span', 'strong', 'b', 'em', 'i', 'font', 'a', 'u', 'sup', 'sub'].includes(tag)) n += child.text.trim().length;
  }
  return n;
}

function textLength(element: HTMLElement): number {
  return element.text.length;
}
