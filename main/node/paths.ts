/**
 * Where Huibao's own files are at run time: the repo in development and tests, next to dist/ for the npm CLI,
 * and `resources/` inside a packaged Electron app (electron-builder's extraResources).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type ResourceKind = 'templates' | 'samples' | 'schema';

/** Folder of this module; the esbuild bundles define import.meta.url (see scripts/build-node.mjs). */
const here = path.dirname(fileURLToPath(import.meta.url));

let cachedRoot: string | undefined;

/** The folder holding Huibao's package.json. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  for (let dir = here; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'huibao') return (cachedRoot = dir);
    if (path.dirname(dir) === dir) throw new Error(`cannot find Huibao's package.json above ${here}`);
  }
}

const inRepo: Record<ResourceKind, string> = { templates: 'templates', samples: 'assets/samples', schema: 'assets/schema' };

/** A bundled resource folder; in a packaged app it lives in process.resourcesPath. */
export function resourceDir(kind: ResourceKind): string {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) {
    const packaged = path.join(resources, kind);
    if (existsSync(packaged)) return packaged;
  }
  return path.join(packageRoot(), inRepo[kind]);
}

/** Resolve a file inside an installed npm package, unpacked from the asar archive when packaged. */
export function packageFile(specifier: string): string {
  const resolved = createRequire(import.meta.url).resolve(specifier);
  return resolved.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
}
