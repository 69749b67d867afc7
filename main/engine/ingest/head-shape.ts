/**
 * Does a phrase read like a heading? Used for the first sentence of a paragraph (`以学铸魂,坚定理想信念。…`) and for
 * short lone lines. Headings are short, carry no figures, and do not open the way running text does (我们, 目前, 截至…).
 */

const ZH_STARTERS = /^(?:我们|我国|我省|我市|我县|我区|我镇|我乡|我局|我委|我院|我校|今年|去年|明年|目前|当前|截至|截止|据|近年来|近年|一年来|几年来|今年以来|年初以来|随着|在|这|这些|其中|同时|此外|另外|但|但是|因此|所以|如果|虽然|由于|对于|为了|按照|根据|经过|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|全年|全市|全镇|全县|全区|全省|全国|全州|本|该|其|各|每|总之|综上|总的来看|总体看|总体来看|回顾|过去|现在|面对|针对|应该说|可以说|总而言之|与此同时|为此|对此|他|她|它|他们|如|即|并|且|而|又|也|还|都|已|已经)/;
const ZH_BAD_ENDINGS = /(?:是|为|有|的|了|说|如下|包括|指|即|着|把|被|和|与|及|或|在)$/;
const EN_STARTERS = /^(?:we|our|this|these|it|there|in|on|at|as|but|and|so|however|during|since|after|before|when|while|although|if|the council|the government)\b/i;

export type HeadStrength = 'strong' | 'weak';

/** The first sentence of a paragraph as an inline heading: strong, weak (needs siblings), or not a heading. */
export function inlineHeadStrength(head: string, language: 'zh' | 'en'): HeadStrength | undefined {
  if (language === 'en') return englishInlineHead(head);
  const length = head.length;
  // 从中直和地方看，地方工业拉动全市规上工业增长0.2个百分点：an analysis heading may carry its figure.
  const viewpoint = /^从.{1,12}?(?:看|来看|分析)[，,]/.test(head);
  if (length < 2 || length > (viewpoint ? 40 : 30) || (/\d/.test(head) && !viewpoint)) return undefined;
  if (ZH_STARTERS.test(head) && !viewpoint) return undefined;
  if (ZH_BAD_ENDINGS.test(head)) return undefined;
  const commas = (head.match(/[，,]/g) ?? []).length;
  if (commas > 2 || (head.match(/、/g) ?? []).length > 3) return undefined;
  if (commas === 0 && length <= 14) return 'strong';
  if (commas === 1) {
    const [a, b] = head.split(/[，,]/) as [string, string];
    if (a.length >= 2 && b.length >= 2 && a.length <= 12 && b.length <= 14) return 'strong';
  }
  return 'weak';
}

/** English reports rarely head paragraphs inline; only short Title Case run-ins ("Housing. …") count. */
function englishInlineHead(head: string): HeadStrength | undefined {
  const words = head.split(/\s+/);
  if (words.length > 6 || /\d/.test(head) || EN_STARTERS.test(head)) return undefined;
  return words.every((word) => /^[A-Z&]/.test(word) || /^(?:and|of|the|for|in|to|on|a)$/.test(word)) ? 'weak' : undefined;
}

