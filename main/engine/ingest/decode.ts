/**
 * Bytes → text without asking the user for an encoding: byte-order marks first (UTF-8, UTF-16 LE/BE), then strict
 * UTF-8, then GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese files saved on Windows).
 * Files that are not text at all are refused with a message saying what they are.
 */
import { InputError } from '../errors.js';
import { controlShare, sniffBinaryKind } from './sniff.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  readonly bom: boolean;
}

/** More control characters than this means the bytes are not a text document. */
const MAX_CONTROL_SHARE = 0.02;

export function decodeText(bytes: Uint8Array, file: string, declared?: TextEncoding): DecodedText {
  refuseKnownBinary(bytes, file);
  const decoded = decodeByBom(bytes) ?? (declared ? decodeDeclared(bytes, declared) : undefined) ?? decodeUtf16WithoutBom(bytes) ?? decodeGuess(bytes, file);
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) throw notText(file);
  return decoded;
}

function refuseKnownBinary(bytes: Uint8Array, file: string): void {
  const kind = sniffBinaryKind(bytes);
  if (kind) throw new InputError({ file, message: `this is ${kind.what}, not a text report`, hint: kind.hint });
}

function decodeByBom(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strictDecode('utf-8', bytes.subarray(3)) ?? lenientUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  return undefined;
}

/** A charset an HTML page declares about itself; wrong declarations are common, so strict UTF-8 still wins. */
function decodeDeclared(bytes: Uint8Array, declared: TextEncoding): DecodedText | undefined {
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom: false };
  const text = strictDecode(declared, bytes);
  return text === undefined ? undefined : { text, encoding: declared, bom: false };
}

/**
 * UTF-16 saved without a BOM shows as a zero byte beside nearly every ASCII character. Only then do we decode
 * it as UTF-16; a stray zero byte elsewhere means binary.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedText | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: false };
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', bom: false };
  return undefined;
}

function decodeGuess(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.includes(0)) throw notText(file);
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom: false };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== undefined && plausibleChinese(gb)) return { text: gb, encoding: 'gb18030', bom: false };
  throw new InputError({
    file,
    message: 'the text is in an encoding Huibao does not recognize (it reads UTF-8, UTF-16 and GB18030/GBK)',
    hint: 'Open the file in a text editor and save it as UTF-8',
  });
}

function strictDecode(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A UTF-8 BOM says "this is UTF-8": a few broken bytes then become U+FFFD rather than a refusal. */
function lenientUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/**
 * GB18030 maps almost any byte sequence to some character, so random bytes "decode". Real Chinese text is mostly
 * common ideographs, ASCII and CJK punctuation; anything else is refused.
 */
function plausibleChinese(text: string): boolean {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let good = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x20 && code < 0x7f) || code === 0x0a || code === 0x0d || code === 0x09 || (code >= 0x4e00 && code <= 0x9fa5) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2010 && code <= 0x2027)) good++;
  }
  return sample.length > 0 && good / sample.length >= 0.9;
}

function notText(file: string): InputError {
  return new InputError({ file, message: 'this is not a text file (it contains binary data)', hint: 'Choose the report itself: a .txt, .md, .docx or .html file' });
}

/** `charset=gbk` and friends, as written in HTML pages, mapped to what TextDecoder understands. */
export function encodingFromLabel(label: string): TextEncoding | undefined {
  const name = label.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  if (['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'gb_2312-80'].includes(name)) return 'gb18030';
  if (name === 'big5' || name === 'big5-hkscs') return 'big5';
  if (name === 'utf-16' || name === 'utf-16le') return 'utf-16le';
  if (name === 'utf-16be') return 'utf-16be';
  return undefined;
}
