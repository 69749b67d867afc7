/**
 * The editor's operations on a pack held as files. Each edit returns new files (the old ones are untouched, so the
 * editor's undo and redo are a list of file sets and "reset" is the first one) and is refused with an InputError
 * when its result would not be a valid pack: the manifest is checked against its schema after every edit, a text
 * against the pack compiler (its problems at line and column), an image by its bytes.
 */
import { InputError } from '../errors.js';
import { COLOR_NAMES, type ColorName, type TemplateManifest } from '../template/manifest-schema.js';
import { TEXT_DIR, TEXT_EXTENSION, TEXT_TEMPLATES } from '../template/text-names.js';
import { checkTextTemplate } from './check-text.js';
import { darkShade } from './color-math.js';
import { dropUnusedImages, removeImage, setImage, type ImageSlot } from './edit-images.js';
import { literalTemplate, oneLine } from './literal-text.js';
import { cloneJson, objectAt, parseManifest, readManifestJson, writeManifestJson, type ManifestJson } from './manifest-json.js';
import { setOrganization } from './organization-text.js';
import { fileText, withFile, type PackFiles } from './pack-files.js';
import { packFileKind } from './pack-layout.js';

export type PackEdit =
  | { readonly kind: 'name'; readonly zh: string; readonly en: string }
  | { readonly kind: 'description'; readonly zh: string; readonly en: string }
  | { readonly kind: 'color'; readonly name: ColorName; readonly value: string }
  | { readonly kind: 'chartColors'; readonly values: readonly string[] }
  | { readonly kind: 'fonts'; readonly latin?: string; readonly eastAsian?: string; readonly fallbacks?: readonly string[] }
  | { readonly kind: 'image'; readonly slot: ImageSlot; readonly data: Uint8Array; readonly alt?: string }
  | { readonly kind: 'removeImage'; readonly slot: ImageSlot }
  | { readonly kind: 'footerText'; readonly text: string }
  | { readonly kind: 'organizationText'; readonly text: string }
  | { readonly kind: 'kpiTiles'; readonly count: number }
  | { readonly kind: 'chart'; readonly enabled: boolean }
  | { readonly kind: 'text'; readonly name: string; readonly source: string };

export const FOOTER_TEXT = 'footer';

/** `label` names the pack in messages (e.g. its folder). */
export function applyPackEdit(files: PackFiles, edit: PackEdit, label: string): PackFiles {
  switch (edit.kind) {
    case 'footerText':
      return setFooterText(files, edit.text, label);
    case 'organizationText':
      return setOrganizationText(files, edit.text, label);
    case 'text':
      return setText(files, edit.name, edit.source, label);
    default:
      return editManifest(files, edit, label);
  }
}

type ManifestEdit = Exclude<PackEdit, { kind: 'footerText' | 'organizationText' | 'text' }>;

function editManifest(files: PackFiles, edit: ManifestEdit, label: string): PackFiles {
  const json = cloneJson(readManifestJson(files, label));
  const before = parseManifest(json, label);
  let next = files;
  switch (edit.kind) {
    case 'name':
      json['name'] = { zh: edit.zh.trim(), en: edit.en.trim() };
      break;
    case 'description':
      json['description'] = { zh: edit.zh.trim(), en: edit.en.trim() };
      break;
    case 'color':
      if (!(COLOR_NAMES as readonly string[]).includes(edit.name)) throw new InputError({ file: label, message: `no theme colour "${String(edit.name)}"`, hint: `Theme colours: ${COLOR_NAMES.join(', ')}` });
      setColor(json, before, edit.name, normalHex(edit.value));
      break;
    case 'chartColors':
      objectAt(json, ['colors'])['chart'] = edit.values.map(normalHex);
      break;
    case 'fonts':
      setFonts(json, edit);
      break;
    case 'image':
      next = setImage(files, json, before, edit.slot, edit.data, edit.alt, label);
      break;
    case 'removeImage':
      removeImage(json, edit.slot);
      break;
    case 'kpiTiles':
      objectAt(json, ['kpi'])['tiles'] = edit.count;
      break;
    case 'chart':
      objectAt(json, ['chart'])['enabled'] = edit.enabled;
      break;
  }
  parseManifest(json, label);
  return dropUnusedImages(writeManifestJson(next, json), json);
}

