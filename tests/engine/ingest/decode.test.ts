import { describe, expect, it } from 'vitest';
import { decodeText, encodingFromLabel } from '../../../main/engine/ingest/decode.js';
import { InputError } from '../../../main/engine/errors.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const errorOf = (bytes: Uint8Array): InputError => {
  try {
    decodeText(bytes, 'f.txt');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeText(utf8('汇报'), 'f.txt')).toEqual({ text: '汇报', encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('汇报')]), 'f.txt')).toEqual({ text: '汇报', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 LE and BE with a BOM, and ASCII-heavy UTF-16 without one', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x47, 0x6c, 0xa5, 0x62]), 'f.txt').text).toBe('汇报');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x6c, 0x47, 0x62, 0xa5]), 'f.txt').text).toBe('汇报');
    const le = new Uint8Array([...'Report 2024'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeText(le, 'f.txt')).toMatchObject({ text: 'Report 2024', encoding: 'utf-16le', bom: false });
  });

  it('falls back to GB18030 (GBK) when the bytes are not UTF-8', () => {
    // 汇报工作 in GBK
    expect(decodeText(new Uint8Array([0xbb, 0xe3, 0xb1, 0xa8, 0xb9, 0xa4, 0xd7, 0xf7]), 'f.txt')).toEqual({ text: '汇报工作', encoding: 'gb18030', bom: false });
  });

  it('prefers a charset the page declares when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xbb, 0xe3, 0xb1, 0xa8]), 'f.html', 'gb18030').encoding).toBe('gb18030');
    expect(encodingFromLabel('GB2312')).toBe('gb18030');
    expect(encodingFromLabel('x-unknown')).toBeUndefined();
  });

  it('names known binary formats with what to do instead', () => {
    expect(errorOf(utf8('%PDF-1.7\n...')).toOneLine()).toMatch(/f\.txt: this is a PDF file, not a text report\. Huibao cannot read PDF/);
    expect(errorOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])).message).toMatch(/Word 97-2003/);
    expect(errorOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])).hint).toMatch(/\.docx extension/);
    expect(errorOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).message).toMatch(/PNG image/);
  });

  it('refuses other binary data and text in an unknown encoding', () => {
    expect(errorOf(new Uint8Array([1, 2, 3, 0, 4, 5, 0, 0, 9, 8])).message).toMatch(/not a text file/);
    expect(errorOf(new Uint8Array(Array.from({ length: 64 }, (_, i) => (i * 37 + 129) % 256))).message).toMatch(/not a text file|encoding Huibao does not recognize/);
    expect(errorOf(utf8('text\u0001\u0002\u0003\u0004\u0005 more')).message).toMatch(/not a text file/);
  });
});
