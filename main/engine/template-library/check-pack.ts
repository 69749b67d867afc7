/**
 * The whole check of a pack held as files, collecting every problem rather than stopping at the first: which files
 * it may hold and how large, the manifest against its schema, every image (PNG or JPEG by content, size-capped),
 * every text (syntax, helpers, names, prototype access, at line and column). A pack with no problems is then loaded
 * by the pack loader itself, so "checked" and "loads" can never disagree. Contrast below WCAG AA and unused images
 * are warnings.
 */
import { InputError } from '../errors.js';
import { assetPathProblem, readImage } from '../template/image-asset.js';
import { loadTemplatePack } from '../template/load-pack.js';
import type { TemplateManifest } from '../template/manifest-schema.js';
import { MANIFEST_FILE, type TemplatePack } from '../template/pack.js';
import { TEXT_DIR, TEXT_EXTENSION, TEXT_TEMPLATES } from '../template/text-names.js';
import { checkTextTemplate } from './check-text.js';
import { packContrastWarnings } from './contrast-warnings.js';
import { formatBytes, PACK_LIMITS } from './limits.js';
import { parseManifest, readManifestJson } from './manifest-json.js';
import { packFilesPort, totalBytes, type PackFiles } from './pack-files.js';
import { caseCollision, maxBytesFor, packFileKind } from './pack-layout.js';

export interface PackProblem {
  /** The file inside the pack, e.g. "text/footer.hbs"; "" for the pack as a whole. */
  readonly file: string;
  /** A manifest field, e.g. "colors.primary". */
  readonly where?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

export interface PackCheck {
  /** The loaded pack, when there are no problems. */
  readonly pack?: TemplatePack;
  readonly problems: readonly PackProblem[];
  readonly warnings: readonly PackProblem[];
}

/** "templates/x/text/footer.hbs:3:5: …", "templates/x/template.json: colors.primary: …" */
export function formatPackProblem(label: string, problem: PackProblem): string {
  const file = problem.file === '' ? label : `${label}/${problem.file}`;
  const place = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  return problem.where === undefined ? `${place}: ${problem.message}` : `${place}: ${problem.where}: ${problem.message}`;
}

export async function checkPackFiles(files: PackFiles, label: string): Promise<PackCheck> {
  const problems: PackProblem[] = [...layoutProblems(files)];
  const manifest = manifestOf(files, label, problems);
  problems.push(...assetProblems(files, rawImages(files, label)));
  problems.push(...imageProblems(files), ...textProblems(files));
  const warnings = manifest ? [...unusedImages(files, manifest), ...packContrastWarnings(manifest).map((w) => ({ file: MANIFEST_FILE, where: w.where, message: w.message }))] : [];
  if (problems.length > 0) return { problems, warnings };
  try {
    return { pack: await loadTemplatePack(packFilesPort(files), label), problems, warnings };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const file = error.file?.startsWith(`${label}/`) ? error.file.slice(label.length + 1) : '';
    const found = error.problems.length ? error.problems.map((p) => ({ file, ...(p.where ? { where: p.where } : {}), message: p.message })) : [{ file, message: error.message }];
    return { problems: found, warnings };
  }
}

/** The loaded pack; an InputError lists every problem (its first line names the first one). */
export async function openPackFiles(files: PackFiles, label: string): Promise<TemplatePack> {
  const check = await checkPackFiles(files, label);
  if (check.pack) return check.pack;
  throw packProblemsError(label, check.problems);
}

export function packProblemsError(label: string, problems: readonly PackProblem[]): InputError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new InputError({
    file: label,
    message: `not a usable template pack (${count})`,
    problems: problems.map((problem) => ({ message: formatPackProblem(label, problem).slice(label.length + 1) })),
    hint: 'Run "huibao templates check" on the pack folder to see every problem',
  });
}

function layoutProblems(files: PackFiles): PackProblem[] {
  const problems: PackProblem[] = [];
  if (files.size > PACK_LIMITS.maxFiles) problems.push({ file: '', message: `holds ${files.size} files; a pack may hold at most ${PACK_LIMITS.maxFiles}` });
  const total = totalBytes(files);
  if (total > PACK_LIMITS.maxTotalBytes) problems.push({ file: '', message: `is ${formatBytes(total)}; a pack may be at most ${formatBytes(PACK_LIMITS.maxTotalBytes)}` });
  const clash = caseCollision(files.keys());
  if (clash) problems.push({ file: clash[1], message: `has the same name as "${clash[0]}" on Windows and macOS, where case does not count` });
  for (const [path, bytes] of files) {
    const kind = packFileKind(path);
    if (typeof kind === 'object') problems.push({ file: path, message: kind.problem });
    else if (bytes.length > maxBytesFor(kind)) problems.push({ file: path, message: `is ${formatBytes(bytes.length)}; at most ${formatBytes(maxBytesFor(kind))} is allowed for ${kind === 'image' ? 'an image' : kind === 'text' ? 'a text' : 'the manifest'}` });
  }
  return problems;
}

