/**
 * The manifest of a pack held as files: read as the author wrote it (raw JSON, defaults not filled in, so an edit
 * changes only what it means to change), checked against the schema, and written back. Edits and renames go
 * through here; the checked form (TemplateManifest, defaults filled in) is what the planner and the editor read.
 */
import { InputError } from '../errors.js';
import { parseStructuredText, problemsFromZod } from '../report/validate.js';
import { TemplateManifestSchema, type TemplateManifest } from '../template/manifest-schema.js';
import { MANIFEST_FILE } from '../template/pack.js';
import { fileText, withFile, type PackFiles } from './pack-files.js';

/** A manifest as JSON: an object whose fields are edited in place on a copy. */
export type ManifestJson = Record<string, unknown>;

export function readManifestJson(files: PackFiles, label: string): ManifestJson {
  const file = `${label}/${MANIFEST_FILE}`;
  const text = fileText(files, MANIFEST_FILE);
  if (text === undefined) throw new InputError({ file, message: 'not found: this is not a template pack', hint: 'A pack holds template.json, text/*.hbs and assets/' });
  const value = parseStructuredText(text, 'json', file);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InputError({ file, message: 'not a valid template manifest: expected a JSON object' });
  return value as ManifestJson;
}

/** The manifest checked against the schema, defaults filled in; an InputError names every wrong field. */
export function parseManifest(json: unknown, label: string): TemplateManifest {
  const result = TemplateManifestSchema.safeParse(json);
  if (result.success) return result.data;
  throw new InputError({ file: `${label}/${MANIFEST_FILE}`, message: 'not a valid template manifest', problems: problemsFromZod(result.error), hint: 'Fix the fields named above' });
}

export function readManifest(files: PackFiles, label: string): TemplateManifest {
  return parseManifest(readManifestJson(files, label), label);
}

/** Two-space JSON with a final newline: what a person would write, and stable, so exports are reproducible. */
export function writeManifestJson(files: PackFiles, json: ManifestJson): PackFiles {
  return withFile(files, MANIFEST_FILE, `${JSON.stringify(json, null, 2)}\n`);
}

/** A deep copy to edit (manifests are plain JSON). */
export function cloneJson<T>(value: T): T {
  return structuredClone(value);
}

/** The object at `path` inside `json`, created when missing; an edit sets fields on it. */
export function objectAt(json: ManifestJson, path: readonly string[]): ManifestJson {
  let node = json;
  for (const key of path) {
    const child = node[key];
    if (child === null || typeof child !== 'object' || Array.isArray(child)) node[key] = {};
    node = node[key] as ManifestJson;
  }
  return node;
}
