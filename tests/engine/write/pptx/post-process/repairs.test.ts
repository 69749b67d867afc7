import { describe, expect, it } from 'vitest';
import { completeBackgrounds } from '../../../../../main/engine/write/pptx/post-process/backgrounds.js';
import { dropStraySeriesAxis, setChartLanguage } from '../../../../../main/engine/write/pptx/post-process/charts.js';
import { fixContentTypes } from '../../../../../main/engine/write/pptx/post-process/content-types.js';
import { setCoreProperties } from '../../../../../main/engine/write/pptx/post-process/doc-props.js';
import { addMissingTextBodies, explicitNoOutline } from '../../../../../main/engine/write/pptx/post-process/shapes.js';
import { markTitlePlaceholders } from '../../../../../main/engine/write/pptx/post-process/placeholders.js';
import { setThemeFonts } from '../../../../../main/engine/write/pptx/post-process/theme.js';
import { TextBodies } from '../../../../../main/engine/write/pptx/text-bodies.js';
import type { RunStyle } from '../../../../../main/engine/write/pptx/run-fonts.js';

const style: RunStyle = { lang: 'zh-CN', fonts: { latin: 'Arial', eastAsian: '微软雅黑' } };

describe('addMissingTextBodies', () => {
  it('gives a bare shape an empty body with the deck lang, and leaves shapes with text alone', () => {
    const bare = '<p:sp><p:nvSpPr/><p:spPr/></p:sp>';
    const withText = '<p:sp><p:spPr/><p:txBody><a:bodyPr/></p:txBody></p:sp>';
    const fixed = addMissingTextBodies(bare + withText, style);
    expect(fixed).toMatch(/^<p:sp><p:nvSpPr\/><p:spPr\/><p:txBody><a:bodyPr [^>]*\/><a:lstStyle\/><a:p><a:endParaRPr lang="zh-CN" altLang="en-US"/);
    expect(fixed).toContain('<a:ea typeface="微软雅黑" charset="-122"/>');
    expect(fixed.endsWith(withText)).toBe(true);
  });

  it('puts the body before the shape extension list, as the schema orders them', () => {
    expect(addMissingTextBodies('<p:sp><p:spPr/><p:extLst><p:ext/></p:extLst></p:sp>', style)).toMatch(/<\/p:txBody><p:extLst>/);
  });

  it('does not mistake <p:spPr> or <p:spTree> for a shape', () => {
    const tree = '<p:spTree><p:grpSpPr/></p:spTree>';
    expect(addMissingTextBodies(tree, style)).toBe(tree);
  });
});

describe('explicitNoOutline', () => {
  it('turns an empty outline into "no line" and keeps real ones', () => {
    expect(explicitNoOutline('<a:ln></a:ln><a:ln w="9525"><a:solidFill/></a:ln>')).toBe('<a:ln><a:noFill/></a:ln><a:ln w="9525"><a:solidFill/></a:ln>');
  });
});

describe('completeBackgrounds', () => {
  it('adds <a:effectLst/> after a background fill, once', () => {
    const fixed = completeBackgrounds('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></p:bgPr></p:bg>');
    expect(fixed).toBe('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>');
    expect(completeBackgrounds(fixed)).toBe(fixed);
    expect(completeBackgrounds('<p:bgPr><a:noFill/><a:extLst/></p:bgPr>')).toBe('<p:bgPr><a:noFill/><a:effectLst/><a:extLst/></p:bgPr>');
  });
});

describe('fixContentTypes', () => {
  const types =
    '<Types><Default Extension="jpg" ContentType="image/jpg"/><Default Extension="jpeg" ContentType="image/jpeg"/>' +
    '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="m"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="m"/> <Override PartName="/docProps/app.xml" ContentType="a"/></Types>';

  it('drops overrides for parts that do not exist and fixes the jpg MIME type', () => {
    const fixed = fixContentTypes(types, (path) => path !== 'ppt/slideMasters/slideMaster2.xml');
    expect(fixed).not.toContain('slideMaster2');
    expect(fixed).toContain('/ppt/slideMasters/slideMaster1.xml');
    expect(fixed).toContain('/docProps/app.xml');
    expect(fixed).toContain('<Default Extension="jpg" ContentType="image/jpeg"/>');
    expect(fixed).not.toContain('image/jpg"');
  });
});

