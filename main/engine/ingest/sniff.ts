/**
 * Recognize files that are not text by their first bytes, so the user hears "this is a PDF" rather than
 * "bad encoding": each kind comes with what to do instead.
 */

interface Signature {
  readonly bytes: readonly number[];
  readonly offset?: number;
  readonly what: string;
  readonly hint: string;
}

const signatures: readonly Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file', hint: 'Huibao cannot read PDF: copy the text into a .txt file, or export the report from Word as .docx' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Word 97-2003 (.doc) file or a password-protected document', hint: 'Open it in Word or WPS and save it as .docx without a password' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (Word .docx, Excel or PowerPoint files are ZIP archives)', hint: 'If it is a Word document, give it the .docx extension; otherwise save the report as .docx or .txt' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: 'Huibao reads text reports, not pictures' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'Huibao reads text reports, not pictures' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: 'Huibao reads text reports, not pictures' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document', hint: 'Save it from Word or WPS as .docx' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive', hint: 'Unpack it and open the report inside' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive', hint: 'Unpack it and open the report inside' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', hint: 'Unpack it and open the report inside' },
];

export interface SniffedKind {
  readonly what: string;
  readonly hint: string;
  readonly zip: boolean;
}

export function sniffBinaryKind(bytes: Uint8Array): SniffedKind | undefined {
  for (const signature of signatures) {
    const offset = signature.offset ?? 0;
    if (signature.bytes.every((byte, i) => bytes[offset + i] === byte)) {
      return { what: signature.what, hint: signature.hint, zip: signature.bytes[0] === 0x50 };
    }
  }
  return undefined;
}

/** Share of control characters other than tab, line feed, carriage return and form feed. */
export function controlShare(text: string): number {
  const length = Math.min(text.length, 65536);
  if (length === 0) return 0;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 ? code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c : code === 0x7f || code === 0xfffd) control++;
  }
  return control / length;
}
