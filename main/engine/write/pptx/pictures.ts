/**
 * The bytes of every picture on the slides, kept aside while pptxgenjs builds the package. pptxgenjs only takes
 * pictures as base64 data URLs, which JSZip then decodes again: ~15 ms for the sample's two 100 KB backgrounds. So
 * pptxgenjs gets a one-byte stand-in of the right type, and the post-process (post-process/pictures.ts) puts the
 * real bytes in, by slide and picture name — once per distinct image, however many slides show it.
 */
export class PictureBytes {
  private readonly bySlide = new Map<number, Map<string, Uint8Array>>();

  /** Record a picture of slide `slideIndex` (0-based) named `name` (its objectName). */
  add(slideIndex: number, name: string, bytes: Uint8Array): void {
    let slide = this.bySlide.get(slideIndex);
    if (!slide) this.bySlide.set(slideIndex, (slide = new Map()));
    if (slide.has(name)) throw new Error(`slide ${slideIndex + 1} has two pictures named "${name}"`);
    slide.set(name, bytes);
  }

  get(slideIndex: number, name: string): Uint8Array | undefined {
    return this.bySlide.get(slideIndex)?.get(name);
  }

  get slideIndexes(): number[] {
    return [...this.bySlide.keys()].sort((a, b) => a - b);
  }
}

/** One zero byte, base64: a stand-in that costs nothing to encode or decode. */
export const STAND_IN_BASE64 = 'AA==';
