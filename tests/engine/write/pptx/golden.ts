/**
 * Golden files for written decks: each XML part that carries the drawing (slides, charts, notes, their rels, the
 * presentation, content types, theme, core properties) pretty-printed and compared one file per part.
 * Run with UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff in git.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { PackageParts } from './package-parts.js';
import { prettyXml } from './xml-pretty.js';

const GOLDEN_ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), 'golden');
const COMPARED = /^(\[Content_Types\]\.xml|docProps\/(core|app)\.xml|ppt\/presentation\.xml|ppt\/theme\/theme1\.xml|ppt\/(slides|charts|notesSlides)\/(_rels\/)?[a-zA-Z]+\d+\.xml(\.rels)?)$/;

export const updatingGolden = process.env['UPDATE_GOLDEN'] === '1';

/** Values that change from run to run: the creation and modification times. */
function normalize(xml: string, part: string): string {
  return prettyXml(xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1(time)'), part);
}

const fileName = (part: string): string => `${part.replace(/[[\]]/g, '').replace(/\//g, '__')}.golden.xml`;

export function expectGolden(set: string, pptx: PackageParts): void {
  const dir = path.join(GOLDEN_ROOT, set);
  const parts = pptx.names.filter((name) => COMPARED.test(name));
  const expected = new Set(parts.map(fileName));
  if (updatingGolden) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const part of parts) writeFileSync(path.join(dir, fileName(part)), normalize(pptx.text(part), part));
    return;
  }
  if (!existsSync(dir)) throw new Error(`no golden files in ${dir}: run the tests once with UPDATE_GOLDEN=1 and review them`);
  expect(readdirSync(dir).sort(), `golden files of ${set}`).toEqual([...expected].sort());
  for (const part of parts) {
    expect(normalize(pptx.text(part), part), `${set}: ${part} (UPDATE_GOLDEN=1 rewrites the golden files)`).toBe(readFileSync(path.join(dir, fileName(part)), 'utf8'));
  }
}
