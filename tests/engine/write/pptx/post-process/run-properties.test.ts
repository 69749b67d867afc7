import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRunProperties } from '../../../../../main/engine/write/pptx/post-process/run-properties.js';
import type { RunStyle } from '../../../../../main/engine/write/pptx/run-fonts.js';
import { checkWellFormed } from '../xml-pretty.js';

const style: RunStyle = { lang: 'zh-CN', fonts: { latin: 'Arial', eastAsian: '微软雅黑' } };
const FONTS = '<a:latin typeface="Arial"/><a:ea typeface="微软雅黑" charset="-122"/><a:cs typeface="Arial"/>';

describe('normalizeRunProperties', () => {
  it('adds lang and the three faces to a self-closing run property', () => {
    expect(normalizeRunProperties('<a:rPr lang="en-US" dirty="0"/>', style, 'x')).toBe(`<a:rPr lang="zh-CN" altLang="en-US" dirty="0">${FONTS}</a:rPr>`);
  });

  it('replaces the latin-only face pptxgenjs writes in charts, after the fill', () => {
    const chart = '<a:defRPr sz="1200" b="0"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="Arial"/></a:defRPr>';
    expect(normalizeRunProperties(chart, style, 'x')).toBe(`<a:defRPr lang="zh-CN" altLang="en-US" sz="1200" b="0"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>${FONTS}</a:defRPr>`);
  });

  it('keeps hyperlinks and extensions after the faces, as the schema orders them', () => {
    const run = '<a:rPr><a:solidFill/><a:hlinkClick r:id="rId1"/><a:extLst/></a:rPr>';
    expect(normalizeRunProperties(run, style, 'x')).toBe(`<a:rPr lang="zh-CN" altLang="en-US"><a:solidFill/>${FONTS}<a:hlinkClick r:id="rId1"/><a:extLst/></a:rPr>`);
  });

  it('writes lang="en-US" without altLang for an English deck', () => {
    expect(normalizeRunProperties('<a:endParaRPr/>', { ...style, lang: 'en-US' }, 'x')).toBe(`<a:endParaRPr lang="en-US">${FONTS}</a:endParaRPr>`);
  });

  it('leaves other elements alone and is idempotent', () => {
    const xml = '<a:p><a:pPr algn="l"/><a:r><a:rPr sz="1800"/><a:t>汇报 rPr</a:t></a:r><a:endParaRPr/></a:p>';
    const once = normalizeRunProperties(xml, style, 'x');
    expect(once).toContain('<a:pPr algn="l"/>');
    expect(once).toContain('<a:t>汇报 rPr</a:t>');
    expect(normalizeRunProperties(once, style, 'x')).toBe(once);
  });

  it('reports an unclosed element with the part name', () => {
    expect(() => normalizeRunProperties('<a:rPr sz="1">', style, 'ppt/charts/chart1.xml')).toThrow(/ppt\/charts\/chart1.xml: <a:rPr> is not closed/);
  });

  it('always yields well-formed XML where every run property has lang and ea', () => {
    const runProperty = fc.tuple(
      fc.constantFrom('rPr', 'defRPr', 'endParaRPr'),
      fc.constantFrom('', ' lang="en-US"', ' sz="1200" b="1"', ' altLang="ja-JP" lang="x"'),
      fc.constantFrom('', '<a:solidFill><a:srgbClr val="FF0000"/></a:solidFill>', '<a:latin typeface="Arial"/>', '<a:ea typeface="SimSun"/><a:hlinkClick r:id="r"/>'),
      fc.boolean(),
    ).map(([tag, attributes, children, selfClosing]) => (selfClosing || !children ? `<a:${tag}${attributes}/>` : `<a:${tag}${attributes}>${children}</a:${tag}>`));
    fc.assert(
      fc.property(fc.array(fc.oneof(runProperty, fc.constantFrom('<a:t>文字</a:t>', '<a:br/>', '<a:pPr/>')), { maxLength: 12 }), (pieces) => {
        const out = normalizeRunProperties(`<root>${pieces.join('')}</root>`, style, 'x');
        checkWellFormed(out, 'x');
        for (const [element] of out.matchAll(/<a:(?:rPr|defRPr|endParaRPr)\b[\s\S]*?<\/a:(?:rPr|defRPr|endParaRPr)>/g)) {
          expect(element.match(/ lang="/g)).toHaveLength(1);
          expect(element.match(/<a:ea /g)).toHaveLength(1);
          expect(element).toContain(FONTS);
        }
      }),
      { numRuns: 200 },
    );
  });
});
