import fc from 'fast-check';
import { marked } from 'marked';
import type { Content, ContentStack, ContentTable, ContentText } from 'pdfmake/interfaces.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../../../main/engine/errors.js';
import { markdownToContent } from '../../../../../main/engine/write/pdf/markdown/block-content.js';
import { inlineRuns, plainText } from '../../../../../main/engine/write/pdf/markdown/inline-content.js';
import type { MarkdownColors, MarkdownImage } from '../../../../../main/engine/write/pdf/markdown/markdown-theme.js';
import { escapeMarkdownInline } from '../../../../../main/engine/write/pdf/summary-text/markdown-escape.js';
import { summaryTextStyles } from '../../../../../main/engine/write/pdf/summary/summary-styles.js';
import { textMetrics, type TextMetrics } from '../../../../../main/engine/write/pdf/text-metrics.js';

let measure: TextMetrics;
beforeAll(() => {
  measure = textMetrics();
});

const colors: MarkdownColors = { primary: '1F4E99', primaryDark: '12336B', accent: 'D4A23A', text: '1F2937', muted: '5B6676', line: 'D3DDEB', surface: 'F1F5FB', onPrimary: 'FFFFFF' };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const theme = (images: Record<string, MarkdownImage> = {}) => ({ colors, text: summaryTextStyles(), measure, images: new Map(Object.entries(images)), contentWidthPt: 480 });
const convert = (md: string, tocTitle?: string) => markdownToContent(md, { theme: theme(), ...(tocTitle === undefined ? {} : { tocTitle }) });

type Block = ContentStack & { style?: string; unbreakable?: boolean };
/** Top-level blocks, with the unbreakable heading-and-next-block groups opened up. */
const flat = (content: readonly Content[]): Block[] => content.flatMap((node) => ((node as Block).unbreakable ? flat((node as Block).stack as Content[]) : [node as Block]));
const styles = (content: readonly Content[]): unknown[] => flat(content).map((node) => node.style ?? Object.keys(node)[0]);
/** A text block is a stack of line nodes: their runs joined. */
const lines = (node: Content | undefined): string[] => ((node as Block).stack as ContentText[]).map((line) => plainText(line.text as never));
const textOf = (node: Content | undefined): string => lines(node).join('');

