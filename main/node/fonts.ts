/**
 * The bundled CJK font (Noto Sans SC, SIL OFL, from @expo-google-fonts/noto-sans-sc) as bytes, for the PDFs to embed.
 * Read once per process (each weight is ~10 MB), with the OpenType layout tables dropped from the directory as read:
 * the PDFs never use them (see engine/write/pdf/font-without-shaping.ts) and doing it here spares a copy. Layout
 * measures with the generated table (engine/layout/bundled-metrics.ts) and reads no font file.
 */
import { readFile } from 'node:fs/promises';
import { dropShapingTables } from '../engine/write/pdf/font-without-shaping.js';
import { packageFile } from './paths.js';

export interface BundledFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export const bundledFontFiles = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let loading: Promise<BundledFonts> | undefined;

export function loadBundledFonts(): Promise<BundledFonts> {
  loading ??= readBoth().catch((error: unknown) => {
    // A failed read (e.g. a broken install) must not stay cached: the next call tries again.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function readBoth(): Promise<BundledFonts> {
  const [regular, bold] = await Promise.all([readFont(bundledFontFiles.regular), readFont(bundledFontFiles.bold)]);
  return { regular, bold };
}

async function readFont(specifier: string): Promise<Uint8Array> {
  const file = packageFile(specifier);
  try {
    const bytes = await readFile(file);
    return dropShapingTables(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new Error(`cannot read the bundled font ${file}: reinstall Huibao (npm ci) to restore it`, { cause: error });
  }
}
