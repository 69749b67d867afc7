/**
 * Where a Handlebars syntax error is, to the column. Handlebars' parser throws a plain Error whose message holds
 * only the line and a picture of the place: up to 20 characters before it and 20 after, with newlines removed,
 * over a caret:
 *
 *     Parse error on line 3:
 *     ... pillars}}  {{title}
 *     ----------------------^
 *
 * The column is recovered by finding that picture in the source on that line. The editor can then underline the
 * exact token instead of a whole line.
 */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export function parseErrorPosition(source: string, message: string): SourcePosition | undefined {
  const head = /^(?:Parse|Lexical) error on line (\d+)/.exec(message);
  if (!head) return undefined;
  const line = Number(head[1]);
  const [, picture, caret] = message.split('\n');
  const caretAt = caret?.indexOf('^') ?? -1;
  if (picture === undefined || caretAt < 0) return { line, column: 1 };
  const before = picture.slice(0, caretAt).replace(/^\.\.\./, '');
  const after = picture.slice(caretAt);
  return locate(source, line, before, after) ?? { line, column: 1 };
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * The place where the text before (newlines removed) ends with `before` and the text after starts with `after`:
 * looked for on the reported line first (the usual case), then anywhere, since a token may end on a later line.
 */
function locate(source: string, line: number, before: string, after: string): SourcePosition | undefined {
  const starts = lineStartsOf(source);
  const fits = (offset: number): boolean => {
    const past = source.slice(Math.max(0, offset - before.length - 200), offset).replace(/\n/g, '');
    const coming = source.slice(offset, offset + after.length + 200).replace(/\n/g, '');
    return past.endsWith(before) && coming.startsWith(after);
  };
  const onLine = (index: number): SourcePosition | undefined => {
    const start = starts[index];
    if (start === undefined) return undefined;
    const end = Math.min(starts[index + 1] ?? source.length + 1, source.length + 1);
    for (let offset = start; offset < end; offset++) if (fits(offset)) return { line: index + 1, column: offset - start + 1 };
    return undefined;
  };
  const reported = onLine(line - 1);
  if (reported) return reported;
  for (let index = 0; index < starts.length; index++) {
    const found = index === line - 1 ? undefined : onLine(index);
    if (found) return found;
  }
  return undefined;
}
