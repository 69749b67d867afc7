// Draws the background images of the built-in template packs (templates/*/assets/*.png): abstract shapes only
// (gradients, rings, rays, waves), no emblems or photos, so the packs carry nothing anyone could object to.
// Run `node scripts/template-art.mjs` after changing a design; the PNGs are committed, this keeps them reproducible.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 1600;
const H = 900;
/** Samples per pixel side: edges of rings and waves are anti-aliased by averaging SS×SS samples. */
const SS = 3;

const hex = (h) => [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const clamp01 = (t) => Math.max(0, Math.min(1, t));

/** paint(x, y) → [r, g, b] for a point in image pixels; supersampled into an RGB buffer. */
function render(paint) {
  const rgb = new Uint8Array(W * H * 3);
  for (let py = 0; py < H; py++) {
    for (let px = 0; px < W; px++) {
      let r = 0, g = 0, b = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const [cr, cg, cb] = paint(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
          r += cr; g += cg; b += cb;
        }
      }
      const n = SS * SS, i = (py * W + px) * 3;
      rgb[i] = Math.round(r / n); rgb[i + 1] = Math.round(g / n); rgb[i + 2] = Math.round(b / n);
    }
  }
  return rgb;
}

function crc32(bytes) {
  let c, crc = 0xffffffff;
  for (const byte of bytes) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGB, 8 bits, each row with the Up filter (smooth vertical gradients compress well). */
function png(rgb) {
  const raw = Buffer.alloc((W * 3 + 1) * H);
  for (let y = 0; y < H; y++) {
    raw[y * (W * 3 + 1)] = 2;
    for (let x = 0; x < W * 3; x++) {
      const above = y > 0 ? rgb[(y - 1) * W * 3 + x] : 0;
      raw[y * (W * 3 + 1) + 1 + x] = (rgb[y * W * 3 + x] - above) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(W, 0);
  header.writeUInt32BE(H, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const over = (base, color, alpha) => mix(base, color, clamp01(alpha));
const ring = (x, y, cx, cy, r, width) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2;

/** 政务蓝: a deep blue diagonal gradient, soft light discs and thin concentric rings low on the right. */
function govBlue(x, y) {
  const t = clamp01((x / W) * 0.6 + (y / H) * 0.4);
  let c = mix(hex('1F4E99'), hex('102F66'), t);
  c = over(c, hex('FFFFFF'), Math.hypot(x - 1380, y - 860) < 520 ? 0.05 : 0);
  c = over(c, hex('FFFFFF'), Math.hypot(x - 1560, y - 120) < 300 ? 0.04 : 0);
  for (const r of [360, 430, 500, 570, 640]) if (ring(x, y, 1380, 860, r, 2)) c = over(c, hex('FFFFFF'), 0.13);
  const dots = x > 1120 && y < 320 && Math.hypot(((x - 1120) % 28) - 14, (y % 28) - 14) < 2.2;
  return dots ? over(c, hex('FFFFFF'), 0.16) : c;
}

/** 党建红: a red radial glow, faint rays rising from below the centre, and two gold waves along the bottom. */
function partyRed(x, y) {
  const glow = clamp01(Math.hypot(x - 800, y - 820) / 1100);
  let c = mix(hex('C8141E'), hex('8A0A10'), glow);
  const angle = Math.atan2(y - 1150, x - 800);
  if (Math.floor((angle * 180) / Math.PI / 6) % 2 === 0) c = over(c, hex('FFFFFF'), 0.035);
  const wave1 = 790 + 26 * Math.sin((x / W) * Math.PI * 2.2 + 0.6);
  const wave2 = 820 + 20 * Math.sin((x / W) * Math.PI * 2.6 + 2.1);
  if (y > wave1) c = over(c, hex('E2A93B'), 0.45);
  if (y > wave2) c = over(c, hex('F2C45A'), 0.9);
  if (Math.abs(y - (wave1 - 14)) < 1.2) c = over(c, hex('F2C45A'), 0.6);
  return c;
}

const designs = [
  { file: 'templates/gov-blue/assets/title-bg.png', paint: govBlue },
  { file: 'templates/party-red/assets/title-bg.png', paint: partyRed },
];

for (const { file, paint } of designs) {
  const bytes = png(render(paint));
  writeFileSync(file, bytes);
  console.log(`wrote ${file} (${(bytes.length / 1024).toFixed(0)} KB)`);
}
