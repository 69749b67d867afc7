import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ImageElement, Slide } from '../../../main/engine/deck/model.js';
import { planDeck } from '../../../main/engine/plan/plan-deck.js';
import { loadTemplatePack } from '../../../main/engine/template/load-pack.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';
import { deckProblems } from '../../support/deck-checks.js';
import { memoryPort, readTree } from '../../support/memory-port.js';
import { plan, sampleReport, selection } from './plan-fixtures.js';

/** A tiny valid PNG (RGB, one colour) of the given size: enough for a pack's logo. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Uint8Array): number => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width * 3 + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

const images = (slide: Slide): ImageElement[] => slide.elements.filter((e): e is ImageElement => e.type === 'image');

describe('slide furniture', () => {
  it('puts the pack’s title background under everything on the title and closing slides', async () => {
    const { deck } = await plan({ pack: 'party-red' });
    for (const slide of [deck.slides[0], deck.slides.at(-1)] as Slide[]) {
      const [background] = images(slide);
      expect(slide.elements[0]).toBe(background);
      expect(background?.box).toEqual({ x: 0, y: 0, w: 13.333, h: 7.5 });
      expect(background?.mime).toBe('image/png');
    }
    expect(images(deck.slides[2] as Slide)).toEqual([]);
  });

  it('fits a pack’s logo into its boxes without stretching it', async () => {
    const files = await readTree('templates/minimal');
    const manifest = JSON.parse(new TextDecoder().decode(files['template.json'] as Uint8Array)) as Record<string, Record<string, unknown>>;
    manifest['assets'] = { logo: { path: 'assets/logo.png', alt: '单位标志' }, backgrounds: {} };
    (manifest['slides']?.['title'] as Record<string, unknown>)['logo'] = { x: 1, y: 0.5, w: 2, h: 1 };
    (manifest['slides']?.['content'] as Record<string, unknown>)['logo'] = { x: 11.8, y: 0.4, w: 0.8, h: 0.8 };
    files['template.json'] = JSON.stringify(manifest);
    files['assets/logo.png'] = png(400, 100);
    const pack = await loadTemplatePack(memoryPort(files), 'templates/with-logo');
    const metrics = await bundledMetrics();
    const { deck } = planDeck({ report: sampleReport, selection: selection(), pack, metrics });
    const titleLogo = images(deck.slides[0] as Slide).find((image) => image.id === 'title/logo');
    expect(titleLogo).toMatchObject({ altText: '单位标志', box: { x: 1, y: 0.75, w: 2, h: 0.5 } });
    const contentLogo = images(deck.slides[2] as Slide).find((image) => image.id.endsWith('/logo'));
    expect(contentLogo?.box).toEqual({ x: 11.8, y: 0.7, w: 0.8, h: 0.2 });
    expect(deckProblems(deck, metrics)).toEqual([]);
  });
});
