/**
 * The deck handout: the same Deck the PPTX is written from, drawn page by page with pdfmake, so whoever missed the
 * meeting sees the slides without PowerPoint or LibreOffice, with real (searchable) text in the embedded font.
 *
 * Slides are drawn in each page's `background` (an unbreakable, page-sized layer where absolute positions are
 * safe); the content flow only holds one empty marker per page to make the pages. Page footers use pdfmake's footer.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Deck, Slide } from '../../../deck/model.js';
import { oneLine } from '../one-line.js';
import type { PdfFonts } from '../pdf-fonts.js';
import { renderPdf } from '../render-pdf.js';
import { drawNotes, type NotesStyle } from './draw-notes.js';
import { drawSlide } from './draw-slide.js';
import { handoutGeometry, type HandoutGeometry, type SlidesPerPage } from './handout-geometry.js';
import { PdfImages } from '../pdf-images.js';
import { textMetrics, type TextMetrics } from '../text-metrics.js';

export interface HandoutOptions {
  readonly fonts: PdfFonts;
  readonly perPage: SlidesPerPage;
  /** Print each slide's speaker notes beside or below it. */
  readonly notes: boolean;
  /** Creation date written into the PDF; the same date gives the same bytes. Defaults to now. */
  readonly createdAt?: Date;
}

const NOTES_STYLE: NotesStyle = { text: '#333333', muted: '#7F7F7F', rule: '#BFBFBF' };

export async function writeHandoutPdf(deck: Deck, options: HandoutOptions): Promise<Uint8Array> {
  if (deck.slides.length === 0) throw new Error('the deck has no slides to print');
  const geometry = handoutGeometry(deck, options.perPage, options.notes);
  const metrics = textMetrics();
  const pages = chunk(deck.slides, geometry.slots.length);
  // Named before pdfmake starts: it reads the dictionary when the document is created, pages are drawn later.
  const images = new PdfImages();
  for (const element of deck.slides.flatMap((slide) => slide.elements)) if (element.type === 'image') images.name(element.mime, element.data);
  const definition: Omit<TDocumentDefinitions, 'info'> = {
    pageSize: { width: geometry.page.width, height: geometry.page.height },
    pageMargins: [0, 0, 0, geometry.footerHeight],
    content: pages.map((_, index): Content => ({ text: '', ...(index > 0 ? { pageBreak: 'before' as const } : {}) })),
    images: images.dictionary,
    background: (page) => pageContent(deck, pages[page - 1] ?? [], (page - 1) * geometry.slots.length, geometry, { metrics, images }, options.notes),
    ...(geometry.footerHeight > 0 ? { footer: (page: number, count: number) => footer(deck, page, count) } : {}),
  };
  return renderPdf(definition, options.fonts, { title: deck.title, author: deck.author, subject: '演示文稿讲义', createdAt: options.createdAt ?? new Date() });
}

function pageContent(deck: Deck, slides: readonly Slide[], firstIndex: number, geometry: HandoutGeometry, { metrics, images }: { metrics: TextMetrics; images: PdfImages }, notes: boolean): Content[] {
  const framed = geometry.slots.length > 1 || notes;
  return slides.flatMap((slide, i) => {
    const slot = geometry.slots[i];
    if (!slot) return [];
    const drawn = drawSlide(slide, deck, slot.frame, metrics, images, framed);
    return notes && slot.notes ? [...drawn, ...drawNotes(firstIndex + i + 1, slide.notes, slot.notes, metrics, NOTES_STYLE)] : drawn;
  });
}

function footer(deck: Deck, page: number, count: number): Content {
  return {
    columns: [
      { text: oneLine(deck.title, 60), width: '*', noWrap: true },
      { text: `第 ${page} 页 / 共 ${count} 页`, width: 'auto', alignment: 'right' },
    ],
    fontSize: 8.5,
    color: NOTES_STYLE.muted,
    margin: [36, 8, 36, 0],
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