/**
 * A theme colour. Chart series that were that very colour follow it, and a new primary brings its own darker shade
 * (primaryDark, the headings and big numbers), so one pick recolours the pack; primaryDark can be set after that.
 */
function setColor(json: ManifestJson, before: TemplateManifest, name: ColorName, value: string): void {
  const colors = objectAt(json, ['colors']);
  const follow = (changed: ColorName, next: string): void => {
    colors[changed] = next;
    if (Array.isArray(colors['chart'])) colors['chart'] = (colors['chart'] as unknown[]).map((series) => (typeof series === 'string' && normalHex(series) === before.colors[changed] ? next : series));
  };
  follow(name, value);
  if (name === 'primary' && /^[0-9A-F]{6}$/.test(value)) follow('primaryDark', darkShade(value));
}

/** "#b22222" → "B22222", the form the built-in packs use; anything else is left for the schema to refuse. */
function normalHex(value: string): string {
  const clean = value.trim();
  return /^#?[0-9a-fA-F]{6}$/.test(clean) ? clean.replace('#', '').toUpperCase() : clean;
}

function setFonts(json: ManifestJson, edit: Extract<PackEdit, { kind: 'fonts' }>): void {
  const fonts = objectAt(json, ['fonts']);
  if (edit.latin !== undefined) fonts['latin'] = edit.latin.trim();
  if (edit.eastAsian !== undefined) fonts['eastAsian'] = edit.eastAsian.trim();
  if (edit.fallbacks !== undefined) fonts['fallbacks'] = edit.fallbacks.map((face) => face.trim()).filter((face) => face !== '');
}

/** A pack text replaced by `source`, refused (with every problem at line and column) unless it compiles cleanly. */
function setText(files: PackFiles, name: string, source: string, label: string): PackFiles {
  const path = `${TEXT_DIR}/${name}${TEXT_EXTENSION}`;
  const kind = packFileKind(path);
  if (kind !== 'text') throw new InputError({ file: `${label}/${path}`, message: 'not a text template name', problems: typeof kind === 'object' ? [{ message: kind.problem }] : [] });
  const problems = checkTextTemplate(source, name);
  if (problems.length > 0) {
    throw new InputError({
      file: `${label}/${path}`,
      message: 'template error',
      problems: problems.map((problem) => ({ where: `line ${problem.line}, column ${problem.column}`, message: problem.message })),
      hint: 'Fix the text; nothing was saved',
    });
  }
  return withFile(files, path, source);
}

function setFooterText(files: PackFiles, text: string, label: string): PackFiles {
  const source = literalTemplate(oneLine(text));
  if (source === undefined) throw new InputError({ file: label, message: 'the footer text cannot hold a "\\" right before "{{"', hint: 'Edit text/footer.hbs instead' });
  return setText(files, FOOTER_TEXT, source, label);
}

/** The office's name in every text that shows the report's organisation; "" gives the report's own back. */
function setOrganizationText(files: PackFiles, text: string, label: string): PackFiles {
  const name = oneLine(text);
  let next = files;
  for (const path of [...files.keys()].filter((candidate) => packFileKind(candidate) === 'text').sort()) {
    const source = fileText(files, path) ?? '';
    const textName = path.slice(TEXT_DIR.length + 1, -TEXT_EXTENSION.length);
    let edited: string;
    try {
      edited = setOrganization(source, name);
    } catch (error) {
      if (error instanceof InputError) throw new InputError({ file: label, message: error.message, ...(error.hint ? { hint: error.hint } : {}) });
      // A text that does not parse is left for the author to fix; it cannot name the organisation anyway.
      continue;
    }
    if (edited !== source) next = setText(next, textName, edited, label);
  }
  return next;
}

/** Which texts a pack has, with their purpose, for the editor's list: known ones in the planner's order, then any others. */
export function packTextNames(files: PackFiles): { readonly name: string; readonly required: boolean; readonly purpose: string }[] {
  const present = [...files.keys()].filter((path) => packFileKind(path) === 'text').map((path) => path.slice(TEXT_DIR.length + 1, -TEXT_EXTENSION.length));
  const known = TEXT_TEMPLATES.filter((spec) => present.includes(spec.name)).map((spec) => ({ name: spec.name, required: spec.required, purpose: spec.purpose }));
  const others = present.filter((name) => !TEXT_TEMPLATES.some((spec) => spec.name === name)).sort().map((name) => ({ name, required: false, purpose: '' }));
  return [...known, ...others];
}

