/**
 * Web-page clutter that comes along when a report is copied from a site: font-size and print buttons, share bars,
 * teasers, copyright notices and "related articles" lists. Each rule says why it drops a line, for --explain.
 */
import { hasLetterOrDigit } from './chars.js';
import type { MappedText } from './mapped-text.js';

/** 【字体：大 中 小】【收藏本页】【打印】【关闭】 and the like, inside a line. */
const BRACKET_FURNITURE = /[【[]\s*(?:字体|字号|文字|默认|大|中|小|收藏|打印|关闭|分享|返回|顶部|放大|缩小|纠错|评论|关闭窗口|打印本页|收藏本页|加入收藏|我要|推荐|复制链接|下载|全屏|Print|Close|Share)[^【】[\]]{0,16}[】\]]/g;
const PLAIN_FONT_BAR = /(?:字体|字号)\s*[：:]\s*[大中小默认\s]{2,12}/g;

const FURNITURE_WORDS = new Set(['下载', '打印', '全屏', '收藏', '字号', '字体', '分享', '分享到', '关闭', '返回', '返回顶部', '顶部', '大', '中', '小', '默认', '扫一扫', '二维码', '微信', '微博', 'QQ空间', '朋友圈', '复制链接', '上一篇', '下一篇', '打印本页', '关闭窗口', '收藏本页', '加入收藏', '纠错', '评论', '点赞', '在看', '阅读原文', 'print', 'share', 'email', 'tweet', 'close', 'download', 'subscribe', 'top']);

interface LineRule {
  readonly test: RegExp;
  readonly reason: string;
  /** The rest of the document after this line is a list of other articles. */
  readonly endsArticle?: boolean;
}

const lineRules: readonly LineRule[] = [
  { test: /^(?:核心提示|内容提要|导读|导语)\s*[：:]/, reason: 'teaser the site put above the article (it repeats the text)' },
  { test: /^(?:郑重声明|免责声明|版权声明|特别声明|声明)\s*[：:]/, reason: 'copyright notice' },
  { test: /^(?:版权所有|Copyright|©|\(c\)\s*\d{4}|All rights reserved)/i, reason: 'copyright notice' },
  { test: /(?:转载请注明|未经授权.{0,6}(?:转载|使用)|如有侵权|本文版权归)/, reason: 'copyright notice' },
  { test: /^(?:相关报道|相关新闻|相关阅读|相关文章|延伸阅读|推荐阅读|热点推荐|热门推荐|更多阅读|猜你喜欢|Related (?:articles|stories|news)|Read more|More on this)\s*[：:]?\s*$/i, reason: 'list of other articles', endsArticle: true },
  { test: /^(?:责任编辑|编辑|审核|校对|终审|初审|复审|责编|监制)\s*[：:]/, reason: 'editor credit' },
  { test: /^(?:原标题|原文标题)\s*[：:]/, reason: 'original headline of a reposted article' },
  { test: /^(?:上一篇|下一篇|上一条|下一条)\s*[：:]/, reason: 'link to another article' },
  { test: /^(?:分享到|扫一扫|扫描二维码|关注我们|微信扫一扫|打开微信)/, reason: 'share bar' },
  { test: /^[（(【[]?\s*(?:完|全文完|END|end)\s*[）)】\]]?$/, reason: 'end mark' },
  { test: /^(?:各位代表|各位委员|同志们|女士们、?先生们|朋友们)\s*[：:！!，,]?$/, reason: 'salutation (a speech addressing the audience)' },
  { test: /^(?:Share this|Share on|Follow us|Sign up|Subscribe|Advertisement|Skip to (?:main )?content|Back to top|Cookie|We use cookies)/i, reason: 'page furniture' },
  { test: /^(?:Tags?|标签|关键词|关键字)\s*[：:]/i, reason: 'tags' },
  { test: /^(?:浏览次数|阅读次数|点击数|阅读量|访问量|浏览)\s*[：:]\s*\d*\s*$/, reason: 'page counter' },
];

export interface LineVerdict {
  readonly reason: string;
  readonly endsArticle: boolean;
}

/** Strip bracketed buttons from inside a line (the date/source line often carries them). */
export function stripInlineFurniture(text: MappedText): { text: MappedText; removed: string[] } {
  const ranges: [number, number][] = [];
  for (const pattern of [BRACKET_FURNITURE, PLAIN_FONT_BAR]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text.text); match; match = pattern.exec(text.text)) {
      const range: [number, number] = [match.index, match.index + match[0].length];
      if (!ranges.some(([start, end]) => range[0] < end && range[1] > start)) ranges.push(range);
    }
  }
  if (ranges.length === 0) return { text, removed: [] };
  const drop = new Uint8Array(text.length);
  for (const [start, end] of ranges) drop.fill(1, start, end);
  return { text: text.filter((_, index) => drop[index] === 0).trim(), removed: ranges.map(([start, end]) => text.text.slice(start, end)) };
}

/** Why a whole line is clutter, or undefined when it is content. */
export function clutterVerdict(line: string): LineVerdict | undefined {
  if (!hasLetterOrDigit(line)) return { reason: 'no words (a separator line)', endsArticle: false };
  if (isFurnitureOnly(line)) return { reason: 'page buttons (download, print, font size…)', endsArticle: false };
  for (const rule of lineRules) if (rule.test.test(line)) return { reason: rule.reason, endsArticle: rule.endsArticle ?? false };
  return undefined;
}

function isFurnitureOnly(line: string): boolean {
  if (line.length > 60) return false;
  const tokens = line.split(/[\s|/·•,，、:：【】[\]()（）<>]+/).filter((token) => token.length > 0);
  return tokens.length > 0 && tokens.every((token) => FURNITURE_WORDS.has(token.toLowerCase()));
}
