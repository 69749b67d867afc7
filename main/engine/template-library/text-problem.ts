/** A problem in a pack text at a place the editor can underline: line and column are 1-based. */
export interface TextProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function byPosition(a: TextProblem, b: TextProblem): number {
  return a.line - b.line || a.column - b.column;
}
