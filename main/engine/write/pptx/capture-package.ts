/**
 * pptxgenjs builds the package as a JSZip object and zips it into bytes (generateAsync), which the post-process
 * would at once unzip again: two passes over every part for nothing (~40 ms a sample deck, more for large decks).
 * pptxgenjs hands `write({ outputType })` to generateAsync unchanged, so a marker output type that generateAsync
 * answers with the zip object itself gives us the package unzipped.
 *
 * The only other generateAsync calls while a package is captured are pptxgenjs's, one per chart: the embedded
 * workbook, as base64. JSZip's pipeline (a worker chain per part, a CRC in JavaScript) took ~35 ms for the sample's
 * five charts; those are written by the engine's own zip writer instead, with the same parts in the same order
 * (stored, as JSZip did), dated with the deck's date instead of the clock's.
 * Calls outside a capture pass through untouched. Captures run one at a time (several decks may be written at once,
 * e.g. by huibao serve), so a workbook always belongs to the capture under way.
 */
import type JSZip from 'jszip';
import { toBase64 } from './base64.js';
import { withCreatedDate } from './post-process/doc-props.js';
import { partBytes, partText } from './post-process/package-content.js';
import type { PptxPresentation } from './pptxgenjs.js';
import { writeZip } from './zip-writer.js';

const CAPTURE = 'huibao:jszip-object';

type Generate = JSZip['generateAsync'];

let installed: Promise<typeof JSZip> | undefined;
/** The capture under way, if any. */
let current: { readonly createdAt: Date } | undefined;
/** The end of the last capture asked for: the next one starts after it. */
let queue: Promise<unknown> = Promise.resolve();

/** pptxgenjs's package, unzipped; `createdAt` dates its chart workbooks. */
export function capturePackage(pres: PptxPresentation, createdAt: Date): Promise<JSZip> {
  const capture = queue.then(() => captureNow(pres, createdAt));
  // The queue waits for this capture without holding on to its package (the whole deck) afterwards.
  queue = capture.then(
    () => undefined,
    () => undefined,
  );
  return capture;
}

async function captureNow(pres: PptxPresentation, createdAt: Date): Promise<JSZip> {
  const Zip = await (installed ??= installCapture());
  current = { createdAt };
  try {
    // The marker is not one of pptxgenjs's declared output types; it never reaches JSZip's own generateAsync.
    const written: unknown = await pres.write({ outputType: CAPTURE as 'uint8array' });
    if (!(written instanceof Zip)) throw new Error('pptxgenjs did not hand over its package: it uses another copy of jszip than the engine');
    return written;
  } finally {
    current = undefined;
  }
}

async function installCapture(): Promise<typeof JSZip> {
  // Loaded on first use, like pptxgenjs: importing the engine should not load the zip library.
  const { default: Zip } = await import('jszip');
  const generate: Generate = Zip.prototype.generateAsync;
  const generateWhileCapturing = function (this: JSZip, options?: Parameters<Generate>[0], onUpdate?: Parameters<Generate>[1]) {
    const type = (options as { type?: string } | undefined)?.type;
    if (type === CAPTURE) return Promise.resolve(this);
    if (type === 'base64' && current) return workbookBase64(this, current.createdAt);
    return generate.call(this, options, onUpdate);
  };
  Zip.prototype.generateAsync = generateWhileCapturing as Generate;
  return Zip;
}

async function workbookBase64(zip: JSZip, createdAt: Date): Promise<string> {
  const parts = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name];
    if (!file || file.dir) continue;
    const data = name === 'docProps/core.xml' ? new TextEncoder().encode(withCreatedDate(await partText(file), createdAt)) : await partBytes(file);
    parts.push({ name, data });
  }
  // Stored, as JSZip wrote it: the deck's own zip then compresses the workbook whole, better than part by part.
  return toBase64(await writeZip(parts, { deflate: false }));
}
