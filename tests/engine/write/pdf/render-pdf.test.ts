import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../../main/engine/errors.js';
import type { TemplatePack } from '../../../../main/engine/template/pack.js';
import { renderPdf } from '../../../../main/engine/write/pdf/render-pdf.js';
import { writeSummaryPdf } from '../../../../main/engine/write/pdf/summary/write-summary-pdf.js';
import type { BundledFonts } from '../../../../main/node/fonts.js';
import { havePoppler, pdfInfo, pdfText } from './support/pdf-tools.js';
import { builtInPack, CREATED_AT, fonts as loadFonts, sampleReport } from './support/sample.js';

/** A local server that counts every request: pdfmake must never reach it. */
let server: Server;
let hits = 0;
let base = '';
let fonts: BundledFonts;

beforeAll(async () => {
  server = createServer((_request, response) => {
    hits++;
    response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('89504e470d0a1a0a', 'hex'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fonts = await loadFonts();
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const meta = { title: 't', createdAt: CREATED_AT };

describe('renderPdf: pdfmake reaches no network and no disk', () => {
  it('refuses image URLs without fetching them', async () => {
    await expect(renderPdf({ content: [{ image: 'logo' }], images: { logo: `${base}/logo.png` } }, fonts, meta)).rejects.toThrow(/denied/);
    await expect(renderPdf({ content: [{ image: `${base}/inline.png` }] }, fonts, meta)).rejects.toThrow();
    expect(hits).toBe(0);
  });

  it('refuses local files, for images and fonts alike', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] }, fonts, meta)).rejects.toThrow(/denied/);
    await expect(renderPdf({ content: [{ text: 'x', font: 'Roboto' }] }, fonts, meta)).rejects.toThrow(/Roboto/);
  });

  it.skipIf(!havePoppler)('renders from font bytes alone, with the metadata given', async () => {
    const bytes = await renderPdf({ content: [{ text: '汇报 Huibao' }] }, fonts, { title: '标题', author: '作者', createdAt: CREATED_AT });
    expect(pdfText(bytes)).toContain('汇报 Huibao');
    expect(pdfInfo(bytes).title).toBe('标题');
  });
});

describe('a summary template that shows an image from a URL', () => {
  it('fails with a message about the template, and nothing is fetched', async () => {
    const pack: TemplatePack = await builtInPack('gov-blue');
    const texts = new Map(pack.texts).set('summary.md', () => `# 标题\n\n![外部图片](${base}/remote.png)\n`);
    const error = await writeSummaryPdf({ report: await sampleReport(), pack: { ...pack, texts }, fonts, createdAt: CREATED_AT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).toOneLine()).toMatch(/not in the template pack.*never downloaded/);
    expect(hits).toBe(0);
  });
});
