/**
 * Turns the text box of each slide's title into a title placeholder (<p:ph type="title"/>). Without one, PowerPoint's
 * outline, slide navigation and screen readers have no name for the slide, and its accessibility checker reports
 * "Missing slide title". The box keeps its own geometry and fully specified text body, so nothing is inherited
 * from the (empty) layout. Runs before the markers are replaced, while they still identify the shapes.
 */
import type { TextBodies } from '../text-bodies.js';

const SHAPE = /<p:sp>([\s\S]*?)<\/p:sp>/g;
const MARKER = /<a:t>(HUIBAO-TEXT-\d+)<\/a:t>/;

export function markTitlePlaceholders(xml: string, bodies: TextBodies): string {
  return xml.replace(SHAPE, (shape, inner: string) => {
    const marker = MARKER.exec(inner)?.[1];
    const placeholder = marker === undefined ? undefined : bodies.placeholderOf(marker);
    if (!placeholder) return shape;
    const marked = inner
      .replace(/<p:cNvSpPr txBox="1"\/>/, '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>')
      .replace(/<p:nvPr><\/p:nvPr>|<p:nvPr\/>/, `<p:nvPr><p:ph type="${placeholder}"/></p:nvPr>`);
    return `<p:sp>${marked}</p:sp>`;
  });
}
