import JSZip from 'jszip';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../main/engine/write/pptx/crc32.js';
import { deflateWithStream, zipCodec } from '../../../../main/engine/write/pptx/zip-codec.js';
import { writeZip } from '../../../../main/engine/write/pptx/zip-writer.js';
import { zipEntries } from './package-parts.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('crc32', () => {
  it('matches the standard check value and the empty input', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('the zip codec', () => {
  const input = text('<a:t>白杨坝村汇报</a:t>'.repeat(500));

  it('compresses to raw DEFLATE that inflates back (node:zlib in Node), small parts and large', async () => {
    const { deflateRaw } = await zipCodec();
    const large = text('<a:t>白杨坝村汇报</a:t>'.repeat(5000));
    for (const data of [input, large]) {
      const compressed = await deflateRaw(data);
      expect(compressed.length).toBeLessThan(data.length / 10);
      expect(new Uint8Array(inflateRawSync(compressed))).toEqual(data);
    }
  });

  it('computes the same CRC-32 as the table-driven one', async () => {
    const { crc32: native } = await zipCodec();
    for (const data of [new Uint8Array(), text('123456789'), input]) expect(native(data)).toBe(crc32(data));
  });

  it('falls back to CompressionStream with the same format', async () => {
    expect(new Uint8Array(inflateRawSync(await deflateWithStream(input)))).toEqual(input);
  });
});

describe('writeZip', () => {
  it('writes entries in the given order that JSZip reads back intact', async () => {
    const entries = [
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'ppt/slides/slide1.xml', data: text('<p:sld>汇报</p:sld>'.repeat(200)) },
      { name: 'ppt/media/empty.bin', data: new Uint8Array() },
    ];
    const zip = await writeZip(entries);
    expect(zipEntries(zip).map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
    const read = await JSZip.loadAsync(zip);
    for (const entry of entries) expect(await read.file(entry.name)!.async('uint8array')).toEqual(entry.data);
  });

  it('stores parts too small to gain from DEFLATE, and everything when asked to', async () => {
    const tiny = { name: 'tiny.xml', data: text('<a/>'.repeat(50)) };
    const large = { name: 'large.xml', data: text('<a/>'.repeat(500)) };
    expect(zipEntries(await writeZip([tiny, large])).map((entry) => entry.method)).toEqual([0, 8]);
    expect(zipEntries(await writeZip([tiny, large], { deflate: false })).map((entry) => entry.method)).toEqual([0, 0]);
  });

  it('deflates text and stores data that would not shrink', async () => {
    let seed = 2463534242;
    const noise = Uint8Array.from({ length: 4096 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 255;
    });
    const zip = await writeZip([
      { name: 'a.xml', data: text('<a/>'.repeat(1000)) },
      { name: 'b.jpg', data: noise },
    ]);
    const [xml, jpg] = zipEntries(zip);
    expect(xml).toMatchObject({ method: 8, size: 4000 });
    expect(xml!.compressedSize).toBeLessThan(100);
    expect(jpg).toMatchObject({ method: 0, size: 4096, compressedSize: 4096 });
  });

  it('gives the same bytes for the same entries (fixed timestamps)', async () => {
    const entries = [{ name: 'x.xml', data: text('<x/>') }];
    expect(await writeZip(entries)).toEqual(await writeZip(entries));
  });

  it('marks names as UTF-8 so Chinese file names survive', async () => {
    const zip = await writeZip([{ name: '图片/照片.png', data: text('png') }]);
    expect(Object.keys((await JSZip.loadAsync(zip)).files)).toContain('图片/照片.png');
  });

  it('refuses more entries than a classic zip can hold', async () => {
    const many = Array.from({ length: 0x10000 }, (_, i) => ({ name: `${i}`, data: new Uint8Array() }));
    await expect(writeZip(many)).rejects.toThrow(/beyond the zip limit/);
  });
});
