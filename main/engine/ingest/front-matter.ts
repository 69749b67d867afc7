/**
 * The top of the report: title and subtitle (split on ——, or a following "——…" line), and what they tell about
 * the report — the period (2023年前9月, 上半年), the date, the organization, a speaker as author.
 */
import type { ReportMeta } from '../report/schema.js';
import type { Classified } from './classify.js';
import type { MappedText } from './mapped-text.js';
import { parseDate } from './meta-lines.js';

export interface FrontMatter {
  readonly title?: MappedText;
  readonly subtitle?: MappedText;
  /** How many blocks the title and subtitle took. */
  readonly consumed: number;
}

const TITLE_MAX = 90;

export function readFrontMatter(blocks: readonly Classified[], language: 'zh' | 'en'): FrontMatter {
  const hinted = blocks.findIndex((block) => block.kind === 'title');
  if (hinted >= 0 && hinted <= 3) {
    const subtitleAt = blocks.findIndex((block, i) => i > hinted && i <= hinted + 2 && block.kind === 'subtitle');
    const split = splitTitle(blocks[hinted]!.head ?? blocks[hinted]!.block.text, language);
    const subtitle = subtitleAt >= 0 ? blocks[subtitleAt]!.head : split.subtitle;
    return { title: split.title, ...(subtitle ? { subtitle } : {}), consumed: Math.max(hinted, subtitleAt) + 1 };
  }
  const first = blocks[0];
  if (!first || !titleLike(first, blocks)) return { consumed: 0 };
  const split = splitTitle(first.head ?? first.block.text, language);
  const second = blocks[1];
  if (!split.subtitle && second && isSubtitleLine(second, language)) {
    const text = second.block.text;
    const dash = /^(?:——|—|──|--)\s*/.exec(text.text);
    return { title: split.title, subtitle: stripBrackets(dash ? text.slice(dash[0].length) : text), consumed: 2 };
  }
  return { title: split.title, ...(split.subtitle ? { subtitle: split.subtitle } : {}), consumed: 1 };
}

/**
 * A line right under the title that continues it: "——在…会议上的讲话", "（2024年1月5日）", or in English a short line
 * with no blank line between it and the title ("Cabinet report: Quarter 2 performance").
 */
function isSubtitleLine(block: Classified, language: 'zh' | 'en'): boolean {
  const text = block.block.text.text;
  if (text.length > TITLE_MAX || block.kind === 'numbered' || block.strength === 'numbered' || block.strength === 'explicit') return false;
  if (/^(?:——|—|──|--)/.test(text) || /^[（(][^（()）]{2,40}[)）]$/.test(text)) return true;
  return language === 'en' && block.kind === 'lone' && !block.block.blankBefore;
}

function stripBrackets(text: MappedText): MappedText {
  return /^[（(].*[)）]$/.test(text.text) ? text.slice(1, text.length - 1) : text;
}

function titleLike(first: Classified, blocks: readonly Classified[]): boolean {
  if (first.kind === 'heading' && first.strength === 'explicit') {
    return !blocks.some((block, i) => i > 0 && block.kind === 'heading' && block.strength === 'explicit' && block.rank <= first.rank);
  }
  if (first.kind === 'numbered' || (first.kind === 'heading' && first.strength === 'numbered')) return false;
  const text = first.block.text.text;
  return text.length <= TITLE_MAX && !/[。！？!?]./.test(text) && (first.kind === 'lone' || first.kind === 'heading' || first.kind === 'para' || first.kind === 'caption');
}

function splitTitle(text: MappedText, language: 'zh' | 'en'): { title: MappedText; subtitle?: MappedText } {
  const pattern = language === 'zh' ? /——|──|—{1}(?=[^—])/ : /\s[—–]\s|:\s/;
  const match = pattern.exec(text.text);
  if (!match || match.index < 2) return { title: text };
  const title = text.slice(0, match.index).trim();
  const subtitle = text.slice(match.index + match[0].length).trim();
  return subtitle.length >= 2 ? { title, subtitle } : { title: text };
}

