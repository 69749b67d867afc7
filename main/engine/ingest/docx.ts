/**
 * Word (.docx) → text blocks via mammoth. Heading styles (English and Chinese names, as Word and WPS write them)
 * become heading hints, Title/Subtitle/Caption styles become title, subtitle and caption hints; everything else is a
 * paragraph that goes through the same text rules as a .txt file. Images are skipped, not decoded.
 */
import { InputError } from '../errors.js';
import type { ExtractedBlock } from './extracted.js';
import { htmlToBlocks } from './html-blocks.js';
import { refuseDeepHtml } from './html-depth.js';
import { sniffBinaryKind } from './sniff.js';
import { refuseZipBomb } from './zip-limits.js';

const styleMap = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='title'] => h1.doc-title:fresh",
  "p[style-name='标题'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
  "p[style-name='副标题'] => p.doc-subtitle:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='题注'] => p.caption:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='标题${n}'] => h${n}:fresh`, `p.${n} => h${n}:fresh`]),
];

export async function readDocx(bytes: Uint8Array, file: string): Promise<ExtractedBlock[]> {
  refuseNonZip(bytes, file);
  await refuseZipBomb(bytes, file);
  const { default: mammoth } = await import('mammoth');
  const { parse } = await import('node-html-parser');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw new InputError({ file, message: 'cannot read this Word document (it is damaged or not a .docx file)', hint: 'Open it in Word or WPS and save it again as .docx', cause: error });
  }
  refuseDeepHtml(html, file);
  const blocks = htmlToBlocks(parse(html, { blockTextElements: { script: false, style: false, pre: true } }));
  if (blocks.every((block) => block.text.trim() === '')) throw new InputError({ file, message: 'the Word document has no text', hint: 'Choose the document that holds the report text' });
  return blocks;
}

function refuseNonZip(bytes: Uint8Array, file: string): void {
  const kind = sniffBinaryKind(bytes);
  if (kind?.zip) return;
  if (kind) throw new InputError({ file, message: `this is ${kind.what}, not a Word .docx file`, hint: kind.hint });
  throw new InputError({ file, message: 'not a Word .docx file', hint: 'If it is text, rename it to .txt; if it is a Word file, open it in Word and save as .docx' });
}
