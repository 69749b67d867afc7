/**
 * The theme of an office's own PowerPoint file (.pptx, or a .potx template): its twelve theme colours and its
 * heading and body fonts, latin and East Asian. The theme part is the one the presentation points to
 * (ppt/_rels/presentation.xml.rels), usually ppt/theme/theme1.xml. The file is read with the same hostile-archive
 * reader as packs, inflating nothing but the two small parts needed.
 */
import { InputError } from '../errors.js';
import { rgbToHex } from './color-math.js';
import { child, descendant, parseXml, type XmlElement } from './xml-elements.js';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader.js';

export const THEME_COLOR_NAMES = ['dk1', 'lt1', 'dk2', 'lt2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6'] as const;
export type ThemeColorName = (typeof THEME_COLOR_NAMES)[number];

export interface ThemeFonts {
  readonly latin: string;
  /** The East Asian face: `<a:ea>`, or when that is empty the Simplified Chinese script font (`<a:font script="Hans">`). */
  readonly eastAsian?: string;
}

export interface OfficeTheme {
  /** The theme's name, e.g. "Office Theme" or "县委办公室模板". */
  readonly name: string;
  readonly colors: Readonly<Record<ThemeColorName, string>>;
  /** Headings (major) and body text (minor). */
  readonly fonts: { readonly major: ThemeFonts; readonly minor: ThemeFonts };
}

export const MAX_OFFICE_FILE_BYTES = 200 * 1024 * 1024;
const MAX_OFFICE_ENTRIES = 50_000;
const MAX_PART_BYTES = 5 * 1024 * 1024;
const PRESENTATION_RELS = 'ppt/_rels/presentation.xml.rels';
const THEME_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme';

export async function themeFromPptx(bytes: Uint8Array, label: string): Promise<OfficeTheme> {
  if (bytes.length > MAX_OFFICE_FILE_BYTES) throw new InputError({ file: label, message: `is larger than ${MAX_OFFICE_FILE_BYTES / 1048576} MB`, hint: 'Save a copy without its media (only the theme is read)' });
  const entries = new Map(readZipDirectory(bytes, label, MAX_OFFICE_ENTRIES).map((entry) => [entry.name, entry]));
  if (!entries.has('ppt/presentation.xml')) throw notPowerPoint(label);
  const read = async (entry: ZipEntry): Promise<string> => new TextDecoder('utf-8').decode(await readZipEntry(bytes, entry, label, MAX_PART_BYTES));
  const rels = entries.get(PRESENTATION_RELS);
  const target = rels ? themeTarget(await read(rels)) : undefined;
  const entry = entries.get(target ?? 'ppt/theme/theme1.xml') ?? entries.get('ppt/theme/theme1.xml');
  if (!entry) throw new InputError({ file: label, message: 'has no theme (ppt/theme/theme1.xml)', hint: 'Save it again from PowerPoint or WPS, then import it' });
  return parseTheme(await read(entry), `${label}/${entry.name}`);
}

const notPowerPoint = (label: string): InputError => new InputError({ file: label, message: 'is not a PowerPoint presentation or template', hint: 'Give a .pptx or .potx file' });

/** The theme part the presentation's relationships name, as a path in the package (targets are relative to ppt/). */
function themeTarget(xml: string): string | undefined {
  const relation = parseXml(xml)?.children.find((element) => element.name === 'Relationship' && element.attributes.get('Type') === THEME_RELATIONSHIP);
  const target = relation?.attributes.get('Target');
  if (!target) return undefined;
  const parts: string[] = target.startsWith('/') ? [] : ['ppt'];
  for (const part of target.replace(/^\//, '').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export function parseTheme(xml: string, file: string): OfficeTheme {
  const theme = parseXml(xml);
  const scheme = descendant(theme, 'clrScheme');
  const fontScheme = descendant(theme, 'fontScheme');
  if (!theme || theme.name !== 'theme' || !scheme || !fontScheme) throw new InputError({ file, message: 'is not an Office theme (no colour or font scheme)' });
  const colors = Object.fromEntries(THEME_COLOR_NAMES.map((name) => [name, schemeColor(child(scheme, name), name, file)])) as Record<ThemeColorName, string>;
  const name = theme.attributes.get('name') || scheme.attributes.get('name') || 'PowerPoint';
  return { name, colors, fonts: { major: fontsOf(child(fontScheme, 'majorFont'), 'majorFont', file), minor: fontsOf(child(fontScheme, 'minorFont'), 'minorFont', file) } };
}

/** `<a:srgbClr val>`, a system colour's last value, or scRGB (linear, in thousandths of a percent). */
function schemeColor(slot: XmlElement | undefined, name: string, file: string): string {
  const value = slot?.children[0];
  const hex = (text: string | undefined): string | undefined => (text && /^[0-9a-fA-F]{6}$/.test(text) ? text.toUpperCase() : undefined);
  let found: string | undefined;
  if (value?.name === 'srgbClr') found = hex(value.attributes.get('val'));
  if (value?.name === 'sysClr') found = hex(value.attributes.get('lastClr')) ?? { windowText: '000000', window: 'FFFFFF' }[value.attributes.get('val') ?? ''];
  if (value?.name === 'scrgbClr') found = scrgb(value);
  if (!found) throw new InputError({ file, message: 'has a theme colour Huibao cannot read', problems: [{ where: name, message: `expected <a:srgbClr>, <a:sysClr> or <a:scrgbClr>, found ${value ? `<a:${value.name}>` : 'nothing'}` }] });
  return found;
}

function scrgb(element: XmlElement): string | undefined {
  const channels = ['r', 'g', 'b'].map((key) => Number(element.attributes.get(key)) / 100000);
  if (channels.some((c) => !Number.isFinite(c))) return undefined;
  const gamma = (c: number): number => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
  return rgbToHex(channels.map(gamma) as unknown as [number, number, number]);
}

function fontsOf(collection: XmlElement | undefined, name: string, file: string): ThemeFonts {
  const latin = child(collection, 'latin')?.attributes.get('typeface')?.trim();
  if (!latin) throw new InputError({ file, message: 'has no latin font in its theme', problems: [{ where: name, message: 'missing <a:latin typeface>' }] });
  const ea = child(collection, 'ea')?.attributes.get('typeface')?.trim();
  const hans = collection?.children.find((element) => element.name === 'font' && element.attributes.get('script') === 'Hans')?.attributes.get('typeface')?.trim();
  const eastAsian = ea || hans;
  return { latin, ...(eastAsian ? { eastAsian } : {}) };
}
