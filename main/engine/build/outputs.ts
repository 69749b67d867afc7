/**
 * The files a build can make, each written from what the build planned. One entry per kind: the PDF summary and
 * the PDF handout join as entries here (and as options in the CLI's output table), nothing else changes.
 * Writers are imported when asked for, so building only a PPTX never loads the PDF stack, and the reverse.
 */
import type { Deck } from '../deck/model.js';
import type { Report } from '../report/schema.js';
import type { Selection } from '../selection/schema.js';
import type { TemplatePack } from '../template/pack.js';
import type { PdfFonts, SlidesPerPage } from '../write/pdf/index.js';

export type OutputKind = 'pptx' | 'summary-pdf' | 'handout-pdf';

/** Choices that only the PDFs have. */
export interface PdfChoices {
  /** A table of contents after the summary's cover block. */
  readonly toc: boolean;
  readonly handout: { readonly perPage: SlidesPerPage; readonly notes: boolean };
}

export const DEFAULT_PDF_CHOICES: PdfChoices = { toc: false, handout: { perPage: 1, notes: false } };

/** What every writer may draw from. */
export interface BuildProducts {
  /** The report after the selection (what the deck shows). */
  readonly report: Report;
  readonly selection: Selection;
  /** Planned only when an output draws slides (see DRAWS_SLIDES). */
  readonly deck?: Deck;
  readonly pack: TemplatePack;
  readonly sourceText?: string;
  /** The bundled font's bytes, embedded in the PDFs. */
  readonly fonts?: PdfFonts;
  readonly pdf: PdfChoices;
  /** Written into every file as its creation date; the same date gives the same bytes (defaults to now). */
  readonly createdAt?: Date;
}

/** The outputs drawn from the Deck; the summary is worded from the report alone, so it does not wait for a plan. */
export const DRAWS_SLIDES: Readonly<Record<OutputKind, boolean>> = { pptx: true, 'summary-pdf': false, 'handout-pdf': true };

export const OUTPUT_WRITERS: Readonly<Record<OutputKind, (products: BuildProducts) => Promise<Uint8Array>>> = {
  pptx: async ({ deck, createdAt }) => (await import('../write/pptx/index.js')).writePptx(needDeck(deck, 'PPTX'), createdAt ? { createdAt } : {}),
  'summary-pdf': async ({ report, selection, pack, sourceText, fonts, pdf, createdAt }) =>
    (await import('../write/pdf/index.js')).writeSummaryPdf({
      report,
      pack,
      fonts: needFonts(fonts, 'summary'),
      toc: pdf.toc,
      preset: selection.preset,
      editedMetricIds: new Set(Object.keys(selection.metricEdits)),
      ...(sourceText === undefined ? {} : { sourceText }),
      ...(createdAt ? { createdAt } : {}),
    }),
  'handout-pdf': async ({ deck, fonts, pdf, createdAt }) =>
    (await import('../write/pdf/index.js')).writeHandoutPdf(needDeck(deck, 'PDF handout'), { fonts: needFonts(fonts, 'handout'), ...pdf.handout, ...(createdAt ? { createdAt } : {}) }),
};

function needDeck(deck: Deck | undefined, what: string): Deck {
  if (!deck) throw new Error(`the ${what} draws the slides, but no deck was planned (DRAWS_SLIDES is wrong)`);
  return deck;
}

function needFonts(fonts: PdfFonts | undefined, what: string): PdfFonts {
  if (!fonts) throw new Error(`the PDF ${what} needs the bundled font's bytes: pass fonts in the build options`);
  return fonts;
}
