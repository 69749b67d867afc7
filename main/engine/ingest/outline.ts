/**
 * Classified paragraphs → the report's outline: lead, pillars, sections. The highest heading level present becomes
 * the pillars; within each pillar, the next level present becomes its sections, and anything deeper stays in the
 * section's text. Text before a pillar's first section is its introduction.
 */
import type { Classified } from './classify.js';
import type { MappedText } from './mapped-text.js';
import { extractPoints } from './points.js';
import type { HeadingRole, ImportTrace } from './trace.js';
import { excerpt } from './trace.js';

export interface SectionDraft {
  readonly head: MappedText | undefined;
  /** Where the heading came from, for the explanation; undefined for sections Huibao made itself. */
  readonly origin: Classified | undefined;
  readonly paragraphs: MappedText[];
  readonly points: MappedText[];
  readonly captions: MappedText[];
}

export interface PillarDraft {
  readonly head: MappedText;
  readonly origin: Classified;
  readonly intro: MappedText[];
  readonly introPoints: MappedText[];
  readonly introCaptions: MappedText[];
  readonly sections: SectionDraft[];
}

export interface Outline {
  readonly lead: MappedText[];
  readonly leadCaptions: MappedText[];
  readonly pillars: PillarDraft[];
}

export function buildOutline(blocks: readonly Classified[], trace: ImportTrace, lineOf: (block: Classified) => number): Outline {
  const headings = blocks.filter((block) => block.kind === 'heading');
  const pillarRank = Math.min(...headings.map((block) => block.rank));
  const outline: Outline = { lead: [], leadCaptions: [], pillars: [] };
  let pillar: PillarDraft | undefined;
  let section: SectionDraft | undefined;
  let sectionRank = Infinity;
  const record = (block: Classified, role: HeadingRole): void => {
    trace.headings.push({ line: lineOf(block), text: excerpt(block.head?.text ?? block.block.text.text), role, reason: block.reason });
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && block.rank === pillarRank) {
      pillar = { head: block.head ?? block.block.text, origin: block, intro: block.body?.length ? [block.body] : [], introPoints: [], introCaptions: [], sections: [] };
      outline.pillars.push(pillar);
      section = undefined;
      sectionRank = nextLevel(blocks, index, pillarRank);
      record(block, 'pillar');
      return;
    }
    if (!pillar) {
      addToLead(outline, block);
      return;
    }
    if (block.kind === 'heading' && block.rank === sectionRank) {
      section = { head: block.head ?? block.block.text, origin: block, paragraphs: block.body?.length ? [block.body] : [], points: [], captions: [] };
      pillar.sections.push(section);
      record(block, 'section');
      return;
    }
    if (block.kind === 'heading') record(block, 'subheading');
    addContent(pillar, section, block);
  });
  return outline;
}

/** The highest heading level below `rank` before the next heading of level `rank` or higher. */
function nextLevel(blocks: readonly Classified[], from: number, rank: number): number {
  let best = Infinity;
  for (let i = from + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'heading') continue;
    if (block.rank <= rank) break;
    best = Math.min(best, block.rank);
  }
  return best;
}

function addToLead(outline: Outline, block: Classified): void {
  if (block.kind === 'caption') outline.leadCaptions.push(block.block.text);
  else outline.lead.push(block.block.text);
}

function addContent(pillar: PillarDraft, section: SectionDraft | undefined, block: Classified): void {
  const paragraphs = section ? section.paragraphs : pillar.intro;
  const points = section ? section.points : pillar.introPoints;
  const captions = section ? section.captions : pillar.introCaptions;
  switch (block.kind) {
    case 'caption':
      captions.push(block.block.text);
      return;
    case 'item':
      points.push(block.block.text);
      return;
    case 'numbered':
      paragraphs.push(block.block.text);
      // 一是…二是… in one numbered paragraph: its items become points when the paragraph is read, not the whole.
      if (extractPoints(block.block.text.text).length === 0) points.push(block.block.text);
      return;
    default:
      paragraphs.push(block.block.text);
  }
}

/** Paragraphs before any heading, when the report has no headings at all: each becomes its own part. */
export function outlineWithoutHeadings(blocks: readonly Classified[]): Outline {
  const body = blocks.filter((block) => block.kind !== 'caption');
  const [lead, ...rest] = body;
  const pillars: PillarDraft[] = rest.map((block) => ({
    head: firstClause(block.block.text),
    origin: block,
    intro: [block.block.text],
    introPoints: block.kind === 'item' || block.kind === 'numbered' ? [block.block.text] : [],
    introCaptions: [],
    sections: [],
  }));
  return { lead: lead ? [lead.block.text] : [], leadCaptions: blocks.filter((block) => block.kind === 'caption').map((block) => block.block.text), pillars };
}

/** A paragraph's first clause as its title (up to the first comma or stop, at most 20 characters). */
function firstClause(text: MappedText): MappedText {
  const match = /[，,。；;：:！？!?]/.exec(text.text.slice(0, 40));
  const end = match && match.index >= 2 ? match.index : Math.min(text.length, 20);
  return text.slice(0, Math.min(end, 20)).trim();
}

