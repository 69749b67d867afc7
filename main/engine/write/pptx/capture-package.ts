/**
 * pptxgenjs builds the package as a JSZip object and zips it into bytes (generateAsync), which the post-process
 * would at once unzip again: two passes over every part for nothing (~40 ms a sample deck, more for large decks).
 * pptxgenjs hands `write({ outputType })` to generateAsync unchanged, so a marker output type that generateAsync
 * answers with the zip object itself gives us the package unzipped. Other calls (pptxgenjs zips each chart's
 * workbook with generateAsync) pass through untouched.
 */
import type JSZip from 'jszip';
import type { PptxPresentation } from './pptxgenjs.js';

const CAPTURE = 'huibao:jszip-object';

type Generate = JSZip['generateAsync'];

let installed: Promise<typeof JSZip> | undefined;

export async function capturePackage(pres: PptxPresentation): Promise<JSZip> {
  const Zip = await (installed ??= installCapture());
  // The marker is not one of pptxgenjs's declared output types; it never reaches JSZip's own generateAsync.
  const written: unknown = await pres.write({ outputType: CAPTURE as 'uint8array' });
  if (!(written instanceof Zip)) throw new Error('pptxgenjs did not hand over its package: it uses another copy of jszip than the engine');
  return written;
}

async function installCapture(): Promise<typeof JSZip> {
  // Loaded on first use, like pptxgenjs: importing the engine should not load the zip library.
  const { default: Zip } = await import('jszip');
  const generate: Generate = Zip.prototype.generateAsync;
  const capturing = function (this: JSZip, options?: Parameters<Generate>[0], onUpdate?: Parameters<Generate>[1]) {
    return (options as { type?: string } | undefined)?.type === CAPTURE ? Promise.resolve(this) : generate.call(this, options, onUpdate);
  };
  Zip.prototype.generateAsync = capturing as Generate;
  return Zip;
}
