/**
 * Loading a template pack through a ReadPort rooted at the pack's folder. Everything is checked here, when a pack is
 * chosen, so that a broken pack never fails half-way through an export: the manifest against its schema (errors name
 * `<label>/template.json` and the field), the images (inside the pack, PNG/JPEG by content, size-capped), and every
 * `text/*.hbs` (parsed and precompiled; errors name the file, line and column).
 */
import { InputError } from '../errors.js';
import type { ReadPort } from '../ports.js';
import { parseStructuredText, problemsFromZod } from '../report/validate.js';
import { templateHelpers } from './helpers/index.js';
import { assetPathProblem, readImage, type PackImage } from './image-asset.js';
import { TemplateManifestSchema, type TemplateManifest } from './manifest-schema.js';
import { MANIFEST_FILE, type PackLogo, type TemplatePack } from './pack.js';
import { createTextCompiler, type CheckedTexts, type CompiledText, type TextCompiler } from './text-compiler.js';
import { TEXT_DIR, TEXT_EXTENSION, TEXT_TEMPLATES } from './text-names.js';

/** Template sources are short; a huge one is a mistake (or an attack on the compiler). */
export const MAX_TEXT_BYTES = 64 * 1024;

let sharedCompiler: TextCompiler | undefined;
const compiler = (): TextCompiler => (sharedCompiler ??= createTextCompiler(templateHelpers));

/** Texts checked earlier (e.g. the built-in packs, at install): loading a pack with them skips their check. */
export function trustCheckedTexts(checked: CheckedTexts): boolean {
  return compiler().trust(checked);
}

/** Every pack text checked in this process so far, precompiled, to be saved for trustCheckedTexts. */
export function checkedTexts(): CheckedTexts {
  return compiler().checked();
}

export async function loadTemplatePack(port: ReadPort, label: string): Promise<TemplatePack> {
  const manifest = await readManifest(port, label);
  const [logo, backgrounds, texts] = await Promise.all([loadLogo(port, label, manifest), loadBackgrounds(port, label, manifest), loadTexts(port, label)]);
  return { id: manifest.id, label, manifest, ...(logo ? { logo } : {}), backgrounds, texts: texts.compiled, textSources: texts.sources };
}

async function readManifest(port: ReadPort, label: string): Promise<TemplateManifest> {
  const file = `${label}/${MANIFEST_FILE}`;
  if (!(await port.exists(MANIFEST_FILE))) {
    throw new InputError({ file, message: 'not found: this folder is not a template pack', hint: 'A pack is a folder with template.json and text/*.hbs' });
  }
  const value = parseStructuredText(await port.readText(MANIFEST_FILE), 'json', file);
  // A manifest is parsed once per load: zod's eval'd fast path would cost ~50 ms to generate for this one use.
  const result = TemplateManifestSchema.safeParse(value, { jitless: true });
  if (result.success) return result.data;
  throw new InputError({
    file,
    message: 'not a valid template manifest',
    problems: problemsFromZod(result.error),
    hint: 'Fix the fields named above (assets/schema/template.schema.json gives completion in editors)',
  });
}

async function loadImage(port: ReadPort, label: string, path: string, field: string): Promise<PackImage> {
  const file = `${label}/${MANIFEST_FILE}`;
  const refused = assetPathProblem(path);
  if (refused) throw new InputError({ file, message: 'bad image path', problems: [{ where: field, message: `"${path}" ${refused}` }] });
  if (!(await port.exists(path))) throw new InputError({ file, message: 'missing image', problems: [{ where: field, message: `"${path}" is not in the pack` }] });
  const image = readImage(path, await port.readBytes(path));
  if (typeof image === 'string') throw new InputError({ file: `${label}/${path}`, message: `refused image (named by ${field})`, problems: [{ message: image }] });
  return image;
}

async function loadLogo(port: ReadPort, label: string, manifest: TemplateManifest): Promise<PackLogo | undefined> {
  const logo = manifest.assets.logo;
  if (!logo) return undefined;
  return { ...(await loadImage(port, label, logo.path, 'assets.logo.path')), alt: logo.alt };
}

async function loadBackgrounds(port: ReadPort, label: string, manifest: TemplateManifest): Promise<TemplatePack['backgrounds']> {
  const out: { title?: PackImage; content?: PackImage; closing?: PackImage } = {};
  // One picture named by several slide kinds (the title and closing backgrounds, usually) is read once: the writers
  // then see the very same bytes and store them once.
  const byPath = new Map<string, PackImage>();
  for (const kind of ['title', 'content', 'closing'] as const) {
    const path = manifest.assets.backgrounds[kind];
    if (path === undefined) continue;
    let image = byPath.get(path);
    if (!image) byPath.set(path, (image = await loadImage(port, label, path, `assets.backgrounds.${kind}`)));
    out[kind] = image;
  }
  return out;
}

async function loadTexts(port: ReadPort, label: string): Promise<{ compiled: Map<string, CompiledText>; sources: Map<string, string> }> {
  const files = (await port.list(TEXT_DIR)).filter((name) => name.endsWith(TEXT_EXTENSION));
  const names = new Set(files.map((name) => name.slice(0, -TEXT_EXTENSION.length)));
  const missing = TEXT_TEMPLATES.filter((spec) => spec.required && !names.has(spec.name));
  if (missing.length > 0) {
    throw new InputError({
      file: `${label}/${TEXT_DIR}/${missing[0]?.name}${TEXT_EXTENSION}`,
      message: 'missing text template',
      problems: missing.map((spec) => ({ where: `${TEXT_DIR}/${spec.name}${TEXT_EXTENSION}`, message: `missing (${spec.purpose})` })),
      hint: 'Every pack needs these texts; copy them from a built-in pack',
    });
  }
  const compiled = new Map<string, CompiledText>();
  const sources = new Map<string, string>();
  for (const name of [...names].sort()) {
    const file = `${label}/${TEXT_DIR}/${name}${TEXT_EXTENSION}`;
    const bytes = await port.readBytes(`${TEXT_DIR}/${name}${TEXT_EXTENSION}`);
    if (bytes.length > MAX_TEXT_BYTES) throw new InputError({ file, message: `too large (${bytes.length} bytes; at most ${MAX_TEXT_BYTES})` });
    const source = decodeText(bytes, file);
    compiled.set(name, compiler().compile(file, source));
    sources.set(name, source);
  }
  return { compiled, sources };
}

function decodeText(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError({ file, message: 'not UTF-8 text', hint: 'Save templates as UTF-8' });
  }
}
