/** A pack held as files, as the template editor shows it: simple fields, texts, images as data URLs, contrast. */
import type { TemplateSourceView } from '../contract.js';
import { COLOR_NAMES, type ColorName } from '../engine/template/manifest-schema.js';
import { TEXT_DIR, TEXT_EXTENSION } from '../engine/template/text-names.js';
import { FOOTER_TEXT, fileText, literalTextOf, organizationOf, packContrastWarnings, packTextNames, readManifest, type PackFiles } from '../engine/template-library/index.js';

export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly modified: boolean;
}

const textPath = (name: string): string => `${TEXT_DIR}/${name}${TEXT_EXTENSION}`;

export function templateSourceView(files: PackFiles, label: string, source: 'built-in' | 'user', history: HistoryState): TemplateSourceView {
  const manifest = readManifest(files, label);
  const colors = Object.fromEntries(COLOR_NAMES.map((name) => [name, manifest.colors[name]])) as Record<ColorName, string>;
  const texts = packTextNames(files).map((text) => ({ ...text, source: fileText(files, textPath(text.name)) ?? '' }));
  const footer = fileText(files, textPath(FOOTER_TEXT));
  const backgrounds = manifest.assets.backgrounds;
  const image = (path: string | undefined): string | null => (path === undefined ? null : dataUrl(files.get(path)));
  return {
    id: manifest.id,
    name: manifest.name,
    source,
    colors,
    fonts: { latin: manifest.fonts.latin, eastAsian: manifest.fonts.eastAsian },
    footerText: footer === undefined ? '' : (literalTextOf(footer) ?? null),
    organization: texts.map((text) => organizationOf(text.source)).find((name) => name !== undefined) ?? '',
    kpiTiles: manifest.kpi.tiles,
    chartEnabled: manifest.chart.enabled,
    texts,
    images: {
      logo: image(manifest.assets.logo?.path),
      titleBackground: image(backgrounds.title),
      contentBackground: image(backgrounds.content),
      closingBackground: image(backgrounds.closing),
    },
    contrast: packContrastWarnings(manifest).map(({ where, foreground, background, ratio, required }) => ({ where, foreground, background, ratio, required })),
    ...history,
  };
}

/** PNG or JPEG by their first bytes (the pack check has already refused anything else). */
function dataUrl(bytes: Uint8Array | undefined): string | null {
  if (!bytes || bytes.length < 4) return null;
  const mime = bytes[0] === 0x89 && bytes[1] === 0x50 ? 'image/png' : 'image/jpeg';
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}
