/**
 * Text bodies written by Huibao itself. pptxgenjs places each text box and notes page (ids, order, geometry) with a
 * marker as its only text; the post-processing pass swaps the marker's <p:txBody> for the exact one kept here.
 * Markers are plain ASCII that never reaches the deck: no report text is handed to pptxgenjs for these shapes.
 */
export class TextBodies {
  private readonly bodies = new Map<string, string>();

  /** Keep `txBodyXml` and return the marker text to give pptxgenjs in its place. */
  register(txBodyXml: string): string {
    const marker = `HUIBAO-TEXT-${this.bodies.size + 1}`;
    this.bodies.set(marker, txBodyXml);
    return marker;
  }

  get(marker: string): string | undefined {
    return this.bodies.get(marker);
  }

  get size(): number {
    return this.bodies.size;
  }
}
