/**
 * Properties of path confinement (resolveInside, main/cli/node-ports.ts): a path built from any mix of `..`, `.`,
 * separators, drive letters, NUL and names that share the root's prefix either is refused, or resolves inside the
 * root. The broken variant is the classic prefix bug: `startsWith(root)` without the separator.
 */
import fc from 'fast-check';
import path from 'node:path';
import { resolveInside } from '../../main/cli/node-ports.js';
import { suggestedName } from '../../main/handlers/export.js';
import { projectLocations } from '../../main/handlers/project-store.js';
import { fuzz, type FuzzProperty } from './support/fuzz.js';

const root = path.resolve('/srv/huibao/templates/pack');

/** Dictionary-style segments: climbing out, names of the root's own folders with suffixes, and oddities. */
const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constant('..') },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('pack', 'templates', 'huibao'), fc.constantFrom('', '-evil', '2', '.bak', ' ')).map(([name, suffix]) => name + suffix) },
  { weight: 2, arbitrary: fc.constantFrom('.', '', 'text', 'assets', 'logo.png', '..pack', 'C:', 'c:', '\\', '..\\..', '%2e%2e', '\u2025', '．．', '\0', '~', '$HOME') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const relativePath = fc.tuple(fc.constantFrom('', '/', '//', 'C:\\', 'c:'), fc.array(segment, { maxLength: 8 }), fc.constantFrom('/', '\\')).map(([lead, parts, sep]) => lead + parts.join(sep));

function staysInside(resolve: (root: string, relative: string) => string) {
  return (relative: string): void => {
    let full: string;
    try {
      full = resolve(root, relative);
    } catch {
      return; // refused: fine
    }
    const rel = path.relative(root, full);
    if (rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) throw new Error(`${JSON.stringify(relative)} resolved to ${full}, outside ${root}`);
    if (full.includes('\0')) throw new Error(`${JSON.stringify(relative)} kept a NUL byte`);
  };
}

/** Deliberately wrong: the prefix check without the separator, so `/…/pack-evil` passes as inside `/…/pack`. */
function brokenResolveInside(base: string, relative: string): string {
  if (relative.includes('\0') || path.isAbsolute(relative)) throw new Error('refused');
  const full = path.resolve(base, relative);
  if (!full.startsWith(base)) throw new Error('refused: it leaves the root');
  return full;
}

/** Export names come from the report's file name (serve: the browser's upload name): they must name a file in the folder. */
const fileNames = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.tuple(fc.array(segment, { maxLength: 5 }), fc.constantFrom('.docx', '.txt', '', '.', '..')).map(([parts, ext]) => parts.join('/') + ext));

export const properties: Record<string, FuzzProperty> = {
  'projectLocations: autosaves stay in the user data folder or beside the report, never on it': fuzz(
    // A report path names a file: a non-empty last part that is not "." or "..".
    fc.tuple(fileNames, fc.option(fc.tuple(fileNames, fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !/[/\\\0]/.test(n) && n !== '.' && n !== '..')).map(([dir, name]) => path.join('/home/user/reports', dir, name)), { nil: null }), fc.boolean()),
    ([reportName, reportPath, isSample]) => {
      const userData = '/home/user/.config/huibao';
      const where = projectLocations(userData, { reportName, reportPath, isSample });
      if (path.dirname(where.fallback) !== path.join(userData, 'projects')) throw new Error(`${JSON.stringify(reportName)}: autosave at ${where.fallback}`);
      if (where.beside !== null && (reportPath === null || path.resolve(where.beside) === path.resolve(reportPath) || path.dirname(path.resolve(where.beside)) !== path.dirname(path.resolve(reportPath)))) {
        throw new Error(`${JSON.stringify(reportPath)}: autosave beside the report at ${where.beside}`);
      }
    },
  ),
  'suggestedName: any report name gives a plain file name inside the output folder': fuzz(
    fc.tuple(fileNames, fc.constantFrom('pptx' as const, 'summary-pdf' as const, 'handout-pdf' as const), fc.constantFrom('zh-CN' as const, 'en' as const)),
    ([name, kind, locale]) => {
      const file = suggestedName({ name }, kind, locale);
      if (/[/\\\0]/.test(file) || file === '.' || file === '..' || file.trim() !== file || file.length === 0) throw new Error(`${JSON.stringify(name)} gave the file name ${JSON.stringify(file)}`);
      if (path.dirname(path.join(root, file)) !== root) throw new Error(`${JSON.stringify(file)} does not name a file directly in the output folder`);
    },
  ),
  'resolveInside: any path is refused or lands inside the root': fuzz(relativePath, staysInside(resolveInside)),
  'broken: resolveInside with the prefix bug': fuzz(relativePath, staysInside(brokenResolveInside)),
};
