/**
 * A .docx is a zip, and a zip can lie: a 200 KB file may inflate to gigabytes. Before mammoth inflates anything,
 * every entry is inflated once here as a stream, counting bytes and stopping at the cap, so a zip bomb costs a
 * bounded amount of time and memory. Declared sizes are checked first (cheap) but not trusted.
 */
import type JSZip from 'jszip';
import { InputError } from '../errors.js';

/** Far above any real report (document.xml of a 300-page report is ~5 MB); images are skipped by the importer anyway. */
export const MAX_DOCX_INFLATED_BYTES = 100 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 2000;

export async function refuseZipBomb(bytes: Uint8Array, file: string, cap = MAX_DOCX_INFLATED_BYTES): Promise<void> {
  const { default: JSZipClass } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes);
  } catch (error) {
    throw new InputError({ file, message: 'cannot read this Word document (it is damaged or not a .docx file)', hint: 'Open it in Word or WPS and save it again as .docx', cause: error });
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > MAX_DOCX_ENTRIES) throw tooLarge(file, `it holds ${entries.length} files`);
  let total = 0;
  for (const entry of entries) {
    total += await inflatedSize(entry, cap - total, file);
  }
}

function tooLarge(file: string, why: string): InputError {
  return new InputError({ file, message: `refused: ${why}, far more than a Word report holds (it may be a zip bomb)`, hint: 'Open it in Word or WPS and save it again as .docx' });
}

/** JSZip's documented StreamHelper (`internalStream`), which its type definitions leave out. */
interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', listener: (error: Error) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** Inflate one entry, counting bytes, and stop as soon as the running total would pass the cap. */
function inflatedSize(entry: JSZip.JSZipObject, budget: number, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > budget) {
          stream.pause();
          reject(tooLarge(file, `"${entry.name}" inflates to more than ${Math.round(MAX_DOCX_INFLATED_BYTES / 1048576)} MB`));
        }
      })
      .on('error', (error: Error) => reject(new InputError({ file, message: `cannot read "${entry.name}" in this Word document (it is damaged)`, hint: 'Open it in Word or WPS and save it again as .docx', cause: error })))
      .on('end', () => resolve(size))
      .resume();
  });
}
