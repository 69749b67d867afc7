/**
 * The built-in packs' texts, checked and precompiled once when Huibao is installed or built (`npm ci` runs
 * scripts/build-node.mjs, which calls saveTextCache) and trusted afterwards: a fresh CLI process would otherwise run
 * Handlebars' parser and compiler cold over every text of the pack, ~100 ms a build. Trust is by exact source and
 * compiler signature (see text-compiler.ts), so an edited text, a user's pack or a Handlebars upgrade is checked as
 * usual. A missing, unreadable or foreign cache file is ignored for the same reason: it can only skip work.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../cli/node-ports.js';
import type { CheckedTexts } from '../engine/template/text-compiler.js';
import { checkedTexts, trustCheckedTexts } from '../engine/template/load-pack.js';
import { packageRoot } from './paths.js';

export const textCacheFile = (): string => path.join(packageRoot(), 'dist', 'pack-texts.json');

const consulted = new Set<string>();

/** Trust the saved texts (each file once per process); true when the cache was there and fits this build. */
export function useTextCache(file: string = textCacheFile()): boolean {
  if (consulted.has(file)) return false;
  consulted.add(file);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
  return isCheckedTexts(value) && trustCheckedTexts(value);
}

/** Save every text checked in this process (call after loading the built-in packs). */
export async function saveTextCache(file: string = textCacheFile()): Promise<number> {
  const checked = checkedTexts();
  await writeFileAtomic(file, JSON.stringify(checked));
  return Object.keys(checked.texts).length;
}

function isCheckedTexts(value: unknown): value is CheckedTexts {
  if (typeof value !== 'object' || value === null) return false;
  const { signature, texts } = value as Partial<Record<keyof CheckedTexts, unknown>>;
  return typeof signature === 'string' && typeof texts === 'object' && texts !== null && Object.values(texts).every((spec) => typeof spec === 'string');
}