describe('markdownToContent', () => {
  it('turns "#" and the lines under it into the cover block, closed by a rule', () => {
    const { content } = convert('# 标题\n\n副标题\n\n单位　2023年前9月\n\n## 总体情况\n\n正文。');
    expect(styles(content)).toEqual(['coverTitle', 'coverLine', 'coverLine', 'canvas', 'h2', 'paragraph']);
  });

  it('bookmarks "##" parts and nests "###" under them, with ids for the outline tree', () => {
    const { content, outline } = convert('## 一、经济\n\n### 产业\n\n正文\n\n## 二、民生\n\n正文');
    expect(outline).toEqual([
      { level: 2, text: '一、经济' },
      { level: 3, text: '产业' },
      { level: 2, text: '二、民生' },
    ]);
    // The bookmark sits on the heading's first line.
    const [h2, h3] = flat(content).map((block) => block.stack[0]) as (ContentText & { id?: string; outlineParentId?: string })[];
    expect(h2).toMatchObject({ outline: true, outlineText: '一、经济', id: 'part-1' });
    expect(h3).toMatchObject({ outline: true, outlineParentId: 'part-1' });
  });

  it('keeps a heading on the page of the small block after it, but lets long text flow', () => {
    const small = convert('## 部分\n\n| a | b |\n|---|---|\n| 1 | 2 |').content;
    expect(small[0]).toMatchObject({ unbreakable: true });
    const long = convert(`## 部分\n\n${'很长的段落。'.repeat(300)}`).content;
    expect(long.some((node) => typeof node === 'object' && 'unbreakable' in node)).toBe(false);
  });

  it('makes GFM tables with a repeated header row, unsplit rows and the columns\' alignment', () => {
    const [node] = flat(convert('| 指标 | 数值 |\n| :--- | ---: |\n| 粮食 | 13.9万亩 |').content) as unknown as ContentTable[];
    expect(node?.table.headerRows).toBe(1);
    expect(node?.table.dontBreakRows).toBe(true);
    const [header, row] = node?.table.body ?? [];
    expect(header?.map((cell) => (cell as Block).style)).toEqual(['tableHeader', 'tableHeader']);
    expect(row?.map((cell) => ((cell as Block).stack[0] as ContentText).alignment)).toEqual(['left', 'right']);
  });

  it('sizes later columns to their widest cell (numbers never wrap) and gives the first column the rest', () => {
    const [node] = flat(convert('| 指标 | 数值 | 出处 |\n| :--- | ---: | :--- |\n| 粮食种植面积 | 13.9万亩 | 抓“产业提质” |\n| 集中学习 | 27次 | 以学铸魂 |').content) as unknown as ContentTable[];
    const widths = node?.table.widths as number[];
    const padding = 2 * 6 * 3;
    expect(widths.reduce((a, b) => a + b, 0) + padding).toBeCloseTo(480, 6);
    expect(widths[1]).toBeGreaterThanOrEqual(measure.width('13.9万亩', 9.5, false));
    expect(widths[2]).toBeGreaterThanOrEqual(measure.width('抓“产业提质”', 9.5, false));
    for (const row of node?.table.body ?? []) for (const cell of row) expect(lines(cell as Content)).toHaveLength(1);
  });

  it('breaks paragraphs by Chinese rules and justifies every line but the last with letter spacing', () => {
    const text = '柏杨坝镇坚持以政治建设为统领，始终做到“两个维护”，树牢“四个意识”，坚定“四个自信”，把政治建设作为全镇工作开展的灵魂和根本。'.repeat(3);
    const [block] = convert(text).content;
    const all = lines(block);
    expect(all.length).toBeGreaterThan(3);
    expect(all.join('')).toBe(text);
    for (const line of all.slice(1)) expect(line[0]).not.toMatch(/[，。”）]/);
    const nodes = (block as Block).stack as ContentText[];
    const spaced = (node: ContentText): boolean => (node.text as ContentText[]).some((run) => (run.characterSpacing ?? 0) > 0);
    expect(nodes.slice(0, -1).filter(spaced).length).toBeGreaterThan(0);
    expect(spaced(nodes.at(-1) as ContentText)).toBe(false);
    expect(nodes.every((node) => node.noWrap)).toBe(true);
  });

  it('sets lists as markers beside their text, with bold and emphasis as runs (emphasis is colour: no CJK italic)', () => {
    const [list] = convert('- **抓产业**：增长\n- *重点*项目').content as Block[];
    const items = list?.stack as { columns: [ContentText, Block] }[];
    expect(items.map((item) => item.columns[0].text)).toEqual(['•', '•']);
    const run = (item: number) => ((items[item]?.columns[1].stack[0] as Block).stack[0] as ContentText).text as { text: string; bold?: boolean; color?: string; italics?: boolean }[];
    expect(run(0)[0]).toMatchObject({ text: '抓产业', bold: true });
    expect(run(1)[0]).toMatchObject({ text: '重点', color: '#1F4E99' });
    expect(run(1)[0]?.italics).toBeUndefined();
    const [ordered] = convert('3. 三\n4. 四').content as Block[];
    expect((ordered?.stack as { columns: [ContentText] }[]).map((item) => item.columns[0].text)).toEqual(['3.', '4.']);
  });

  it('shows HTML as the text it is and decodes entities', () => {
    const [node] = convert('A &amp; B <b>不是标签</b>').content;
    expect(textOf(node)).toBe('A & B <b>不是标签</b>');
  });

  it('places a table of contents after the cover block, or first when there is none', () => {
    expect(styles(convert('# 标题\n\n## 部分', '目录').content)).toEqual(['coverTitle', 'canvas', 'toc', 'h2']);
    expect(styles(convert('## 部分', '目录').content)).toEqual(['toc', 'h2']);
  });

  it('shows the pack\'s own images and refuses any other (URLs are never fetched)', () => {
    const { content } = markdownToContent('![校徽](assets/logo.png)', { theme: theme({ 'assets/logo.png': { data: PNG, mime: 'image/png' } }) });
    expect((content[0] as { image: string }).image).toMatch(/^data:image\/png;base64,/);
    for (const href of ['http://127.0.0.1:9/x.png', 'https://example.com/x.png', '/etc/passwd', '../../x.png']) {
      expect(() => markdownToContent(`![x](${href})`, { theme: theme() })).toThrow(InputError);
    }
  });
});

describe('escapeMarkdownInline', () => {
  it('round-trips any one-line text through marked as the same plain text', () => {
    const line = fc.string({ unit: fc.constantFrom(...'ab 1.#-+*_`[]()<>&|~!\\"\'：，。万亿%'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(line, (text) => {
        const tokens = marked.lexer(escapeMarkdownInline(text));
        const paragraphs = tokens.filter((token) => token.type === 'paragraph');
        const shown = paragraphs.map((p) => plainText(inlineRuns('tokens' in p ? p.tokens : [], colors))).join('');
        expect(shown).toBe(text.trim().replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space)));
        expect(tokens.every((token) => token.type === 'paragraph' || token.type === 'space')).toBe(true);
      }),
      { seed: 20231012, numRuns: 400 },
    );
  });
});
