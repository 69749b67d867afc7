/**
 * "Duplicate template": a new user pack from any pack, with its own identity and every file of the original
 * (texts, images) byte for byte. The result is checked like any pack, so a duplicate is usable at once.
 */
import { parseManifest, cloneJson, readManifestJson, writeManifestJson } from './manifest-json.js';
import type { PackFiles } from './pack-files.js';
import type { PackIdentity } from './identity.js';

export const FIRST_VERSION = '1.0.0';

export function duplicatePack(files: PackFiles, identity: PackIdentity, label: string): PackFiles {
  const json = cloneJson(readManifestJson(files, label));
  json['id'] = identity.id;
  json['name'] = { zh: identity.name.zh, en: identity.name.en };
  json['version'] = FIRST_VERSION;
  // Built-in packs point "$schema" at a path inside the repository; from the user's folder it would lead nowhere.
  delete json['$schema'];
  parseManifest(json, label);
  return writeManifestJson(files, json);
}
