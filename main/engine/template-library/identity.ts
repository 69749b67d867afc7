/**
 * A pack's identity (its id, the folder name and `--template` value, and its Chinese and English names) and how
 * clashes are settled. Built-in ids are reserved and names must stay unique too, because `--template 政务蓝` finds
 * a pack by any of its names: what clashes gets the smallest free number (gov-blue-2, 政务蓝 2, Government Blue 2).
 */
import { cloneJson, readManifestJson, writeManifestJson } from './manifest-json.js';
import type { PackFiles } from './pack-files.js';

export interface PackIdentity {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
}

const MAX_ID = 40;
const MAX_ZH = 40;
const MAX_EN = 60;
export const PACK_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * `wanted` itself when nothing clashes. Otherwise only what clashes is numbered, each with the smallest number ≥ 2
 * that frees it: a taken id gets "-2", taken names get " 2" (both names together, so they stay a pair).
 */
export function uniqueIdentity(wanted: PackIdentity, existing: readonly PackIdentity[]): PackIdentity {
  const ids = new Set(existing.map((pack) => pack.id));
  const names = new Set(existing.flatMap((pack) => [pack.id, pack.name.zh, pack.name.en].map(fold)));
  const nameFree = (name: PackIdentity['name']): boolean => !names.has(fold(name.zh)) && !names.has(fold(name.en));
  if (!ids.has(wanted.id) && !names.has(fold(wanted.id)) && nameFree(wanted.name)) return wanted;
  let id = wanted.id;
  for (let n = 2; ids.has(id) || names.has(fold(id)); n++) id = numberedId(wanted.id, n);
  let name = wanted.name;
  for (let n = 2; !nameFree(name); n++) name = numberedName(wanted.name, n);
  return { id, name };
}

function numberedId(id: string, n: number): string {
  const suffix = String(n);
  return `${id.slice(0, MAX_ID - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
}

function numberedName(name: PackIdentity['name'], n: number): PackIdentity['name'] {
  const suffix = String(n);
  return { zh: `${name.zh.slice(0, MAX_ZH - suffix.length - 1)} ${suffix}`, en: `${name.en.slice(0, MAX_EN - suffix.length - 1)} ${suffix}` };
}

const fold = (name: string): string => name.trim().toLowerCase();

/** An id from a name a person typed: "Office Blue" → "office-blue"; undefined when nothing usable is left (e.g. all Chinese). */
export function idFromName(name: string): string | undefined {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
  return PACK_ID.test(slug) ? slug : undefined;
}

export function identityOf(files: PackFiles, label: string): PackIdentity {
  const json = readManifestJson(files, label);
  const name = (json['name'] ?? {}) as { zh?: unknown; en?: unknown };
  return { id: String(json['id']), name: { zh: String(name.zh ?? ''), en: String(name.en ?? '') } };
}

/** The same pack under another identity: only the manifest's id and name change. */
export function withIdentity(files: PackFiles, identity: PackIdentity, label: string): PackFiles {
  const json = cloneJson(readManifestJson(files, label));
  json['id'] = identity.id;
  json['name'] = { zh: identity.name.zh, en: identity.name.en };
  return writeManifestJson(files, json);
}
