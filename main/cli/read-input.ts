/** Read a user's input file, turning file-system failures into clear messages. */
import { promises as fs } from 'node:fs';
import { InputError } from '../engine/errors.js';
import type { InputFile } from '../engine/input/open-report.js';
import { fromFsError } from './errors.js';

/** Refuse huge files before reading them into memory; reports are text, tens of kilobytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export async function readInputFile(file: string): Promise<InputFile> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputError({ file, message: 'is a folder, not a report file', hint: 'Give the path of a report file' });
    if (stat.size > MAX_INPUT_BYTES) {
      throw new InputError({ file, message: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`, hint: 'Split the report or remove embedded images' });
    }
    return { name: file, bytes: new Uint8Array(await fs.readFile(file)) };
  } catch (error) {
    throw fromFsError(error, file, 'read');
  }
}
