/** The structured sample report and the built-in packs, loaded once per test file. */
import { readFile } from 'node:fs/promises';
import { folderReadPort } from '../../../../../main/cli/node-ports.js';
import { ReportSchema, type Report } from '../../../../../main/engine/report/schema.js';
import { loadTemplatePack } from '../../../../../main/engine/template/load-pack.js';
import type { TemplatePack } from '../../../../../main/engine/template/pack.js';
import { loadBundledFonts, type BundledFonts } from '../../../../../main/node/fonts.js';

export const BUILT_IN_PACKS = ['gov-blue', 'party-red', 'minimal'] as const;
/** A fixed creation date: the same input then gives the same bytes. */
export const CREATED_AT = new Date('2023-10-12T08:00:00Z');

export async function sampleReport(): Promise<Report> {
  return ReportSchema.parse(JSON.parse(await readFile('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')));
}

export function builtInPack(id: string): Promise<TemplatePack> {
  return loadTemplatePack(folderReadPort(`templates/${id}`), `templates/${id}`);
}

export function fonts(): Promise<BundledFonts> {
  return loadBundledFonts();
}
