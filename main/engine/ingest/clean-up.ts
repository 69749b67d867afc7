/**
 * Clean-up, line by line: buttons and clutter out, the article's date/source/author lines into `meta`. Meta is only
 * read near the top and bottom of the article, where sites put it; the same words in the body are content.
 */
import { clutterVerdict, stripInlineFurniture } from './clutter.js';
import { readMetaLine, type MetaFound } from './meta-lines.js';
import type { SourceLine } from './source-lines.js';
import { excerpt, type ImportTrace } from './trace.js';

/** Lines after this many characters of body text are not in the article's header any more. */
const BODY_STARTS_AT = 60;

export interface CleanedLines {
  readonly lines: SourceLine[];
  readonly meta: MetaFound;
}

export function cleanUp(input: readonly SourceLine[], trace: ImportTrace): CleanedLines {
  const lines: SourceLine[] = [];
  const meta: MetaFound = {};
  const shortFrom = shortToTheEnd(input);
  let inHeader = true;
  for (let i = 0; i < input.length; i++) {
    const original = input[i]!;
    if (original.hint?.kind === 'drop') {
      trace.dropped.push({ line: original.line, text: excerpt(original.text.text), reason: original.hint.reason });
      continue;
    }
    const stripped = stripInlineFurniture(original.text);
    for (const removed of stripped.removed) trace.dropped.push({ line: original.line, text: removed, reason: 'page buttons (font size, print, favourites…)' });
    const line: SourceLine = { ...original, text: stripped.text };
    const text = line.text.text;
    if (text.length === 0) continue;
    const nearEdge = inHeader || i >= input.length - 3;
    const found = nearEdge && !line.hint ? readMetaLine(text) : undefined;
    if (found) {
      mergeMeta(meta, found);
      trace.meta.push({ line: line.line, text: excerpt(text), reason: describeMeta(found) });
      continue;
    }
    const verdict = clutterVerdict(text);
    if (verdict && line.hint?.kind !== 'heading') {
      trace.dropped.push({ line: line.line, text: excerpt(text), reason: verdict.reason });
      if (verdict.endsArticle && shortFrom[i + 1]) {
        for (const rest of input.slice(i + 1)) trace.dropped.push({ line: rest.line, text: excerpt(rest.text.text), reason: 'in the list of other articles' });
        break;
      }
      continue;
    }
    if (text.length > BODY_STARTS_AT) inHeader = false;
    lines.push(line);
  }
  return { lines, meta };
}

/**
 * After "相关报道" come headlines of other articles: short lines. A long paragraph means the article goes on.
 * shortFrom[i] says whether every line from i to the end is short, computed once from the end.
 */
function shortToTheEnd(lines: readonly SourceLine[]): boolean[] {
  const shortFrom = new Array<boolean>(lines.length + 1).fill(true);
  for (let i = lines.length - 1; i >= 0; i--) shortFrom[i] = shortFrom[i + 1]! && lines[i]!.text.length <= 60;
  return shortFrom;
}

function mergeMeta(meta: MetaFound, found: MetaFound): void {
  if (found.date && !meta.date) meta.date = found.date;
  if (found.source && !meta.source) meta.source = found.source;
  if (found.author && !meta.author) meta.author = found.author;
}

function describeMeta(found: MetaFound): string {
  const parts = Object.entries(found).map(([key, value]) => `${key} = ${value}`);
  return parts.length ? `article information: ${parts.join(', ')}` : 'article information';
}
