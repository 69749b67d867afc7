/**
 * What the docx and HTML readers hand on: plain-text blocks with the hints their markup gave. The blocks, one per
 * line, *are* the source text of such a file (what metric offsets point into).
 */
import { MappedText } from './mapped-text.js';
import type { HintedLine } from './markdown.js';
import type { LineHint } from './source-lines.js';

export interface ExtractedBlock {
  readonly text: string;
  readonly hint?: LineHint;
}

export interface ExtractedDocument {
  readonly sourceText: string;
  readonly lines: HintedLine[];
}

export function layOut(blocks: readonly ExtractedBlock[]): ExtractedDocument {
  const kept = blocks.flatMap((block) => splitBlock(block));
  const sourceText = kept.map((block) => block.text).join('\n');
  const lines: HintedLine[] = [];
  let at = 0;
  kept.forEach((block, index) => {
    const text = MappedText.fromSource(sourceText, at, at + block.text.length);
    lines.push({ text, line: index + 1, ...(block.hint ? { hint: block.hint } : {}) });
    at += block.text.length + 1;
  });
  return { sourceText, lines };
}

/** A block never spans lines in the source text; a block with line breaks (`<br>`) becomes several. */
function splitBlock(block: ExtractedBlock): ExtractedBlock[] {
  const parts = block.text.split('\n').map((part) => part.trim()).filter((part) => part.length > 0);
  return parts.map((text, i) => (block.hint && (i === 0 || block.hint.kind === 'row' || block.hint.kind === 'item') ? { text, hint: block.hint } : { text }));
}
