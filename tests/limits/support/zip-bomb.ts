/**
 * A Word document that is small on disk and huge once inflated: word/document.xml holds `inflatedBytes` of
 * whitespace inside a valid body, deflated in 1 MB steps (never held whole in memory). The zip is written by hand —
 * local headers, data, central directory — since JSZip would want the whole inflated text.
 */
import { crc32, deflateRawSync, constants } from 'node:zlib';

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>报告</w:t></w:r></w:p>';
const TAIL = '</w:body></w:document>';

interface Entry {
  readonly name: string;
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

function stored(name: string, text: string): Entry {
  const raw = Buffer.from(text, 'utf8');
  return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

/**
 * HEAD + `inflatedBytes` spaces + TAIL as one raw DEFLATE stream: independently deflated pieces, each ended with a
 * sync flush (complete, non-final blocks that refer to nothing before them), then a final block. The 1 MB piece of
 * spaces is deflated once and repeated, so building a 1 GB bomb takes a second and a few MB.
 */
function bomb(name: string, inflatedBytes: number): Entry {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const whole = deflateRawSync(chunk, sync);
  const parts: Buffer[] = [deflateRawSync(Buffer.from(HEAD), sync)];
  let crc = crc32(HEAD);
  let left = inflatedBytes;
  while (left > 0) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    parts.push(piece === chunk ? whole : deflateRawSync(piece, sync));
    crc = crc32(piece, crc);
    left -= piece.length;
  }
  parts.push(deflateRawSync(Buffer.from(TAIL)));
  crc = crc32(TAIL, crc);
  return { name, data: Buffer.concat(parts), crc, size: Buffer.byteLength(HEAD) + inflatedBytes + Buffer.byteLength(TAIL) };
}

export function zipBombDocx(inflatedBytes: number): Buffer {
  const entries = [stored('[Content_Types].xml', CONTENT_TYPES), stored('_rels/.rels', ROOT_RELS), bomb('word/document.xml', inflatedBytes)];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
