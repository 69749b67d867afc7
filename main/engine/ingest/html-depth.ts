/**
 * The HTML parser and its text getters recurse per nesting level and overflow the stack past about 2,000 levels.
 * Real articles nest a few dozen deep; a page nested deeper than the limit is refused before parsing.
 */
import { InputError } from '../errors.js';

export const MAX_HTML_DEPTH = 800;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Deepest element nesting, counted linearly over the tags (unclosed tags count as open, erring on the safe side). */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    const name = match[2]!.toLowerCase();
    if (VOID.has(name) || match[3] === '/') continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

export function refuseDeepHtml(html: string, file: string): void {
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new InputError({ file, message: `the page's markup is nested ${depth} levels deep (the limit is ${MAX_HTML_DEPTH})`, hint: 'Copy the article text into a .txt file and import that' });
  }
}
