/**
 * A short label for a number from the words before it in its clause: `全镇粮食种植面积达13.9万亩` → 粮食种植面积.
 * Scope words (全镇, 目前, 截至…), leading lists (蔬菜、茶叶…等) and linking verbs (达, 完成, 实现, 累计, 共,
 * 突破) are stripped. When nothing is left, the words after the number are used (3名村干部 → 村干部).
 */
const MAX_LABEL = 18;

/** Where a label stops: punctuation between clauses. Quotes and 、 do not stop it: “盗抢骗”犯罪, 退役军人、军属. */
const LABEL_BREAK = new Set(['，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '（', '）', '(', ')', '【', '】', '\n', '…']);
/** Places where a long label may be cut so that it still starts on a word. */
const CUT_AFTER = ['累计', '有关', '通过', '联合', '深入', '的', '在', '对', '向', '把', '将', '省', '市', '州', '县', '区', '镇', '乡', '村', '、'];
/** A bare verb says what was done but not to what: the words after the number are added (选聘 → 选聘生态护林员). */
const BARE_VERB = /^(?:辖|下辖|现辖|有|现有|共有|拥有|包括|惠及|覆盖|组建|开展|完成|实现|建成|培育|引进|举办|发放|设立|打造|创建|争取|实施|推进|落实|谋划|建设|成立|选聘|输送|制定|组织|召开|派出|投入|新建|改造|治理|排查|办理|处理|收到|受理|签约|培训|走访|慰问|添置|吸纳|对照|发展|储备|培养|引导|带动|解决|帮扶|救助|安置|新增|筹集|捐资|捐款|投资|举办|接待|选派|派驻)$/;
/** Labels that need their subject from the figure before them: 重点项目22个,总投资8亿元 → 重点项目总投资. */
const GENERIC = /^(?:总投资|投资总额|总金额|金额|总额|资金|总产值|产值|规模|面积|人数|户数|总任务数)$/;
const AFTER_STOP = ['通过', '开展', '完成', '实现', '合并', '注册', '用于', '进行', '参加', '参与', '受益', '考录', '入住', '达到', '排查', '获得', '获', '达', '为', '是', '和', '与', '及'];

const ZH_LEADING = /^(?:[、，,]|力争|预计|计划|拟|争取|\d{1,2}[、.．]|[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩]|如果|若|虽然|但是|但|因为|由于|其中|目前|截至目前|截止目前|截至|截止|今年以来|年初以来|去年以来|今年|去年|当年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|全年|年内|同期|全[镇市县区省国乡州村]|我[镇市县区省国乡州村]|本[镇市县区省乡村]|该[镇市县区村]|各[镇村]|累计|共计|总计|合计|共|同时|此外|另外|并且|并|且|还|已经|已|均|分别|又|先后|现有|现|目前已|当前|\d{4}[-—~至]\d{4}年度?|\d{4}年度?|\d{1,2}月(?:份|底|末)?|[1-9]\d?-\d{1,2}月|向|为|给|把|在|因)/;
const ZH_TRAILING = /(?:预计将达|预计将|将达到|将达|可达|达到了|达到|已达|高达|多达|约为|约有|共计|合计|总计|累计|增至|升至|降至|提高到|提高至|提升到|提升至|下降到|下降至|达|为|是|有|计|完成|实现|共|突破|超过|超|逾|近|约|至|到|了|的|仅|只有|不足|不到|接近|大约|总额为|总数为|平均为|平均|将|可|预计|仍|再|也|都|均|为?每(?:公斤|千克|斤|吨|亩|人|户|头|平方米)|现有|共有|拥有|现辖|下辖)$/;
const EN_LEADING = /^(?:the|a|an|we|our|this|these|those|its|their|it|there|and|while|which|that|with|in total|a total of|total of|overall|some|also|has|have|had|been|was|were|is|are|of which|against|of|for|to|in|on|by|at)\s+/i;
const EN_STOPWORD = /^(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|we|it|they|there|this|that|which|was|were|is|are|be|been|has|have|had|against|per|each|every|about|around|some)$/i;
const EN_TRAILING = /\s+(?:was|were|is|are|reached|rose|rises|rise|fell|falls|grew|grow|increased|decreased|declined|dropped|hit|totalled|totaled|stood at|amounted to|came to|of|at|to|by|with|for|from|on|in|saw|had|has|have|about|around|nearly|almost|over|more than|some|approximately|roughly|up|down|stood|amounted|came|worth|costing|cost|valued at|valued|by some|now|generate|generates|produce|produces|provide|provides|cover|covers|covering|house|houses|employ|employs|support|supports)$/i;
const EN_VERB_ONLY = /^(?:created|delivered|built|planted|opened|recorded|reported|served|supported|helped|received|paid|spent|invested|raised|attracted|welcomed|hosted|trained|employed|housed|launched|completed|added|made|gave|provided|funded|handled|answered|resolved|issued|approved|cut|saved|secured|won)$/i;

export function cleanZhLabel(raw: string): string {
  let label = raw.replace(/\s+/g, '').replace(/\d{4}[-—~至]\d{4}年度?/g, '');
  // 蔬菜、茶叶、烟叶等经济作物种植面积: the list before 等 names members, the words after it the whole.
  const deng = label.lastIndexOf('等');
  if (deng > 0 && deng < label.length - 2) label = label.slice(deng + 1).replace(/^(?:地|方面|单位|部门|原因)/, '');
  for (let guard = 0; guard < 6; guard++) {
    const next = label.replace(ZH_LEADING, '').replace(ZH_TRAILING, '');
    if (next === label) break;
    label = next;
  }
  // 第一产业实现增加值 → 第一产业增加值; 实现社会消费品零售总额 → 社会消费品零售总额: 实现/完成 only link.
  label = label.replace(/(.)实现(.)/u, '$1$2').replace(/^(?:实现|完成)(?=..)/u, '');
  label = shortenList(label);
  if (label.length === 1 && '对向为给把在因'.includes(label)) return '';
  return balanceQuotes(shorten(label));
}

/**
 * A long list before a number: its last member usually carries the head noun (…片区、齐跃双塘片区饮水保供专项债项目);
 * when that member is short, the list is named by its first member (走访慰问退役军人、残疾军人、军属 → 走访慰问退役军人等).
 */
function shortenList(label: string): string {
  if (label.length <= 14 || !label.includes('、')) return label;
  const last = label.slice(label.lastIndexOf('、') + 1);
  return last.length >= 6 ? last : `${label.slice(0, label.indexOf('、'))}等`;
}

export function isBareVerb(label: string): boolean {
  return BARE_VERB.test(label);
}

export function isGenericLabel(label: string): boolean {
  return GENERIC.test(label);
}

/** The subject of a label, without its leading verb or year: 谋划2023年重点项目 → 重点项目. */
export function subjectOf(label: string): string {
  return label.replace(/^(?:谋划|争取|拟争取|推进|实施|完成|落实|新增|计划|拟实施|入统)/, '').replace(/\d{4}年度?/, '');
}

export function cleanEnLabel(raw: string): string {
  let label = raw.trim().replace(/\s+/g, ' ');
  for (let guard = 0; guard < 6; guard++) {
    const next = label.replace(EN_LEADING, '').replace(EN_TRAILING, '').trim();
    if (next === label) break;
    label = next;
  }
  if (EN_VERB_ONLY.test(label) || EN_STOPWORD.test(label)) return '';
  const words = label.split(' ');
  return words.length > 6 ? words.slice(-6).join(' ') : label;
}

/** Keep the words nearest the number when a clause is long, cutting after a word boundary where one fits. */
function shorten(label: string): string {
  if (label.length <= MAX_LABEL) return label;
  for (let i = 1; i < label.length - 3; i++) {
    const cut = CUT_AFTER.find((word) => label.startsWith(word, i - word.length + 1) && i - word.length + 1 >= 0);
    if (cut && label.length - (i + 1) <= MAX_LABEL) return label.slice(i + 1);
  }
  return label.slice(label.length - MAX_LABEL);
}

function balanceQuotes(label: string): string {
  const opens = (label.match(/[“《「]/g) ?? []).length;
  const closes = (label.match(/[”》」]/g) ?? []).length;
  return opens === closes ? label : label.replace(/[“”《》「」]/g, '');
}

/** Start of the clause that ends at `at`: after the last clause break, or `floor`. */
export function clauseStart(text: string, at: number, floor: number, lang: 'zh' | 'en'): number {
  for (let i = at - 1; i >= floor; i--) {
    const char = text[i]!;
    if (LABEL_BREAK.has(char)) {
      if (lang === 'en' && (char === '.' || char === ',') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
      return i + 1;
    }
    if (lang === 'en' && char === '.' && text[i + 1] === ' ') return i + 1;
    if (lang === 'en' && char === ' ' && text.startsWith(' and ', i)) return i + 5;
    if (at - i > 60) return i;
  }
  return floor;
}

/** Words right after a number, up to the clause's end (3名村干部考录编制 → 村干部考录编制). */
export function wordsAfter(text: string, from: number, until: number, lang: 'zh' | 'en'): string {
  let end = from;
  while (end < until && end - from < (lang === 'zh' ? 14 : 48) && !LABEL_BREAK.has(text[end]!) && text[end] !== '、' && !(lang === 'zh' && /[0-9]/.test(text[end]!)) && !(lang === 'en' && text[end] === '.')) end++;
  const words = text.slice(from, end).trim();
  if (lang === 'zh') {
    let zh = words.replace(/^(?:的|以下|以内)/, '');
    const stop = AFTER_STOP.map((word) => zh.indexOf(word, 2)).filter((index) => index >= 2).sort((a, b) => a - b)[0];
    if (stop !== undefined) zh = zh.slice(0, stop);
    return zh.length > 10 ? zh.slice(0, 10) : zh;
  }
  // "92% of reviews", "34 of the 48 indicators": the noun after "of" is what is counted.
  const ofNoun = /^of\s+(?:the\s+)?(?:\d[\d,]*\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)/i.exec(words);
  if (ofNoun) return ofNoun[1]!.split(/\s+(?:were|was|are|is|in|on|at|for|to|by|with|from|and)\b/i)[0]!;
  if (/^(?:and|or|but|which|that|while|with|from|at|by|of)\b/i.test(words)) return '';
  const bare = words.replace(/^(?:in|on|for|to)\s+/i, '').replace(/^(?:the|a|an|more|of)\s+/i, '');
  if (/^(?:a|per|each|every)\s+(?:year|month|week|day)\b/i.test(words) || /^(?:year|month|week|day)s?\b/i.test(bare)) return '';
  const match = /^([A-Za-z][A-Za-z-]*(?:\s+[a-z][A-Za-z-]*){0,2})/.exec(bare);
  const phrase = match?.[1] ?? '';
  return phrase.split(/\s+(?:in|at|on|for|of|to|by|with|from|across|over|during|since|and|which|that|were|was|are|is)\b/i)[0] ?? '';
}

/** What a second number in `6458户22167人` adds to the first one's label. */
export function unitNoun(unit: string): string {
  const nouns: Record<string, string> = { 人: '人数', 人次: '人次', 户: '户数', 元: '金额', 亩: '面积', 平方米: '面积', 公顷: '面积', 公里: '里程', 吨: '数量', 个: '个数', 家: '家数', 项: '项数', 件: '件数' };
  return nouns[unit] ?? unit;
}
