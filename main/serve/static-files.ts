/**
 * Serving the built studio (renderer/dist) and the bundled fonts, for both `huibao serve` and Electron's huibao://
 * protocol: map a URL path to a file inside the allowed folder (never outside it), with its MIME type.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { resolveInside } from '../cli/node-ports.js';
import { bundledFontFiles } from '../node/fonts.js';
import { packageFile, packageRoot } from '../node/paths.js';

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function mimeType(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The built renderer: renderer/dist beside package.json (inside app.asar when packaged). */
export function rendererDir(): string {
  return path.join(packageRoot(), 'renderer', 'dist');
}

/** The preview draws with the same font the layout measured: served at these paths to the page. */
export const FONT_ROUTES: Readonly<Record<string, string>> = {
  '/fonts/noto-sans-sc-400.ttf': bundledFontFiles.regular,
  '/fonts/noto-sans-sc-700.ttf': bundledFontFiles.bold,
};

export interface StaticFile {
  readonly file: string;
  readonly type: string;
}

/**
 * The file for a URL path, or null when there is none (or it would leave the folder).
 * `/` is index.html; `/fonts/…` are the bundled fonts; everything else comes from `root`.
 */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const font = FONT_ROUTES[decoded];
  if (font) return { file: packageFile(font), type: mimeType(font) };
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  let file: string;
  try {
    file = resolveInside(root, relative);
  } catch {
    return null;
  }
  try {
    if (!(await fs.stat(file)).isFile()) return null;
  } catch {
    return null;
  }
  return { file, type: mimeType(file) };
}
