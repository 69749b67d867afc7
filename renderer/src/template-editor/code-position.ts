/** Line and column arithmetic for the code editor: 1-based, as the checker reports problems. */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export function lineCount(source: string): number {
  let count = 1;
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) count++;
  return count;
}

/** The string offset of a line and column, clamped into the text (a problem may point past the end of a line). */
export function offsetOf(source: string, position: Position): number {
  let offset = 0;
  for (let line = 1; line < position.line; line++) {
    const next = source.indexOf('\n', offset);
    if (next === -1) return source.length;
    offset = next + 1;
  }
  const end = source.indexOf('\n', offset);
  const lineEnd = end === -1 ? source.length : end;
  return Math.min(offset + Math.max(0, position.column - 1), lineEnd);
}

/** The lines that have at least one problem, for marking the gutter. */
export function problemLines(problems: readonly Position[]): ReadonlySet<number> {
  return new Set(problems.map((problem) => problem.line));
}
