/** Real PowerPoint packages for the theme tests: a deck made by pptxgenjs, with an office's theme put in its place. */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { loadPptxGenJS } from '../../../../main/engine/write/pptx/pptxgenjs.js';

export const COUNTY_THEME = readFileSync(new URL('../fixtures/county-theme.xml', import.meta.url), 'utf8');

const PRESENTATION = 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml';
const TEMPLATE = 'application/vnd.openxmlformats-officedocument.presentationml.template.main+xml';

export interface OfficeFileOptions {
  /** A .potx: the package declares a template instead of a presentation. */
  readonly template?: boolean;
  /** Where the theme part lives; the presentation's relationship is pointed at it. */
  readonly themePart?: string;
}

export async function officeFile(themeXml: string, options: OfficeFileOptions = {}): Promise<Uint8Array> {
  const PptxGenJS = await loadPptxGenJS();
  const deck = new PptxGenJS();
  deck.addSlide().addText('县委办公室工作汇报', { x: 1, y: 1, w: 8, h: 1 });
  const zip = await JSZip.loadAsync((await deck.write({ outputType: 'uint8array' })) as Uint8Array);
  const part = options.themePart ?? 'ppt/theme/theme1.xml';
  if (part !== 'ppt/theme/theme1.xml') {
    zip.remove('ppt/theme/theme1.xml');
    const rels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string');
    zip.file('ppt/_rels/presentation.xml.rels', rels.replace('Target="theme/theme1.xml"', `Target="${part.replace(/^ppt\//, '')}"`));
  }
  zip.file(part, themeXml);
  if (options.template) {
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace(PRESENTATION, TEMPLATE));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
