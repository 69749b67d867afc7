/**
 * Just enough PNG decoding to read the colours a pack's background art puts behind text: 8-bit RGB or RGBA,
 * not interlaced (what the built-in packs ship). Anything else is refused loudly rather than misread.
 */
import { inflateSync } from 'node:zlib';

export interface Bitmap {
  readonly width: number;
  readonly height: number;
  /** "RRGGBB" of the pixel at (x, y); alpha is ignored (the art is opaque). */
  pixel(x: number, y: number): string;
}

export function decodePng(bytes: Uint8Array): Bitmap {
  const data = Buffer.from(bytes);
  if (data.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('ascii', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || (colorType !== 2 && colorType !== 6) || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
      channels = colorType === 2 ? 3 : 4;
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) unfilter(raw, y * (stride + 1), pixels, y * stride, stride, channels, y > 0 ? (y - 1) * stride : -1);
  return {
    width,
    height,
    pixel(x, y) {
      const at = y * stride + x * channels;
      return [pixels[at], pixels[at + 1], pixels[at + 2]].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('').toUpperCase();
    },
  };
}

/** Undo one scanline's filter (PNG spec §9): None, Sub, Up, Average, Paeth. */
function unfilter(raw: Buffer, from: number, out: Buffer, to: number, stride: number, bpp: number, above: number): void {
  const filter = raw[from];
  for (let i = 0; i < stride; i += 1) {
    const x = raw[from + 1 + i] ?? 0;
    const a = i >= bpp ? (out[to + i - bpp] ?? 0) : 0;
    const b = above >= 0 ? (out[above + i] ?? 0) : 0;
    const c = above >= 0 && i >= bpp ? (out[above + i - bpp] ?? 0) : 0;
    const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? Math.floor((a + b) / 2) : paeth(a, b, c);
    out[to + i] = (x + predictor) & 0xff;
  }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
