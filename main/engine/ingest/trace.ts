/**
 * The importer's record of its decisions, so a user can see what happened: what was dropped as clutter, which lines
 * became meta, which lines were joined, which short lines were taken as captions, why each heading is a heading, and
 * which numbers were left out. `huibao import --explain` prints it.
 */

export interface TraceEntry {
  /** 1-based line in the source text (for docx and HTML: in the extracted text). */
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

export type HeadingRole = 'title' | 'subtitle' | 'pillar' | 'section' | 'subheading';

export interface HeadingEntry extends TraceEntry {
  readonly role: HeadingRole;
}

export interface ImportTrace {
  readonly format: string;
  readonly encoding: string;
  readonly language: 'zh' | 'en';
  readonly dropped: TraceEntry[];
  readonly meta: TraceEntry[];
  readonly joined: TraceEntry[];
  readonly captions: TraceEntry[];
  readonly headings: HeadingEntry[];
  readonly skippedNumbers: TraceEntry[];
  readonly notes: string[];
}

export function emptyTrace(format: string, encoding: string, language: 'zh' | 'en'): ImportTrace {
  return { format, encoding, language, dropped: [], meta: [], joined: [], captions: [], headings: [], skippedNumbers: [], notes: [] };
}

/** Offsets → 1-based line numbers, by binary search over the line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) || code === 0x2028 || code === 0x2029) this.starts.push(i + 1);
    }
  }

  lineOf(offset: number | undefined): number {
    if (offset === undefined || offset < 0) return 0;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** Long lines shortened for display in the explanation. */
export function excerpt(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
