/** A pptxgenjs presentation set up from the Deck: custom slide size, document properties, theme fonts. */
import type { PptxConstructor, PptxPresentation } from './pptxgenjs.js';
import type { Deck } from '../../deck/model.js';
import { xmlSafeText } from './sanitize-text.js';

const LAYOUT_NAME = 'HUIBAO';
/** PowerPoint's limits on slide size: 1 inch to 56 inches a side. */
const MIN_SIDE_IN = 1;
const MAX_SIDE_IN = 56;

export function createPresentation(Pptx: PptxConstructor, deck: Deck): PptxPresentation {
  const { w, h } = deck.size;
  if (!(w >= MIN_SIDE_IN && w <= MAX_SIDE_IN && h >= MIN_SIDE_IN && h <= MAX_SIDE_IN)) throw new Error(`deck size ${w}×${h} in is outside PowerPoint's 1–56 in`);
  const pres = new Pptx();
  pres.defineLayout({ name: LAYOUT_NAME, width: w, height: h });
  pres.layout = LAYOUT_NAME;
  pres.title = xmlSafeText(deck.title);
  pres.author = xmlSafeText(deck.author);
  pres.company = '';
  // pptxgenjs writes theme faces unescaped and only as latin: the real (escaped) latin and east-Asian faces are set
  // in post-processing (post-process/theme.ts), so only a plain placeholder passes through here.
  pres.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };
  return pres;
}