const PERIOD = /(?:(\d{4})年)?(前[一二三四五六七八九十\d]{1,2}个?月|[1１]?[-—~至到][1１]?\d月|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|全年|年度)/;
const ADMIN_CHAIN = /(?:[\u4e00-\u9fa5]{1,12}?(?:省|自治区|自治州|市|州|盟|地区|县|区|旗|镇|乡|街道|社区|村)){1,6}/g;
const ROLE_NAME = /(?:总理|省长|市长|县长|区长|镇长|乡长|书记|主任|局长|部长|厅长|董事长|总经理|主席)\s+([\u4e00-\u9fa5]{2,4})$/;

/** Period, date, organization and author that the title, subtitle and lead reveal. */
export function metaFromFront(title: string, subtitle: string | undefined, lead: string | undefined): Partial<ReportMeta> {
  const head = [title, subtitle ?? ''].join(' ');
  const meta: Partial<ReportMeta> = {};
  const period = PERIOD.exec(head);
  const yearly = /(\d{4})年度/.exec(head);
  if (yearly && (!period || period[2] === '年度')) meta.period = `${yearly[1]}年度`;
  else if (period) meta.period = `${period[1] ? `${period[1]}年` : ''}${period[2]}`;
  else {
    const year = /(\d{4})年(?!\d{1,2}月)/.exec(head);
    if (year) meta.period = `${year[1]}年`;
  }
  const date = parseDate(head);
  if (date) meta.date = date;
  const author = subtitle ? ROLE_NAME.exec(subtitle.trim()) : null;
  if (author) meta.author = author[1]!;
  const organization = organizationOf(head, lead);
  if (organization) meta.organization = organization;
  return meta;
}

/**
 * The body that reports: the chain of place names in the title (湖北恩施利川市柏杨坝镇), or its fuller form in
 * the lead when the lead names the same place (湖北省恩施土家族苗族自治州利川市柏杨坝镇).
 */
function organizationOf(head: string, lead: string | undefined): string | undefined {
  const inTitle = longest(head.slice(0, 200).match(ADMIN_CHAIN) ?? []);
  if (!inTitle) return undefined;
  const last = /(?:[\u4e00-\u9fa5]{1,6}?(?:镇|乡|街道|社区|村|县|区|旗|市|州|省))$/.exec(inTitle)?.[0];
  if (lead && last) {
    const fuller = (lead.slice(0, 400).match(ADMIN_CHAIN) ?? []).filter((chain) => chain.endsWith(last) && chain.length > inTitle.length);
    const best = longest(fuller);
    if (best) return best;
  }
  return inTitle.length >= 2 ? inTitle : undefined;
}

function longest(items: readonly string[]): string | undefined {
  return items.filter(isPlaceName).reduce<string | undefined>((best, item) => (best === undefined || item.length > best.length ? item : best), undefined);
}

/** 全市, 我县, 上半年全市: scope words, not the name of a place. */
function isPlaceName(chain: string): boolean {
  return !/(?:全|本|我|该|各|城|都|半年|季度)(?:省|市|县|区|镇|乡|州|村)/.test(chain);
}

const ISSUER = /(?:局|委员会|委|办公室|人民政府|政府|办|中心|公司|集团|研究院|院|大学|学院|厅|部|处|镇|乡|街道|县|市|区|Council|Department|Office|Ministry|Agency|Authority)$/;

export interface Issuer {
  readonly meta: Partial<ReportMeta>;
  readonly consumed: number;
}

/**
 * Short lines between the title and the text that name who issued the report (某市统计局) or who wrote it: they
 * become `organization` or `author`, not captions or headings.
 */
export function readIssuer(blocks: readonly Classified[], language: 'zh' | 'en'): Issuer {
  const meta: Partial<ReportMeta> = {};
  let consumed = 0;
  for (const block of blocks) {
    const text = block.block.text.text.trim();
    if (block.kind !== 'lone' || text.length > 30) break;
    if (ISSUER.test(text) && !meta.organization) meta.organization = text;
    else if (language === 'zh' && /^[\u4e00-\u9fa5]{2,4}$/.test(text) && !meta.author && consumed > 0) meta.author = text;
    else break;
    consumed++;
  }
  return { meta, consumed };
}
