/**
 * The JSZip pass over pptxgenjs's package: puts Huibao's exact text bodies in, completes fonts and lang, repairs
 * what makes PowerPoint "repair" a pptxgenjs deck (see stack-notes), and writes the archive with DEFLATE.
 */
import type JSZip from 'jszip';
import type { Deck } from '../../../deck/model.js';
import type { RunStyle } from '../run-fonts.js';
import type { TextBodies } from '../text-bodies.js';
import { completeBackgrounds } from './backgrounds.js';
import { dropStraySeriesAxis, setChartLanguage } from './charts.js';
import { fixContentTypes } from './content-types.js';
import { chartRenumbering, NAMES_CHART_PARTS } from './chart-numbers.js';
import { setAppProperties, setCoreProperties } from './doc-props.js';
import { partBytes, partText } from './package-content.js';
import { placePictures } from './pictures.js';
import { markTitlePlaceholders } from './placeholders.js';
import type { PictureBytes } from '../pictures.js';
import { normalizeRunProperties } from './run-properties.js';
import { addMissingTextBodies, explicitNoOutline } from './shapes.js';
import { replaceMarkedBodies } from './text-bodies.js';
import { setThemeColors, setThemeFonts } from './theme.js';
import { writeZip, type ZipInput } from '../zip-writer.js';

export interface PostProcessContext {
  readonly deck: Deck;
  readonly style: RunStyle;
  readonly bodies: TextBodies;
  readonly pictures: PictureBytes;
  /** The deck's creation (and modification) date in docProps/core.xml. */
  readonly createdAt: Date;
}

type Edit = (xml: string, part: string) => string;

/** Edits pptxgenjs's package (as it built it, see capture-package.ts) and writes it out. */
export async function postProcess(zip: JSZip, context: PostProcessContext): Promise<Uint8Array> {
  const { style, bodies, deck } = context;
  await placePictures(zip, context.pictures);
  const runs: Edit = (xml, part) => normalizeRunProperties(xml, style, part);
  await edit(zip, /^ppt\/slides\/slide\d+\.xml$/, (xml, part) => runs(completeBackgrounds(explicitNoOutline(addMissingTextBodies(replaceMarkedBodies(markTitlePlaceholders(xml, bodies), bodies, part), style))), part));
  await edit(zip, /^ppt\/(slideMasters\/slideMaster|slideLayouts\/slideLayout)\d+\.xml$/, (xml) => completeBackgrounds(explicitNoOutline(addMissingTextBodies(xml, style))));
  await edit(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/, (xml, part) => runs(replaceMarkedBodies(xml, bodies, part), part));
  await edit(zip, /^ppt\/charts\/chart\d+\.xml$/, (xml, part) => runs(setChartLanguage(dropStraySeriesAxis(xml), deck.lang), part));
  await edit(zip, /^ppt\/theme\/theme\d+\.xml$/, (xml) => setThemeColors(setThemeFonts(xml, style.fonts), deck.theme));
  await edit(zip, /^docProps\/core\.xml$/, (xml) => setCoreProperties(xml, deck, context.createdAt));
  await edit(zip, /^docProps\/app\.xml$/, (xml) => setAppProperties(xml, deck));
  await edit(zip, /^\[Content_Types\]\.xml$/, (xml) => fixContentTypes(xml, (path) => zip.file(path) !== null));
  // Last: the edits above look parts up by the names pptxgenjs gave them.
  const renumber = chartRenumbering(Object.keys(zip.files));
  if (renumber) await edit(zip, NAMES_CHART_PARTS, renumber);
  return writeZip(await orderedParts(zip, renumber ?? ((name) => name)));
}

/**
 * The parts with [Content_Types].xml first (some OPC readers look for it there) and without pptxgenjs's folder
 * entries, which are not parts of the package.
 */
async function orderedParts(zip: JSZip, rename: (name: string) => string): Promise<ZipInput[]> {
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const ordered = ['[Content_Types].xml', ...names.filter((name) => name !== '[Content_Types].xml')];
  const parts: ZipInput[] = [];
  for (const name of ordered) {
    const file = zip.file(name);
    if (file) parts.push({ name: rename(name), data: await partBytes(file) });
  }
  return parts;
}

async function edit(zip: JSZip, parts: RegExp, change: Edit): Promise<void> {
  const names = Object.keys(zip.files).filter((name) => parts.test(name));
  for (const name of names) {
    const file = zip.file(name);
    if (file) zip.file(name, change(await partText(file), name));
  }
}