describe('dropStraySeriesAxis', () => {
  it('keeps two axes in a 2-D bar chart', () => {
    const chart = '<c:barChart><c:ser/><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart><c:catAx><c:axId val="1"/></c:catAx>';
    expect(dropStraySeriesAxis(chart)).toBe('<c:barChart><c:ser/><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/></c:catAx>');
  });

  it('leaves charts with a series axis (3-D) alone', () => {
    const chart = '<c:barChart><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart><c:serAx>';
    expect(dropStraySeriesAxis(chart)).toBe(chart);
  });
});

describe('setChartLanguage', () => {
  it('puts <c:lang> right after <c:date1904>, or replaces the one there', () => {
    expect(setChartLanguage('<c:chartSpace><c:date1904 val="0"/><c:roundedCorners val="0"/>', 'zh-CN')).toBe('<c:chartSpace><c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>');
    expect(setChartLanguage('<c:date1904 val="0"/><c:lang val="en-US"/>', 'zh-CN')).toBe('<c:date1904 val="0"/><c:lang val="zh-CN"/>');
  });
});

describe('setThemeFonts', () => {
  it('sets latin, east-Asian and the Simplified Chinese script face in both font collections', () => {
    const collection = '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="游ゴシック"/><a:font script="Hans" typeface="等线"/>';
    const theme = `<a:fontScheme><a:majorFont>${collection}</a:majorFont><a:minorFont>${collection}</a:minorFont></a:fontScheme>`;
    const fixed = setThemeFonts(theme, { latin: 'Arial', eastAsian: '微软雅黑' });
    expect(fixed.match(/<a:latin typeface="Arial"\/><a:ea typeface="微软雅黑"\/>/g)).toHaveLength(2);
    expect(fixed.match(/<a:font script="Hans" typeface="微软雅黑"\/>/g)).toHaveLength(2);
    expect(fixed).toContain('<a:font script="Jpan" typeface="游ゴシック"/>');
  });
});

describe('setCoreProperties', () => {
  const deck = { lang: 'zh-CN' } as Parameters<typeof setCoreProperties>[1];
  const date = new Date(Date.UTC(2023, 9, 12, 8, 30, 15, 250));

  it('replaces the generator subject with the deck language', () => {
    const core = '<cp:coreProperties><dc:title>T</dc:title><dc:subject>PptxGenJS Presentation</dc:subject></cp:coreProperties>';
    expect(setCoreProperties(core, deck, date)).toBe('<cp:coreProperties><dc:title>T</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>');
  });

  it("writes the build's date, in whole seconds, as the created and modified dates", () => {
    const core =
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-29T12:04:28Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-29T12:04:29Z</dcterms:modified>';
    expect(setCoreProperties(core, deck, date)).toBe(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2023-10-12T08:30:15Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2023-10-12T08:30:15Z</dcterms:modified>',
    );
  });
});

describe('markTitlePlaceholders', () => {
  it('turns only the registered title text box into a placeholder', () => {
    const bodies = new TextBodies();
    const title = bodies.register('<p:txBody/>', 'title');
    const body = bodies.register('<p:txBody/>');
    const shape = (marker: string): string => `<p:sp><p:nvSpPr><p:cNvPr id="2" name="x"></p:cNvPr><p:cNvSpPr txBox="1"/><p:nvPr></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>${marker}</a:t></a:r></a:p></p:txBody></p:sp>`;
    const marked = markTitlePlaceholders(shape(title) + shape(body) + '<p:sp><p:spPr/></p:sp>', bodies);
    expect(marked.match(/<p:ph type="title"\/>/g)).toHaveLength(1);
    expect(marked).toContain('<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>');
    expect(marked).toContain(shape(body));
  });
});
