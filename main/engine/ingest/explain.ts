/** The trace as lines a person reads: what was dropped and why, what each heading is and why, what was left out. */
import type { ImportTrace, TraceEntry } from './trace.js';

const ROLE_NAMES = { title: 'title', subtitle: 'subtitle', pillar: 'pillar', section: 'section', subheading: 'kept in the text' } as const;

export function explainImport(trace: ImportTrace): string[] {
  const lines = [`Read as ${trace.format.toUpperCase()} (${trace.encoding}), ${trace.language === 'zh' ? 'Chinese' : 'English'} text.`];
  section(lines, 'Dropped as clutter', trace.dropped);
  section(lines, 'Read as article information (meta)', trace.meta);
  section(lines, 'Lines joined (broken inside a sentence)', trace.joined);
  if (trace.headings.length) {
    lines.push('', `Headings (${trace.headings.length}):`);
    for (const heading of trace.headings) lines.push(`  line ${heading.line}  ${ROLE_NAMES[heading.role].padEnd(16)} ${heading.text}  — ${heading.reason}`);
  }
  section(lines, 'Photo captions', trace.captions);
  if (trace.notes.length) lines.push('', 'Notes:', ...trace.notes.map((note) => `  ${note}`));
  section(lines, 'Numbers not taken as metrics', trace.skippedNumbers);
  return lines;
}

function section(lines: string[], title: string, entries: readonly TraceEntry[]): void {
  if (entries.length === 0) return;
  lines.push('', `${title} (${entries.length}):`);
  for (const entry of entries) lines.push(`  line ${entry.line}  ${entry.text}  — ${entry.reason}`);
}
