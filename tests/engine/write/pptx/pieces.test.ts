import { describe, expect, it } from 'vitest';
import { majorUnit } from '../../../../main/engine/deck/chart-scale.js';
import { numberFormat } from '../../../../main/engine/write/pptx/charts.js';
import { hexColor } from '../../../../main/engine/write/pptx/colors.js';
import { notesBodyXml } from '../../../../main/engine/write/pptx/notes.js';
import { xmlSafeRunText, xmlSafeText } from '../../../../main/engine/write/pptx/sanitize-text.js';
import { TextBodies } from '../../../../main/engine/write/pptx/text-bodies.js';
import { textBodyXml } from '../../../../main/engine/write/pptx/text-body.js';
import type { TextElement } from '../../../../main/engine/deck/model.js';
import { checkWellFormed } from './xml-pretty.js';
import { toBase64 } from '../../../../main/engine/write/pptx/base64.js';

const style = { lang: 'zh-CN', fonts: { latin: '微软雅黑', eastAsian: '微软雅黑' } } as const;

describe('xmlSafeText', () => {
  it('removes characters XML 1.0 forbids and keeps tab, newline and all of Chinese', () => {
    expect(xmlSafeText('a\u0000b\u0008c\u000bd\u001fe\u007ff\u0085g\ufffeh\uffffi')).toBe('abcdefghi');
    expect(xmlSafeText('一\t二\n三\r四 𠀀')).toBe('一\t二\n三\r四 𠀀');
  });

  it('removes lone surrogates but keeps pairs', () => {
    expect(xmlSafeText('a\ud800b\udc00c\ud840\udc00')).toBe('abc\ud840\udc00');
  });

  it('turns line breaks inside a run into spaces', () => {
    expect(xmlSafeRunText('一\r\n二\n三\u2028四')).toBe('一 二 三 四');
  });
});

describe('hexColor', () => {
  it('accepts 6-digit hex with or without #, and upper-cases it', () => {
    expect(hexColor('1f3864', 'x')).toBe('1F3864');
    expect(hexColor('#C00000', 'x')).toBe('C00000');
  });

  it('names the place of anything else', () => {
    expect(() => hexColor('red', 'slide 2, element kpi')).toThrow('slide 2, element kpi: colour "red" is not a 6-digit hex colour');
    expect(() => hexColor('FFF', 'x')).toThrow();
  });
});

describe('toBase64', () => {
  it('matches Node for every padding case', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 256, 100_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});

describe('majorUnit', () => {
  it('steps the value axis in round units, about four to five labels', () => {
    expect(majorUnit([1308, 1059, 100])).toEqual({ valAxisMajorUnit: 500 });
    expect(majorUnit([160, 87, 21])).toEqual({ valAxisMajorUnit: 50 });
    expect(majorUnit([12, 1.68, 5.8])).toEqual({ valAxisMajorUnit: 5 });
    expect(majorUnit([0.8, 0.3])).toEqual({ valAxisMajorUnit: 0.2 });
    expect(majorUnit([1850, 300])).toEqual({ valAxisMajorUnit: 500 });
  });

  it('leaves the axis automatic for negative or all-zero data', () => {
    expect(majorUnit([-3, 5])).toEqual({});
    expect(majorUnit([0, 0])).toEqual({});
  });
});

describe('numberFormat', () => {
  it('uses thousands separators for whole numbers and General when there are decimals', () => {
    expect(numberFormat([1200, 980])).toBe('#,##0');
    expect(numberFormat([13.9, 2])).toBe('General');
  });
});

describe('textBodyXml', () => {
  const element = (overrides: Partial<TextElement> = {}): TextElement => ({
    type: 'text',
    id: 't',
    role: 'body',
    box: { x: 0, y: 0, w: 4, h: 1 },
    inset: 0.1,
    valign: 'bottom',
    paragraphs: [
      {
        lines: [[{ text: '第一行 ', fontSize: 18, bold: true, color: '1f3864' }, { text: '<后半>', fontSize: 12, bold: false, color: '000000' }], [{ text: '第二行', fontSize: 18, bold: false, color: '000000' }]],
        align: 'right',
        bullet: false,
        lineHeightPt: 22.5,
        spaceBeforePt: 6,
      },
    ],
    ...overrides,
  });

  it('writes runs, breaks, pitch and spacing exactly', () => {
    const xml = textBodyXml(element(), style);
    checkWellFormed(xml, 'txBody');
    expect(xml).toContain('<a:bodyPr wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440" rtlCol="0" anchor="b" anchorCtr="0"/>');
    expect(xml).toContain('<a:pPr marL="0" indent="0" algn="r"><a:lnSpc><a:spcPts val="2250"/></a:lnSpc><a:spcBef><a:spcPts val="600"/></a:spcBef><a:buNone/></a:pPr>');
    expect(xml).toMatch(/<a:rPr lang="zh-CN" altLang="en-US" sz="1800" b="1" dirty="0"><a:solidFill><a:srgbClr val="1F3864"\/><\/a:solidFill><a:latin [^>]*\/><a:ea [^>]*\/><a:cs [^>]*\/><\/a:rPr><a:t>第一行 <\/a:t>/);
    expect(xml).toContain('<a:t>&lt;后半&gt;</a:t></a:r><a:br><a:rPr lang="zh-CN" altLang="en-US" sz="1200" b="0"');
    expect(xml).toMatch(/<a:t>第二行<\/a:t><\/a:r><a:endParaRPr lang="zh-CN" altLang="en-US" sz="1800" b="0"/);
  });

  it('writes an empty box as one empty paragraph', () => {
    const xml = textBodyXml(element({ paragraphs: [] }), style);
    checkWellFormed(xml, 'txBody');
    expect(xml).toMatch(/<a:lstStyle\/><a:p><a:endParaRPr lang="zh-CN"[^>]*>.*<\/a:endParaRPr><\/a:p><\/p:txBody>$/);
  });

  it('refuses a font size PowerPoint cannot store', () => {
    const tiny = element({ paragraphs: [{ lines: [[{ text: 'x', fontSize: 0.5, bold: false, color: '000000' }]], align: 'left', bullet: false, lineHeightPt: 1, spaceBeforePt: 0 }] });
    expect(() => textBodyXml(tiny, style)).toThrow(/t: font size 0.5pt/);
  });
});

describe('notesBodyXml', () => {
  it('writes one paragraph per line, empty lines included', () => {
    const xml = notesBodyXml('第一句。\n\n“第三句”\u0001', style);
    checkWellFormed(xml, 'notes');
    expect(xml.match(/<a:p>/g)).toHaveLength(3);
    expect(xml).toContain('<a:t>“第三句”</a:t>');
  });
});

describe('TextBodies', () => {
  it('hands out distinct markers and returns what was registered', () => {
    const bodies = new TextBodies();
    const a = bodies.register('<p:txBody>a</p:txBody>');
    const b = bodies.register('<p:txBody>b</p:txBody>');
    expect(a).not.toBe(b);
    expect(bodies.get(b)).toBe('<p:txBody>b</p:txBody>');
    expect(bodies.get('HUIBAO-TEXT-999')).toBeUndefined();
    expect(bodies.size).toBe(2);
  });
});
