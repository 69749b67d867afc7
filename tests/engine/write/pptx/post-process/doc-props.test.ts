import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../../../../../main/engine/deck/model.js';
import type { FontMetrics } from '../../../../../main/engine/layout/font-metrics.js';
import { writePptx } from '../../../../../main/engine/write/pptx/index.js';
import { setAppProperties } from '../../../../../main/engine/write/pptx/post-process/doc-props.js';
import { bundledMetrics } from '../../../../support/bundled-metrics.js';
import { readPackage, type PackageParts } from '../package-parts.js';
import { fittedText, sampleDeck, titleSlide } from '../sample-decks.js';
import { checkWellFormed } from '../xml-pretty.js';

/** What pptxgenjs 4.0.1 writes as docProps/app.xml for a two-slide deck. */
const PPTXGENJS_APP = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
	<TotalTime>0</TotalTime>
	<Words>0</Words>
	<Application>Microsoft Office PowerPoint</Application>
	<PresentationFormat>On-screen Show (16:9)</PresentationFormat>
	<Paragraphs>0</Paragraphs>
	<Slides>2</Slides>
	<Notes>2</Notes>
	<HiddenSlides>0</HiddenSlides>
	<MMClips>0</MMClips>
	<ScaleCrop>false</ScaleCrop>
	<HeadingPairs>
		<vt:vector size="6" baseType="variant">
			<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant>
			<vt:variant><vt:i4>2</vt:i4></vt:variant>
			<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant>
			<vt:variant><vt:i4>1</vt:i4></vt:variant>
			<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>
			<vt:variant><vt:i4>2</vt:i4></vt:variant>
		</vt:vector>
	</HeadingPairs>
	<TitlesOfParts>
		<vt:vector size="5" baseType="lpstr">
			<vt:lpstr>Arial</vt:lpstr>
			<vt:lpstr>Calibri</vt:lpstr>
			<vt:lpstr>Office Theme</vt:lpstr>
			<vt:lpstr>Slide 1</vt:lpstr><vt:lpstr>Slide 2</vt:lpstr>
		</vt:vector>
	</TitlesOfParts>
	<Company></Company>
	<LinksUpToDate>false</LinksUpToDate>
	<SharedDoc>false</SharedDoc>
	<HyperlinksChanged>false</HyperlinksChanged>
	<AppVersion>16.0000</AppVersion>
	</Properties>`;

const theme: Deck['theme'] = { name: '政务蓝', colors: { primary: '1F4E99', primaryDark: '12336B', accent: 'D4A23A', background: 'FFFFFF', surface: 'F1F5FB', text: '1F2937', muted: '5B6676', chart: ['1F4E99'] } };

let metrics: FontMetrics;
beforeAll(async () => {
  metrics = await bundledMetrics();
});

const untitled = (): Slide => ({ kind: 'closing', id: 'closing', background: 'FFFFFF', notes: '', elements: [] });
const deckOf = (slides: readonly Slide[], changes: Partial<Deck> = {}): Deck => ({ ...sampleDeck(metrics, slides), fonts: { latin: 'Microsoft YaHei', eastAsian: '微软雅黑' }, theme, ...changes });
const lpstrs = (xml: string, element: string): string[] => [...(xml.match(new RegExp(`<${element}>[\\s\\S]*?</${element}>`))?.[0] ?? '').matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map(([, text]) => text ?? '');

describe('setAppProperties', () => {
  it('names Huibao, drops PowerPoint’s version and the zero counts, and keeps the rest', () => {
    const app = setAppProperties(PPTXGENJS_APP, deckOf([titleSlide(metrics), untitled()]));
    checkWellFormed(app, 'app.xml');
    expect(app).toContain('<Application>Huibao</Application>');
    expect(app).not.toMatch(/PowerPoint|AppVersion|<Words>|<Paragraphs>/);
    expect(app).toContain('<Slides>2</Slides>');
    expect(app).toContain('<TotalTime>0</TotalTime>');
    expect(app).toContain('<Company></Company>');
  });

  it('lists the deck’s faces, its theme and its slide titles, with counts that add up', () => {
    const app = setAppProperties(PPTXGENJS_APP, deckOf([titleSlide(metrics), untitled()]));
    expect(lpstrs(app, 'TitlesOfParts')).toEqual(['Microsoft YaHei', '微软雅黑', '政务蓝', '白杨坝村2023年1-9月工作汇报', 'Slide 2']);
    expect(lpstrs(app, 'HeadingPairs')).toEqual(['Fonts Used', 'Theme', 'Slide Titles']);
    expect([...app.matchAll(/<vt:i4>(\d+)<\/vt:i4>/g)].map(([, count]) => Number(count))).toEqual([2, 1, 2]);
    expect(app).toContain('<vt:vector size="5" baseType="lpstr">');
  });

  it('lists a face once when latin and East Asian are the same, Arial only when bullets draw in it, Office’s theme without a pack', () => {
    const plain = setAppProperties(PPTXGENJS_APP, { ...sampleDeck(metrics, [titleSlide(metrics)]), fonts: { latin: '微软雅黑', eastAsian: '微软雅黑' } });
    expect(lpstrs(plain, 'TitlesOfParts').slice(0, 2)).toEqual(['微软雅黑', 'Office Theme']);
    const bullets = setAppProperties(PPTXGENJS_APP, sampleDeck(metrics));
    expect(lpstrs(bullets, 'TitlesOfParts').slice(0, 2)).toEqual(['微软雅黑', 'Arial']);
  });

  it('escapes titles and joins a title broken over lines', () => {
    const title = fittedText(metrics, { id: 'title', role: 'title', box: { x: 0.5, y: 0.5, w: 1.2, h: 3 }, text: 'R&D <投入>持续增长加快', maxPt: 28, minPt: 28 });
    expect(title.paragraphs[0]?.lines.length).toBeGreaterThan(1);
    const app = setAppProperties(PPTXGENJS_APP, deckOf([{ ...untitled(), elements: [title] }, untitled()]));
    checkWellFormed(app, 'app.xml');
    expect(app).toContain('<vt:lpstr>R&amp;D &lt;投入&gt;持续增长加快</vt:lpstr>');
  });

  it('names PowerPoint’s standard slide sizes and calls others custom', () => {
    const format = (w: number, h: number): string | undefined => setAppProperties(PPTXGENJS_APP, deckOf([], { size: { w, h } })).match(/<PresentationFormat>([^<]*)</)?.[1];
    expect(format(13.333, 7.5)).toBe('Widescreen');
    expect(format(10, 7.5)).toBe('On-screen Show (4:3)');
    expect(format(10, 5.625)).toBe('On-screen Show (16:9)');
    expect(format(11.69, 8.27)).toBe('Custom');
  });
});

describe('a written deck’s app.xml', () => {
  let pptx: PackageParts;
  beforeAll(async () => {
    pptx = await readPackage(await writePptx(deckOf(sampleDeck(metrics).slides)));
  });

  it('lists every face the slides, charts and notes are written in', () => {
    const listed = new Set(lpstrs(pptx.text('docProps/app.xml'), 'TitlesOfParts'));
    const parts = pptx.matching(/^ppt\/(slides\/slide|charts\/chart|notesSlides\/notesSlide)\d+\.xml$/);
    const faces = new Set(parts.flatMap((part) => [...pptx.text(part).matchAll(/typeface="([^"+][^"]*)"/g)].map(([, face]) => face)));
    expect(faces.size).toBeGreaterThan(1);
    for (const face of faces) expect(listed, face).toContain(face);
  });

  it('is well-formed and names the pack’s theme', () => {
    const app = pptx.text('docProps/app.xml');
    checkWellFormed(app, 'docProps/app.xml');
    expect(lpstrs(app, 'TitlesOfParts')).toContain('政务蓝');
    expect(app).toContain('<Application>Huibao</Application>');
  });
});
