/**
 * The images of one PDF, named, for pdfmake's `images` dictionary. pdfmake embeds an image given inline as a data URL
 * once for every place it is shown (it labels each use anew), but a named image once per document: a pack's
 * background on the title and closing slides of a handout is then stored once, not twice.
 */
import { dataUrl } from './data-url.js';
import { sameBytes } from '../same-bytes.js';

type Mime = Parameters<typeof dataUrl>[0];

export class PdfImages {
  private readonly known: { readonly data: Uint8Array; readonly name: string }[] = [];
  /** Handed to pdfmake as the document's `images`. */
  readonly dictionary: Record<string, string> = {};

  /** The name to show these bytes by; the same bytes (even in another array) get the same name. */
  name(mime: Mime, data: Uint8Array): string {
    const found = this.known.find((image) => sameBytes(image.data, data));
    if (found) return found.name;
    const name = `image-${this.known.length + 1}`;
    this.known.push({ data, name });
    this.dictionary[name] = dataUrl(mime, data);
    return name;
  }
}
