/**
 * The native PPTX writer: draws a Deck exactly (positions in inches, text already sized and broken by the planner)
 * with pptxgenjs, then post-processes the package (post-process/). pptxgenjs is imported lazily so the engine
 * loads fast when no PPTX is asked for.
 */
import type { Deck } from '../../deck/model.js';
import { capturePackage } from './capture-package.js';
import { createPresentation } from './presentation.js';
import { postProcess } from './post-process/index.js';
import { PictureBytes } from './pictures.js';
import { loadPptxGenJS } from './pptxgenjs.js';
import type { RunStyle } from './run-fonts.js';
import { xmlSafeText } from './sanitize-text.js';
import { drawSlide } from './slides.js';
import { TextBodies } from './text-bodies.js';

export interface PptxOptions {
  /** The deck's creation date in its document properties (docProps/core.xml); the same date gives the same bytes. */
  readonly createdAt?: Date;
}

export async function writePptx(deck: Deck, options: PptxOptions = {}): Promise<Uint8Array> {
  const PptxGenJS = await loadPptxGenJS();
  const style: RunStyle = { lang: deck.lang, fonts: { latin: xmlSafeText(deck.fonts.latin), eastAsian: xmlSafeText(deck.fonts.eastAsian) } };
  const bodies = new TextBodies();
  const pictures = new PictureBytes();
  const pres = createPresentation(PptxGenJS, deck);
  deck.slides.forEach((slide, index) => drawSlide({ pres, bodies, pictures, style }, slide, index));
  const createdAt = options.createdAt ?? new Date();
  return postProcess(await capturePackage(pres, createdAt), { deck, style, bodies, pictures, createdAt });
}
