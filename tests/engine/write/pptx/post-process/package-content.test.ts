import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { partBytes, partText } from '../../../../../main/engine/write/pptx/post-process/package-content.js';

const entry = (zip: JSZip, name: string): JSZip.JSZipObject => {
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name}`);
  return file;
};

describe('reading the parts of a captured package', () => {
  const zip = new JSZip()
    .file('text.xml', '<a:t>汇报</a:t>')
    .file('media/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]).toString('base64'), { base64: true })
    .file('binary.bin', '\u00ff\u0000A', { binary: true })
    .file('bytes.bin', new Uint8Array([1, 2, 3]));

  it('gives every kind of entry the same text and bytes as JSZip does', async () => {
    for (const name of ['text.xml', 'media/image.png', 'binary.bin', 'bytes.bin']) {
      const file = entry(zip, name);
      expect(await partBytes(file), name).toEqual(await file.async('uint8array'));
      expect(await partText(file), name).toBe(await file.async('string'));
    }
  });

  it('encodes text parts as UTF-8', async () => {
    expect(new TextDecoder().decode(await partBytes(entry(zip, 'text.xml')))).toBe('<a:t>汇报</a:t>');
  });
});