const HEADING_WORDS_ZH = /(?:情况|成效|做法|问题|措施|建议|目标|任务|打算|思路|方向|经验|亮点|成绩|举措|概况|总结|回顾|展望|背景|意义|要求|安排|计划|进展|分析|体会|不足|差距|对策|原因|意见|部署|重点|主要工作|工作开展|基本情况|存在问题)$/;
const OUTLOOK_WORDS_ZH = /(?:下一步|下半年|今后|明年|下阶段|下步|工作安排|努力方向|工作打算|工作思路|工作计划)/;
const HEADING_VERBS_ZH = /^(?:聚焦|坚持|推进|加强|着力|持续|深化|强化|全面|加快|扎实|统筹|突出|围绕|抓好|做好|提升|优化|完善|健全|落实|巩固|推动|促进|实施|打好|守牢|筑牢|聚力|立足|锚定|奋力|凝心|凝聚|坚定|坚决|大力|积极|不断|切实|努力)/;
const PREDICATE_ENDINGS_ZH = /(?:提升|推进|增强|加强|改善|提高|优化|完善|突破|发展|平稳|向好|突出|有力|有效|明显|显著|加快|夯实|巩固|增进|丰富|和谐|稳定|良好|见效|落地|深化|全覆盖|齐提升|稳中有进|稳中向好)$/;
const STRONG_CAPTION_ZH = /(?:^图为|^图[：:]|^图片|^照片|^摄影|[（(]?摄[）)]?$|供图|图片来源|合影|留念|掠影|一角|航拍|现场|瞬间|剪影|远眺|全景|夜景)/;
const WEAK_CAPTION_ZH = /(?:活动|基地|景区|展演|风貌|风光|场景|会议|仪式|比赛|演出)$/;

const EN_HEADING_WORDS = /\b(?:overview|introduction|summary|background|outlook|next steps|priorities|performance|results|highlights|finance|finances|challenges|conclusion|recommendations|key (?:figures|facts|points)|achievements|progress|looking ahead|the year ahead|our plans|plans for)\b/i;
const EN_CAPTION = /^(?:photo|picture|image|figure|fig\.|caption|pictured|above|below|left|right|source)\b|\((?:photo|picture|image)\b|credit:/i;

export interface LoneScore {
  readonly score: number;
  readonly reasons: string[];
}

/** How strongly a short standalone line reads as a heading rather than a photo caption. */
export function loneLineScore(text: string, language: 'zh' | 'en'): LoneScore {
  return language === 'zh' ? zhLoneScore(text) : enLoneScore(text);
}

function zhLoneScore(text: string): LoneScore {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  if (twoParts(text)) add(2, 'two balanced phrases (title and subtitle)');
  if (/[：:]$/.test(text)) add(2, 'ends with a colon');
  if (HEADING_WORDS_ZH.test(text.replace(/[：:。]$/, ''))) add(2, 'ends with a heading word (情况, 成效, 打算…)');
  if (OUTLOOK_WORDS_ZH.test(text)) add(2, 'names the next steps');
  if (HEADING_VERBS_ZH.test(text)) add(1, 'opens with a heading verb (聚焦, 坚持, 推进…)');
  if (PREDICATE_ENDINGS_ZH.test(text.replace(/[：:。]$/, ''))) add(1, 'ends like a heading (…持续提升, …总体平稳)');
  if (STRONG_CAPTION_ZH.test(text)) add(-3, 'photo wording (图为, 摄, 合影, 现场…)');
  else if (WEAK_CAPTION_ZH.test(text)) add(-1, 'names a place or an event, as photo captions do');
  return { score, reasons };
}

function enLoneScore(text: string): LoneScore {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };
  const words = text.replace(/:$/, '').split(/\s+/);
  const capitalized = words.filter((word) => /^[A-Z0-9£$€]/.test(word)).length;
  if (text === text.toUpperCase() && /[A-Z]/.test(text)) add(2, 'all capitals');
  else if (capitalized >= Math.ceil(words.length * 0.6)) add(2, 'Title Case');
  if (/:$/.test(text)) add(2, 'ends with a colon');
  if (EN_HEADING_WORDS.test(text)) add(2, 'a heading word (Overview, Outlook, Next steps…)');
  if (EN_CAPTION.test(text)) add(-3, 'photo wording (Photo:, Pictured…)');
  if (words.length <= 8 && /^[A-Z]/.test(text)) add(1, 'short and capitalized');
  return { score, reasons };
}

/** 聚焦主题教育,党建引领持续提升 / 坚如磐石守初心 只争朝夕稳向上: two phrases, each a few characters long. */
export function twoParts(text: string): boolean {
  const parts = text.replace(/[：:。]$/, '').split(/[，,]|——| +/).filter((part) => part.length > 0);
  return parts.length === 2 && parts.every((part) => part.length >= 3 && part.length <= 16);
}
