/**
 * The single door to pdfmake. pdfmake 0.3 in Node is a process-wide singleton whose fonts and access policies are
 * global, so every PDF goes through here and sets all of them right before `createPdf` (which reads them at once,
 * synchronously): fonts come from memory, every URL is refused and so is every local path. Fonts and images reach
 * pdfmake only as bytes (virtual file system, data URLs), so a template can never make it read a file or the network.
 */
import type * as PdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { installSubsetFastPath } from './fontkit-subset-fast-path.js';
import { FONT_FAMILY, registerFonts, type PdfFonts, type VirtualFileSystem } from './pdf-fonts.js';
import { requirePdfStackModules } from './pdf-stack-modules.js';

export interface PdfMetadata {
  readonly title: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: string;
  /** Fixed by the caller so the same input gives the same bytes (the file ID is derived from it). */
  readonly createdAt: Date;
}

export const PRODUCER = 'Huibao 汇报 (pdfmake)';

type Definition = Omit<TDocumentDefinitions, 'info' | 'defaultStyle'> & { defaultStyle?: TDocumentDefinitions['defaultStyle'] };

type Pdfmake = typeof PdfmakeModule & { readonly virtualfs: VirtualFileSystem };

let loaded: Pdfmake | undefined;

/** Loaded on first use: commands that write no PDF should not pay for pdfmake, pdfkit and fontkit. */
function loadPdfmake(fonts: PdfFonts): Pdfmake {
  if (!loaded) {
    const modules = requirePdfStackModules();
    // CommonJS singleton: the module itself, or `default` under an ESM interop.
    const candidate = ((modules.pdfmake as { default?: unknown }).default ?? modules.pdfmake) as Partial<Pdfmake>;
    if (typeof candidate.createPdf !== 'function' || !candidate.virtualfs) throw new Error('pdfmake did not load: no createPdf in its module');
    installSubsetFastPath(modules.fontkit, fonts.regular);
    loaded = candidate as Pdfmake;
  }
  return loaded;
}

export async function renderPdf(definition: Definition, fonts: PdfFonts, metadata: PdfMetadata): Promise<Uint8Array> {
  const pdfmake = loadPdfmake(fonts);
  const vfs = pdfmake.virtualfs;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  pdfmake.setFonts(registerFonts(vfs, fonts));
  const document: TDocumentDefinitions = {
    ...definition,
    defaultStyle: { font: FONT_FAMILY, ...definition.defaultStyle },
    language: 'zh-CN',
    info: {
      title: metadata.title,
      ...(metadata.author ? { author: metadata.author } : {}),
      ...(metadata.subject ? { subject: metadata.subject } : {}),
      ...(metadata.keywords ? { keywords: metadata.keywords } : {}),
      creator: 'Huibao 汇报',
      producer: PRODUCER,
      creationDate: metadata.createdAt,
      modDate: metadata.createdAt,
    },
  };
  const buffer = await pdfmake.createPdf(document).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
