/**
 * Reading the parts of the captured package (capture-package.ts) without JSZip's stream machinery: `file.async()`
 * runs each part through a chain of workers with a setImmediate per step, ~20 ms a sample deck for nothing, since
 * the parts pptxgenjs adds are still what it handed over. JSZip keeps each as a promise of that content (`_data`):
 * the XML as a text string, media and workbooks as the bytes their base64 decoded to. Anything else — a binary
 * string, a compressed or streamed entry, which pptxgenjs never adds — is read through JSZip as before.
 */
import type JSZip from 'jszip';

interface EntryInternals {
  readonly _data?: unknown;
  readonly _dataBinary?: boolean;
}

async function ownContent(file: JSZip.JSZipObject): Promise<string | Uint8Array | undefined> {
  const entry = file as JSZip.JSZipObject & EntryInternals;
  const data = await entry._data;
  if (typeof data === 'string' && entry._dataBinary === false) return data;
  if (data instanceof Uint8Array) return data;
  return undefined;
}

export async function partText(file: JSZip.JSZipObject): Promise<string> {
  const content = await ownContent(file);
  if (typeof content === 'string') return content;
  return content ? new TextDecoder().decode(content) : file.async('string');
}

export async function partBytes(file: JSZip.JSZipObject): Promise<Uint8Array> {
  const content = await ownContent(file);
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content ?? file.async('uint8array');
}
