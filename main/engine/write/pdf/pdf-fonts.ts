/**
 * The one font family every Huibao PDF uses: the bundled Noto Sans SC, whose bytes the shell passes in. pdfmake
 * reads fonts by name from its virtual file system, so the bytes are registered there (no copy) under a name
 * unique to that byte array; nothing is read from disk and pdfmake embeds only the glyphs used (a subset).
 *
 * Chinese has no italic: the italic styles map to the upright faces, so a Markdown *emphasis* can never make
 * pdfmake throw for a missing font file (emphasis is shown with colour instead, see markdown/inline-content.ts).
 */
import type { TFontDictionary } from 'pdfmake/interfaces.js';
import { fontWithoutShaping } from './font-without-shaping.js';

export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export const FONT_FAMILY = 'NotoSansSC';

/** What pdfmake keeps as its virtual file system (not in its typings for Node, but present). */
export interface VirtualFileSystem {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Uint8Array): void;
}

const names = new WeakMap<Uint8Array, string>();
let counter = 0;

/** Register the fonts (once per byte array) and return pdfmake's font dictionary for them. */
export function registerFonts(vfs: VirtualFileSystem, fonts: PdfFonts): TFontDictionary {
  const regular = register(vfs, fontWithoutShaping(fonts.regular), 'regular');
  const bold = register(vfs, fontWithoutShaping(fonts.bold), 'bold');
  return { [FONT_FAMILY]: { normal: regular, bold, italics: regular, bolditalics: bold } };
}

function register(vfs: VirtualFileSystem, bytes: Uint8Array, weight: string): string {
  const known = names.get(bytes);
  if (known !== undefined && vfs.existsSync(known)) return known;
  if (bytes.byteLength < 12) throw new Error(`the ${weight} PDF font is empty or not a font file (${bytes.byteLength} bytes)`);
  const name = known ?? `huibao-fonts/${++counter}-${weight}.ttf`;
  // pdfkit wants a Buffer; this one shares the font's memory instead of copying ~10 MB.
  vfs.writeFileSync(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  names.set(bytes, name);
  return name;
}
