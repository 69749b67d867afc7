/**
 * Reading PDFs back in tests with poppler (pdftotext, pdffonts, pdfinfo, pdftohtml for the outline): what a reader's
 * viewer would show. Each helper writes the bytes to a temporary file once per call.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findPdffonts, findPdftotext, findProgram } from '../../../../support/system-programs.js';

export const pdftotext = findPdftotext();
export const pdffonts = findPdffonts();
export const pdfinfo = findProgram('pdfinfo', 'poppler-utils');
export const pdftohtml = findProgram('pdftohtml', 'poppler-utils');
export const pdfimages = findProgram('pdfimages', 'poppler-utils');
export const havePoppler = Boolean(pdftotext && pdffonts && pdfinfo && pdftohtml && pdfimages);

function withFile<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  try {
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(program: string | undefined, args: string[]): string {
  if (!program) throw new Error('poppler-utils is not installed');
  const result = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${program} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * The text of the whole document, or of one page (1-based). `raw` keeps the order the PDF draws it in, instead of
 * poppler's reading order (which splits a wide line whose words are far apart into columns).
 */
export function pdfText(bytes: Uint8Array, page?: number, raw = false): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withFile(bytes, (file) => run(pdftotext, ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), ...range, file, '-']));
}

/** Text with all whitespace removed, so a phrase split over lines or table cells' spacing still matches. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

export interface PdfInfo {
  readonly pages: number;
  readonly width: number;
  readonly height: number;
  readonly title: string;
}

export function pdfInfo(bytes: Uint8Array): PdfInfo {
  const out = withFile(bytes, (file) => run(pdfinfo, ['-enc', 'UTF-8', file]));
  const field = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
  const size = /([\d.]+) x ([\d.]+) pts/.exec(field('Page size'));
  return { pages: Number(field('Pages')), width: Number(size?.[1]), height: Number(size?.[2]), title: field('Title') };
}

export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const lines = withFile(bytes, (file) => run(pdffonts, [file])).split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    // name, type (may be two words), encoding, emb, sub, uni, object, ID
    const [emb, sub, uni] = cells.slice(-5, -2);
    return { name: cells[0] ?? '', type: cells.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
  });
}

export interface OutlineItem {
  readonly page: number;
  readonly title: string;
}

/** Top-level and nested bookmarks in document order (pdftohtml lists them as <item page="N">title</item>). */
export function pdfOutline(bytes: Uint8Array): OutlineItem[] {
  const xml = withFile(bytes, (file) => run(pdftohtml, ['-xml', '-i', '-q', '-stdout', file]));
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((match) => ({ page: Number(match[1]), title: decodeXml(match[2] ?? '') }));
}

const decodeXml = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export interface PdfImage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
}

/** The pictures drawn, page by page, at their pixel size (pdfimages -list; soft masks left out). */
export function pdfImages(bytes: Uint8Array): PdfImage[] {
  const rows = withFile(bytes, (file) => run(pdfimages, ['-list', file])).split('\n').slice(2).filter((line) => line.trim() !== '');
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter((cells) => cells[2] === 'image')
    .map((cells) => ({ page: Number(cells[0]), width: Number(cells[3]), height: Number(cells[4]) }));
}
