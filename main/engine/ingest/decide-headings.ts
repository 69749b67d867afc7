/**
 * Decisions that need the neighbours: a short lone line is a heading or a photo caption depending on its shape and
 * on what stands around it; an inline heading of only "heading-like" shape is kept when its siblings share the shape.
 */
import type { Classified } from './classify.js';
import { loneLineScore } from './head-shape.js';
import { INLINE_RANK } from './heading-markers.js';

/** Lone lines: heading when the score reaches the bar, caption otherwise. */
export function decideLoneLines(blocks: Classified[], language: 'zh' | 'en', bar: number): void {
  blocks.forEach((block, index) => {
    if (block.kind !== 'lone') return;
    const { score, reasons } = loneLineScore(block.head?.text ?? block.block.text.text, language);
    const previous = blocks[index - 1];
    const next = nextContent(blocks, index);
    let total = score;
    const why = [...reasons];
    if (next?.kind === 'para' || next?.kind === 'numbered') {
      total += 1;
      why.push('+1 running text follows it');
    }
    if (hasBody(previous) && (next?.kind === 'lone' || next?.kind === 'caption' || (next?.kind === 'heading' && next.body !== undefined))) {
      total -= 1;
      why.push('-1 it sits between paragraphs, where photos go');
    }
    const summary = `score ${total} (${why.join('; ') || 'no heading cues'})`;
    if (total >= bar) {
      block.kind = 'heading';
      block.strength = 'strong';
      block.reason = `a short line on its own that reads as a heading: ${summary}`;
    } else if (/[。！？.!?]$/.test(block.block.text.text)) {
      // Captions carry no sentence punctuation: a short finished sentence is body text.
      block.kind = 'para';
      block.rank = 99;
      delete block.head;
      block.reason = 'a short sentence on its own line';
    } else {
      block.kind = 'caption';
      block.reason = `a short line between paragraphs without sentence punctuation: ${summary}`;
    }
  });
}

/** Running text: a paragraph, or a paragraph that opens with an inline heading. */
function hasBody(block: Classified | undefined): boolean {
  return block !== undefined && (block.kind === 'para' || block.kind === 'numbered' || (block.kind === 'heading' && (block.body?.length ?? 0) > 0));
}

function nextContent(blocks: Classified[], index: number): Classified | undefined {
  return blocks[index + 1];
}

/**
 * Weak inline headings stand only with siblings: within one parent, at least two paragraphs must open the same way.
 * A lone weak candidate among ordinary paragraphs is more likely a short opening sentence.
 */
export function decideInlineHeadings(blocks: Classified[]): void {
  let group: Classified[] = [];
  const settle = (): void => {
    const candidates = group.filter((block) => block.strength === 'weak' || block.strength === 'strong');
    if (candidates.length < 2) {
      for (const block of candidates) {
        if (block.strength === 'weak') demote(block, 'its first sentence looked like a heading, but no sibling paragraph opens the same way');
      }
    }
    group = [];
  };
  for (const block of blocks) {
    if (block.kind === 'heading' && (block.rank < INLINE_RANK || block.strength === 'explicit' || block.strength === 'numbered')) {
      settle();
      continue;
    }
    if (block.kind === 'heading' && block.rank === INLINE_RANK) group.push(block);
  }
  settle();
}

function demote(block: Classified, reason: string): void {
  block.kind = 'para';
  block.rank = 99;
  delete block.head;
  delete block.body;
  delete block.strength;
  block.reason = reason;
}