function manifestOf(files: PackFiles, label: string, problems: PackProblem[]): TemplateManifest | undefined {
  try {
    return parseManifest(readManifestJson(files, label), label);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (error.problems.length === 0) problems.push({ file: MANIFEST_FILE, message: error.message });
    for (const problem of error.problems) problems.push({ file: MANIFEST_FILE, ...(problem.where ? { where: problem.where } : {}), message: `${error.message === 'not a valid template manifest' ? '' : `${error.message}: `}${problem.message}` });
    return undefined;
  }
}

/** The images the manifest names, with the field naming each. */
export function manifestImages(manifest: TemplateManifest): { readonly field: string; readonly path: string }[] {
  const { logo, backgrounds } = manifest.assets;
  return [
    ...(logo ? [{ field: 'assets.logo.path', path: logo.path }] : []),
    ...(['title', 'content', 'closing'] as const).flatMap((kind) => {
      const path = backgrounds[kind];
      return path === undefined ? [] : [{ field: `assets.backgrounds.${kind}`, path }];
    }),
  ];
}

/** The image paths as written, read even from a manifest that fails its schema, so their problems are listed too. */
function rawImages(files: PackFiles, label: string): { readonly field: string; readonly path: string }[] {
  let json: Record<string, unknown>;
  try {
    json = readManifestJson(files, label);
  } catch {
    return [];
  }
  const assets = (json['assets'] ?? {}) as { logo?: { path?: unknown }; backgrounds?: Record<string, unknown> };
  const logo = typeof assets.logo?.path === 'string' ? [{ field: 'assets.logo.path', path: assets.logo.path }] : [];
  const backgrounds = (['title', 'content', 'closing'] as const).flatMap((kind) => {
    const path = assets.backgrounds?.[kind];
    return typeof path === 'string' ? [{ field: `assets.backgrounds.${kind}`, path }] : [];
  });
  return [...logo, ...backgrounds];
}

function assetProblems(files: PackFiles, images: readonly { readonly field: string; readonly path: string }[]): PackProblem[] {
  return images.flatMap(({ field, path }) => {
    const refused = assetPathProblem(path);
    if (refused) return [{ file: MANIFEST_FILE, where: field, message: `"${path}" ${refused}` }];
    if (!files.has(path)) return [{ file: MANIFEST_FILE, where: field, message: `"${path}" is not in the pack` }];
    return [];
  });
}

/** Every image the pack holds must really be a PNG or JPEG, named in the manifest or not: nothing else is shared. */
function imageProblems(files: PackFiles): PackProblem[] {
  return [...files].flatMap(([path, bytes]) => {
    if (packFileKind(path) !== 'image' || bytes.length > PACK_LIMITS.maxImageBytes) return [];
    const image = readImage(path, bytes);
    return typeof image === 'string' ? [{ file: path, message: image }] : [];
  });
}

function textProblems(files: PackFiles): PackProblem[] {
  const names = new Set([...files.keys()].filter((path) => packFileKind(path) === 'text').map((path) => path.slice(TEXT_DIR.length + 1, -TEXT_EXTENSION.length)));
  const missing = TEXT_TEMPLATES.filter((spec) => spec.required && !names.has(spec.name)).map((spec) => ({ file: `${TEXT_DIR}/${spec.name}${TEXT_EXTENSION}`, message: `missing (${spec.purpose})` }));
  const broken = [...names].sort().flatMap((name) => {
    const file = `${TEXT_DIR}/${name}${TEXT_EXTENSION}`;
    const bytes = files.get(file) ?? new Uint8Array();
    if (bytes.length > PACK_LIMITS.maxTextBytes) return [];
    let source: string;
    try {
      source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return [{ file, message: 'is not UTF-8 text (save it as UTF-8)' }];
    }
    return checkTextTemplate(source, name).map((problem) => ({ file, ...problem }));
  });
  return [...missing, ...broken];
}

function unusedImages(files: PackFiles, manifest: TemplateManifest): PackProblem[] {
  const used = new Set(manifestImages(manifest).map((image) => image.path));
  return [...files.keys()].filter((path) => packFileKind(path) === 'image' && !used.has(path)).map((path) => ({ file: path, message: 'is not used by template.json' }));
}
