/** Core document properties: pptxgenjs writes "PptxGenJS Presentation" as the subject; say the deck's language instead. */
import type { Deck } from '../../../deck/model.js';

export function setCoreProperties(xml: string, deck: Deck): string {
  return xml.replace(/<dc:subject>[^<]*<\/dc:subject>/, `<dc:language>${deck.lang}</dc:language>`);
}
