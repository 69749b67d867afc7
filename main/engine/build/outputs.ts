/**
 * The files a build can make, each written from what the build planned. One entry per kind: the PDF summary and
 * the PDF handout join as entries here (and as options in the CLI's output table), nothing else changes.
 * Writers are imported when asked for, so building only a PPTX never loads the PDF stack, and the reverse.
 */
import type { Deck } from '../deck/model.js';
import type { Report } from '../report/schema.js';
import type { TemplatePack } from '../template/pack.js';

export type OutputKind = 'pptx';

/** What every writer may draw from. */
export interface BuildProducts {
  /** The report after the selection (what the deck shows). */
  readonly report: Report;
  readonly deck: Deck;
  readonly pack: TemplatePack;
  readonly sourceText?: string;
}

export const OUTPUT_WRITERS: Readonly<Record<OutputKind, (products: BuildProducts) => Promise<Uint8Array>>> = {
  pptx: async ({ deck }) => (await import('../write/pptx/index.js')).writePptx(deck),
};
