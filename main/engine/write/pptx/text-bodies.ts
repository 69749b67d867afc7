/**
 * Text bodies written by Huibao itself. pptxgenjs places each text box and notes page (ids, order, geometry) with a
 * marker as its only text; the post-processing pass swaps the marker's <p:txBody> for the exact one kept here.
 * Markers are plain ASCII that never reaches the deck: no report text is handed to pptxgenjs for these shapes.
 */

/** Placeholder kinds a text box can stand in for: the slide title (ctrTitle on a title slide). */
export type TitlePlaceholder = 'title' | 'ctrTitle';

export class TextBodies {
  private readonly bodies = new Map<string, string>();
  private readonly placeholders = new Map<string, TitlePlaceholder>();

  /** Keep `txBodyXml` and return the marker text to give pptxgenjs in its place. */
  register(txBodyXml: string, placeholder?: TitlePlaceholder): string {
    const marker = `HUIBAO-TEXT-${this.bodies.size + 1}`;
    this.bodies.set(marker, txBodyXml);
    if (placeholder) this.placeholders.set(marker, placeholder);
    return marker;
  }

  get(marker: string): string | undefined {
    return this.bodies.get(marker);
  }

  placeholderOf(marker: string): TitlePlaceholder | undefined {
    return this.placeholders.get(marker);
  }

  get size(): number {
    return this.bodies.size;
  }
}
