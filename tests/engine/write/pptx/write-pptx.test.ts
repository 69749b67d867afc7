import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck, Slide, TextElement } from '../../../../main/engine/deck/model.js';
import type { FontMetrics } from '../../../../main/engine/layout/font-metrics.js';
import { writePptx } from '../../../../main/engine/write/pptx/index.js';
import { bundledMetrics } from '../../../support/bundled-metrics.js';
import { readPackage, zipEntries, type PackageParts } from './package-parts.js';
import { chartElement, sampleDeck } from './sample-decks.js';
import { checkWellFormed } from './xml-pretty.js';

let metrics: FontMetrics;
let deck: Deck;
let bytes: Uint8Array;
let pptx: PackageParts;

beforeAll(async () => {
  metrics = await bundledMetrics();
  deck = sampleDeck(metrics);
  bytes = await writePptx(deck);
  pptx = await readPackage(bytes);
});

const slideXml = (n: number): string => pptx.text(`ppt/slides/slide${n}.xml`);
const textParts = (): string[] => pptx.matching(/^ppt\/(slides\/slide|charts\/chart|notesSlides\/notesSlide)\d+\.xml$/);
const all = (xml: string, pattern: RegExp): string[] => xml.match(pattern) ?? [];

describe('writePptx: the package', () => {
  it('has one slide, one notes page per Deck slide, and only well-formed XML parts', () => {
    expect(pptx.matching(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(deck.slides.length);
    expect(pptx.matching(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).toHaveLength(deck.slides.length);
    for (const name of pptx.names.filter((part) => /\.(xml|rels)$/.test(part))) checkWellFormed(pptx.text(name), name);
  });

  it('is compressed with DEFLATE (parts under 256 bytes are stored: compressing them saves next to nothing)', () => {
    const xmlEntries = zipEntries(bytes).filter((entry) => entry.name.endsWith('.xml'));
    expect(xmlEntries.length).toBeGreaterThan(10);
    for (const entry of xmlEntries) expect(entry.method, entry.name).toBe(entry.size < 256 ? 0 : 8);
    expect(xmlEntries.filter((entry) => entry.method === 8).length).toBeGreaterThan(10);
    expect(zipEntries(bytes)[0]?.name).toBe('[Content_Types].xml');
    expect(zipEntries(bytes).filter((entry) => entry.name.endsWith('/'))).toEqual([]);
  });

  it('sets the slide size from deck.size', () => {
    const size = pptx.text('ppt/presentation.xml').match(/<p:sldSz cx="(\d+)" cy="(\d+)"/);
    expect(Number(size?.[1])).toBe(Math.round(13.333 * 914400));
    expect(Number(size?.[2])).toBe(7.5 * 914400);
  });

  it('writes title, author and language into the document properties', () => {
    const core = pptx.text('docProps/core.xml');
    expect(core).toContain(`<dc:title>${deck.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${deck.author}</dc:creator>`);
    expect(core).toContain('<dc:language>zh-CN</dc:language>');
    expect(core).not.toContain('PptxGenJS');
  });
});

describe('writePptx: lang and east-Asian fonts', () => {
  it('gives every run property element in slides, charts and notes lang="zh-CN" and an <a:ea> face', () => {
    let checked = 0;
    for (const name of textParts()) {
      const xml = pptx.text(name);
      for (const [element, tag] of xml.matchAll(/<a:(rPr|defRPr|endParaRPr)\b[^>]*?(?:\/>|>[\s\S]*?<\/a:\1>)/g)) {
        expect(element, `${name}: ${tag}`).toMatch(/^<a:\w+ lang="zh-CN" altLang="en-US"/);
        expect(element, `${name}: ${tag}`).toContain('<a:ea typeface="微软雅黑" charset="-122"/>');
        expect(element, `${name}: ${tag}`).toContain('<a:latin typeface="微软雅黑"/>');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives the chart text (title, axes, labels, legend) the east-Asian face too', () => {
    const chart = pptx.text(pptx.matching(/^ppt\/charts\/chart\d+\.xml$/)[0] ?? '');
    expect(all(chart, /<a:latin /g).length).toBeGreaterThanOrEqual(5);
    expect(all(chart, /<a:ea typeface="微软雅黑"/g).length).toBe(all(chart, /<a:latin /g).length);
    expect(chart).not.toContain('Arial');
  });

  it('sets the theme east-Asian faces', () => {
    const theme = pptx.text('ppt/theme/theme1.xml');
    expect(all(theme, /<a:ea typeface="微软雅黑"\/>/g)).toHaveLength(2);
    expect(all(theme, /<a:font script="Hans" typeface="微软雅黑"\/>/g)).toHaveLength(2);
  });
});

describe('writePptx: no PowerPoint repair triggers', () => {
  it('gives every shape a text body, on slides, layouts and masters', () => {
    for (const name of pptx.matching(/^ppt\/(slides\/slide|slideLayouts\/slideLayout|slideMasters\/slideMaster)\d+\.xml$/)) {
      for (const [shape] of pptx.text(name).matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) expect(shape, name).toContain('<p:txBody>');
    }
    expect(all(slideXml(2), /<p:sp>/g).length).toBeGreaterThan(10);
  });

  it('completes solid backgrounds with <a:effectLst/>', () => {
    for (const name of pptx.matching(/^ppt\/slides\/slide\d+\.xml$/)) {
      const background = pptx.text(name).match(/<p:bgPr>[\s\S]*?<\/p:bgPr>/)?.[0];
      expect(background, name).toMatch(/<a:solidFill>.*<\/a:solidFill><a:effectLst\/><\/p:bgPr>$/);
    }
  });

  it('declares only parts that exist, and no image/jpg', () => {
    const types = pptx.text('[Content_Types].xml');
    for (const [, part] of types.matchAll(/<Override PartName="\/([^"]+)"/g)) expect(pptx.names, part).toContain(part);
    expect(types).not.toContain('image/jpg"');
    expect(types).not.toContain('slideMaster2');
  });

  it('gives 2-D bar charts exactly two axes', () => {
    const chart = pptx.text('ppt/charts/chart1.xml');
    expect(all(chart.match(/<c:barChart>[\s\S]*<\/c:barChart>/)?.[0] ?? '', /<c:axId /g)).toHaveLength(2);
  });

  it('draws shapes without an outline as "no line" rather than an empty <a:ln>', () => {
    expect(slideXml(2)).not.toContain('<a:ln></a:ln>');
    expect(slideXml(1)).toMatch(/<a:prstGeom prst="line">[\s\S]*?<a:ln w="9525"><a:solidFill><a:srgbClr val="8EA9DB"\/>/);
  });
});

describe('writePptx: text drawn exactly as laid out', () => {
  const textElements = (slide: Slide): TextElement[] => slide.elements.filter((element): element is TextElement => element.type === 'text');

  it('writes each TextLine as its own line with explicit sizes, and every paragraph with an exact pitch', () => {
    const slide = deck.slides[1]!;
    const xml = slideXml(2);
    for (const element of textElements(slide)) {
      const body = xml.match(new RegExp(`name="${element.role}: ${element.id}"[\\s\\S]*?(<p:txBody>[\\s\\S]*?</p:txBody>)`))?.[1] ?? '';
      const paragraphs = all(body, /<a:p>[\s\S]*?<\/a:p>/g);
      expect(paragraphs, element.id).toHaveLength(element.paragraphs.length);
      element.paragraphs.forEach((paragraph, index) => {
        const written = paragraphs[index] ?? '';
        expect(all(written, /<a:br>/g), element.id).toHaveLength(paragraph.lines.length - 1);
        const lines = written.split(/<a:br>[\s\S]*?<\/a:br>/).map((line) => all(line, /<a:t>([^<]*)<\/a:t>/g).map((t) => t.slice(5, -6)).join(''));
        expect(lines).toEqual(paragraph.lines.map((line) => line.map((run) => run.text).join('')));
        expect(written).toContain(`<a:spcPts val="${Math.round(paragraph.lineHeightPt * 100)}"/></a:lnSpc>`);
        for (const run of paragraph.lines.flat()) expect(written).toContain(`sz="${Math.round(run.fontSize * 100)}" b="${run.bold ? 1 : 0}"`);
      });
    }
  });

  it('keeps the insets, never autofits, and anchors as the model says', () => {
    const xml = slideXml(2);
    const inset = Math.round(0.05 * 914400);
    const bodies = all(xml, /<a:bodyPr wrap="square"[^>]*\/>/g);
    expect(bodies.length).toBe(textElements(deck.slides[1]!).length);
    for (const body of bodies) expect(body).toContain(`lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}"`);
    expect(xml).not.toMatch(/normAutofit|spAutoFit/);
    expect(all(xml, /anchor="ctr"/g).length).toBeGreaterThanOrEqual(4);
  });

  it('draws bullets with the hanging indent the planner measured for', () => {
    const bullets = all(slideXml(2), /<a:pPr marL="(\d+)" indent="-\1" algn="l">[\s\S]*?<a:buChar char="•"\/><\/a:pPr>/g);
    expect(bullets).toHaveLength(3);
    expect(bullets[0]).toContain(`marL="${Math.round(16 * 1.2 * 12700)}"`);
  });

  it('makes each slide title a title placeholder, so PowerPoint can name the slide', () => {
    expect(all(slideXml(1), /<p:ph type="ctrTitle"\/>/g)).toHaveLength(1);
    for (const n of [2, 3, 4]) {
      const title = slideXml(n).match(/<p:sp><p:nvSpPr><p:cNvPr id="\d+" name="title: title"><\/p:cNvPr>[\s\S]*?<\/p:sp>/)?.[0] ?? '';
      expect(title).toContain('<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>');
      expect(all(slideXml(n), /<p:ph /g)).toHaveLength(1);
    }
  });

  it('never hands report text to pptxgenjs: no marker is left behind', () => {
    for (const name of pptx.names.filter((part) => part.endsWith('.xml'))) expect(pptx.text(name), name).not.toContain('HUIBAO-TEXT');
  });
});

describe('writePptx: charts, images and notes', () => {
  it('writes a native chart with its data embedded as a workbook', async () => {
    const chart = pptx.text('ppt/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toMatch(/<c:externalData r:id="rId\d+">/);
    const rels = pptx.text('ppt/charts/_rels/chart1.xml.rels');
    const target = rels.match(/Target="\.\.\/embeddings\/([^"]+\.xlsx)"/)?.[1];
    expect(target).toBeDefined();
    const workbook = await JSZip.loadAsync(await pptx.bytes(`ppt/embeddings/${target}`));
    const sheet = await workbook.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = await workbook.file('xl/sharedStrings.xml')!.async('string');
    for (const value of chartElement().series.flatMap((series) => series.values)) expect(sheet).toContain(`<v>${value}</v>`);
    for (const label of [...chartElement().categories, '2022年', '2023年']) expect(strings).toContain(label);
  });

  it('lists horizontal bars top-down in the Deck order (the data is written bottom-up)', () => {
    const chart = pptx.text('ppt/charts/chart2.xml');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).not.toContain('maxMin');
    const categories = [...(chart.match(/<c:cat>[\s\S]*?<\/c:cat>/)?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1]);
    expect(categories).toEqual(['数字乡村', '污水治理', '茶旅融合', '冷链仓储', '村道提升', '高标准农田']);
    expect(slideXml(4)).toContain('descr="条形图：2024年重点项目计划投资（万元）：高标准农田 1850；');
  });

  it('writes chart colours, font size, and the unit as the value axis title', () => {
    const chart = pptx.text('ppt/charts/chart1.xml');
    expect(chart).toContain('<a:srgbClr val="9DC3E6"/>');
    expect(chart).toContain('<a:srgbClr val="2F5597"/>');
    expect(chart).toContain('sz="1200"');
    expect(chart.match(/<c:valAx>[\s\S]*<\/c:valAx>/)?.[0]).toMatch(/<c:title>[\s\S]*<a:t>万元<\/a:t>/);
    expect(chart).toContain('<c:showVal val="1"/>');
  });

  it('writes alt text on charts and pictures from their data', () => {
    const slide2 = slideXml(2);
    expect(slide2).toContain(`descr="${chartElement().altText}"`);
    const slide3 = slideXml(3);
    expect(slide3).toContain('descr="照片：白杨坝村高标准农田"');
    expect(slide3).toContain('descr="示意图：村道硬化前后对比"');
  });

  it('stores JPEG and PNG pictures as they are', async () => {
    const media = pptx.matching(/^ppt\/media\//);
    expect(media.some((name) => name.endsWith('.jpeg') || name.endsWith('.jpg'))).toBe(true);
    expect(media.some((name) => name.endsWith('.png'))).toBe(true);
    const jpeg = await pptx.bytes(media.find((name) => /\.jpe?g$/.test(name))!);
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  });

  it('writes speaker notes one paragraph per line', () => {
    const notes = pptx.text('ppt/notesSlides/notesSlide2.xml');
    const paragraphs = all(notes.match(/<p:txBody><a:bodyPr\/>[\s\S]*?<\/p:txBody>/)?.[0] ?? '', /<a:p>[\s\S]*?<\/a:p>/g);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain('农业总产值：“1-9月实现农业总产值2,500万元，同比增长23.5%。”');
    expect(pptx.text('ppt/notesSlides/notesSlide1.xml')).toContain('本汇报根据《白杨坝村2023年1-9月工作总结》整理。');
  });
});

describe('writePptx: hostile text and bad models', () => {
  const withControlCharacters = (): Deck => {
    const base = sampleDeck(metrics);
    const dirty = (text: string): string => `\u0001${text}\u0007\u000b\u001f\ufffe\ud800`;
    const slides = base.slides.map((slide) => ({
      ...slide,
      notes: dirty(slide.notes),
      elements: slide.elements.map((element) => {
        if (element.type === 'text') return { ...element, paragraphs: element.paragraphs.map((p) => ({ ...p, lines: p.lines.map((line) => line.map((run) => ({ ...run, text: dirty(run.text) }))) })) };
        if (element.type === 'chart') return { ...element, title: dirty(element.title), unit: dirty(element.unit), altText: dirty(element.altText), categories: element.categories.map(dirty) };
        if (element.type === 'image') return { ...element, altText: dirty(element.altText) };
        return element;
      }),
    }));
    return { ...base, title: dirty(base.title), author: dirty(base.author), slides };
  };

  it('strips XML-invalid control characters from all text', async () => {
    const dirty = await readPackage(await writePptx(withControlCharacters()));
    for (const name of dirty.names.filter((part) => /\.(xml|rels)$/.test(part))) {
      // eslint-disable-next-line no-control-regex -- the characters under test
      expect(dirty.text(name), name).not.toMatch(/[\u0001\u0007\u000b\u001f\ufffe]|[\ud800-\udbff](?![\udc00-\udfff])/);
      checkWellFormed(dirty.text(name), name);
    }
    expect(dirty.text('docProps/core.xml')).toContain(`<dc:title>${deck.title}</dc:title>`);
  });

  it('escapes markup in text', async () => {
    const slide: Slide = { kind: 'closing', id: 'x', background: 'FFFFFF', notes: 'a < b & "c"', elements: [] };
    const written = await readPackage(await writePptx({ ...deck, title: '<标题> & "引号"', slides: [slide] }));
    expect(written.text('docProps/core.xml')).toContain('<dc:title>&lt;标题&gt; &amp; &quot;引号&quot;</dc:title>');
    expect(written.text('ppt/notesSlides/notesSlide1.xml')).toContain('<a:t>a &lt; b &amp; &quot;c&quot;</a:t>');
  });

  it('escapes markup in element ids, font names and chart texts, in the slides, charts and embedded workbook', async () => {
    const hostile = '<A&B "q">';
    const chart = { ...chartElement(), id: hostile, title: hostile, unit: hostile, altText: hostile, categories: [hostile, 'b', 'c', 'd'], series: [{ name: hostile, values: [1, 2, 3, 4] }] };
    const text = { type: 'text' as const, id: hostile, role: 'body' as const, box: { x: 1, y: 1, w: 3, h: 1 }, inset: 0.05, valign: 'top' as const, paragraphs: [] };
    const slide: Slide = { kind: 'closing', id: hostile, background: 'FFFFFF', notes: hostile, elements: [chart, text, { type: 'shape', id: hostile, shape: 'rect', box: { x: 0, y: 0, w: 1, h: 1 } }] };
    const bytes = await writePptx({ ...deck, fonts: { latin: 'Font & "Co"', eastAsian: '<雅黑>' }, slides: [slide] });
    const written = await readPackage(bytes);
    for (const name of written.names.filter((part) => /\.(xml|rels)$/.test(part))) checkWellFormed(written.text(name), name);
    expect(written.text('ppt/slides/slide1.xml')).toContain('descr="&lt;A&amp;B &quot;q&quot;&gt;"');
    expect(written.text('ppt/theme/theme1.xml')).toContain('<a:ea typeface="&lt;雅黑&gt;"/>');
    expect(written.text('ppt/theme/theme1.xml')).toContain('<a:latin typeface="Font &amp; &quot;Co&quot;"/>');
    const workbook = await JSZip.loadAsync(await written.bytes(written.matching(/^ppt\/embeddings\//)[0]!));
    for (const name of Object.keys(workbook.files).filter((part) => part.endsWith('.xml'))) checkWellFormed(await workbook.file(name)!.async('string'), name);
  });

  it('writes a deck without slides that still opens (an empty selection)', async () => {
    const empty = await readPackage(await writePptx({ ...deck, slides: [] }));
    expect(empty.matching(/^ppt\/slides\//)).toEqual([]);
    for (const name of empty.names.filter((part) => /\.(xml|rels)$/.test(part))) checkWellFormed(empty.text(name), name);
    for (const [, part] of empty.text('[Content_Types].xml').matchAll(/<Override PartName="\/([^"]+)"/g)) expect(empty.names).toContain(part);
  });

  it('names the slide and element of a bad colour', async () => {
    const slide: Slide = { kind: 'closing', id: 'end', background: 'FFFFFF', notes: '', elements: [{ type: 'shape', id: 'bar', shape: 'rect', box: { x: 0, y: 0, w: 1, h: 1 }, fill: 'blue' }] };
    await expect(writePptx({ ...deck, slides: [slide] })).rejects.toThrow(/slide 1 \(end\), element bar: colour "blue"/);
  });

  it('refuses image bytes that are not what the mime type says', async () => {
    const slide: Slide = { kind: 'closing', id: 'end', background: 'FFFFFF', notes: '', elements: [{ type: 'image', id: 'pic', box: { x: 0, y: 0, w: 1, h: 1 }, data: new Uint8Array([1, 2, 3, 4]), mime: 'image/png', altText: '' }] };
    await expect(writePptx({ ...deck, slides: [slide] })).rejects.toThrow(/element pic: the image bytes are not image\/png/);
  });

  it('refuses a chart whose series do not match its categories', async () => {
    const chart = { ...chartElement(), series: [{ name: 'a', values: [1, 2] }] };
    const slide: Slide = { kind: 'closing', id: 'end', background: 'FFFFFF', notes: '', elements: [chart] };
    await expect(writePptx({ ...deck, slides: [slide] })).rejects.toThrow(/series "a" has 2 values for 4 categories/);
  });

  it('refuses a slide size PowerPoint cannot open', async () => {
    await expect(writePptx({ ...deck, size: { w: 100, h: 7.5 } })).rejects.toThrow(/outside PowerPoint's 1–56 in/);
  });
});
