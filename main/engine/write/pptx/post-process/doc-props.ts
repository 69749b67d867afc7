/**
 * Document properties. core.xml: pptxgenjs writes "PptxGenJS Presentation" as the subject; say the deck's language
 * instead; and the build's date rather than the moment pptxgenjs ran, so a fixed date (SOURCE_DATE_EPOCH in the CLI)
 * gives the same bytes. app.xml: pptxgenjs writes PowerPoint's name and version, a 16:9 on-screen format whatever the size,
 * zero words and paragraphs, Arial and Calibri as the fonts used, "Office Theme" and "Slide 1…N" as the parts.
 * File managers and document systems show these, so they say what Huibao made.
 */
import type { Deck } from '../../../deck/model.js';
import { xmlSafeText } from '../sanitize-text.js';
import { escapeXml } from '../xml.js';

export function setCoreProperties(xml: string, deck: Deck, createdAt: Date): string {
  return withCreatedDate(xml.replace(/<dc:subject>[^<]*<\/dc:subject>/, `<dc:language>${deck.lang}</dc:language>`), createdAt);
}

/** A core.xml (the deck's, or an embedded workbook's) with `date` as its created and modified dates. */
export function withCreatedDate(coreXml: string, date: Date): string {
  // W3CDTF in whole seconds, as PowerPoint writes it.
  const w3c = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return coreXml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${w3c}$3`);
}

/** text-body.ts draws bullet glyphs in this face, so a deck with bullets uses it too. */
const BULLET_FACE = 'Arial';
/** The theme pptxgenjs writes, which a Deck without a theme of its own keeps (theme.ts). */
const OFFICE_THEME = 'Office Theme';

export function setAppProperties(xml: string, deck: Deck): string {
  const fonts = fontsUsed(deck);
  const titles = deck.slides.map((slide, index) => slideTitle(slide) || `Slide ${index + 1}`);
  const parts = [...fonts, deck.theme?.name ?? OFFICE_THEME, ...titles];
  const lpstr = (text: string): string => `<vt:lpstr>${escapeXml(xmlSafeText(text))}</vt:lpstr>`;
  const counted = (label: string, count: number): string => `<vt:variant>${lpstr(label)}</vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant>`;
  const headings = `<HeadingPairs><vt:vector size="6" baseType="variant">${counted('Fonts Used', fonts.length)}${counted('Theme', 1)}${counted('Slide Titles', titles.length)}</vt:vector></HeadingPairs>`;
  const titlesOfParts = `<TitlesOfParts><vt:vector size="${parts.length}" baseType="lpstr">${parts.map(lpstr).join('')}</vt:vector></TitlesOfParts>`;
  return (
    xml
      .replace(/<Application>[^<]*<\/Application>/, '<Application>Huibao</Application>')
      // AppVersion is PowerPoint's (16.0000); Huibao does not count words or paragraphs, and a zero would be false.
      .replace(/\s*<(AppVersion|Words|Paragraphs)>[^<]*<\/\1>/g, '')
      .replace(/<PresentationFormat>[^<]*<\/PresentationFormat>/, `<PresentationFormat>${presentationFormat(deck.size)}</PresentationFormat>`)
      .replace(/<HeadingPairs>[\s\S]*?<\/HeadingPairs>/, headings)
      .replace(/<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/, titlesOfParts)
  );
}

/** The faces the deck's text is written in (run-fonts.ts): its latin and East Asian faces, and the bullet face. */
function fontsUsed(deck: Deck): string[] {
  const bullets = deck.slides.some((slide) => slide.elements.some((element) => element.type === 'text' && element.paragraphs.some((paragraph) => paragraph.bullet)));
  return [...new Set([deck.fonts.latin, deck.fonts.eastAsian, ...(bullets ? [BULLET_FACE] : [])])];
}

/** Han characters and CJK or full-width punctuation: Chinese lines break between them without a space. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/**
 * The text of the slide's first title element (the one slides.ts makes the title placeholder), its lines joined
 * back: the planner drops the space a latin line broke at, so one goes back between two latin ends.
 */
function slideTitle(slide: Deck['slides'][number]): string {
  const title = slide.elements.find((element) => element.type === 'text' && element.role === 'title');
  if (title?.type !== 'text') return '';
  const lines = title.paragraphs.flatMap((paragraph) => paragraph.lines.map((line) => line.map((run) => run.text).join('').trim()));
  return lines
    .filter((line) => line !== '')
    .reduce((joined, line) => (joined === '' || CJK.test(joined.slice(-1)) || CJK.test(line[0] ?? '') ? joined + line : `${joined} ${line}`), '')
    .replace(/\s+/g, ' ');
}

/** The names PowerPoint gives its standard slide sizes (inches); any other size is "Custom". */
const FORMATS: readonly { readonly w: number; readonly h: number; readonly name: string }[] = [
  { w: 13.333, h: 7.5, name: 'Widescreen' },
  { w: 10, h: 7.5, name: 'On-screen Show (4:3)' },
  { w: 10, h: 5.625, name: 'On-screen Show (16:9)' },
  { w: 10, h: 6.25, name: 'On-screen Show (16:10)' },
];

function presentationFormat(size: Deck['size']): string {
  const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.01;
  return FORMATS.find((format) => near(format.w, size.w) && near(format.h, size.h))?.name ?? 'Custom';
}
