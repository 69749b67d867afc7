/**
 * Numbers that are not quantities: years and dates, clock times, ranges and ratios, hotlines and phone numbers,
 * ordinals and rankings, codes and names with digits (C919, 5G, 1+4+N, “雷火2022”), list markers, and bare
 * numbers with nothing saying what they count. Each rule returns the reason shown by --explain.
 */
import { CLAUSE_BREAK, isAsciiLetter, isCjk, isDigit } from '../chars.js';
import type { ArabicToken } from './read-arabic.js';

const HOTLINE_AFTER = /^ ?(?:市长热线|服务热线|政务热线|便民热线|热线|服务电话|热线电话|电话|报警|急救|火警|平台|hotline|helpline)/i;
const PHONE_BEFORE = /(?:拨打|热线|电话|致电|手机|传真|联系方式|Tel\.?|Phone|phone|Call|call|dial|helpline on|hotline on)\s*[：:]?\s*$/;
const RANK_BEFORE = /(?:排名|排第|位列|位居|居|列|排在|名列|ranked|ranking|top|No\.|#)\s*$/i;
const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const SEQUENCE_AFTER = /^(?:号|号线|号楼|届|周年|级|型|式|版|代|大|中全会|星级|A级)/;

export function exclusionReason(text: string, token: ArabicToken, lang: 'zh' | 'en', quoted: QuotedRanges): string | undefined {
  return codeReason(text, token) ?? dateReason(text, token, lang) ?? contactReason(text, token) ?? rankReason(text, token) ?? nameReason(text, token, quoted) ?? bareReason(text, token, lang);
}

function codeReason(text: string, token: ArabicToken): string | undefined {
  const before = text[token.start - 1];
  const after = text[token.digitsEnd];
  if (isAsciiLetter(before) || before === '_' || before === '#' || before === '№' || before === '·' || before === '+') return 'part of a code or name (letters or signs attached)';
  if (before === '-' && (isAsciiLetter(text[token.start - 2]) || isDigit(text[token.start - 2]))) return 'part of a range, code or date';
  if (after === '+' || after === '·') return 'part of a name or formula (like 1+4+N)';
  if (after === '.' && isDigit(text[token.digitsEnd + 1])) return 'a version or section number';
  if (token.unit === '' && !token.scaled && /^ ?(?:am|pm|a\.m\.|p\.m\.)\b/i.test(text.slice(token.digitsEnd, token.digitsEnd + 6))) return 'a clock time';
  if (token.unit === '' && !token.scaled && isAsciiLetter(after)) {
    return /^(?:st|nd|rd|th)\b/i.test(text.slice(token.digitsEnd, token.digitsEnd + 3)) ? 'an ordinal (1st, 2nd…)' : 'part of a code or name (like 5G)';
  }
  if (token.digits.length >= 3 && token.digits.startsWith('0') && !token.digits.startsWith('0.')) return 'a code or phone number (leading zero)';
  return undefined;
}

function dateReason(text: string, token: ArabicToken, lang: 'zh' | 'en'): string | undefined {
  const n = token.number;
  const whole = Number.isInteger(n) && !token.digits.includes(',');
  const after = text.slice(token.digitsEnd, token.digitsEnd + 4);
  const before = text[token.start - 1];
  if (/^[-—~～至到]\d/.test(after) || ((before === '-' || before === '—' || before === '~' || before === '～') && isDigit(text[token.start - 2]))) return 'a range or a span of dates';
  if (/^[:：]\d/.test(after) || ((before === ':' || before === '：') && isDigit(text[token.start - 2]))) return 'a clock time or a ratio';
  if (/^\/\d/.test(after) || (before === '/' && isDigit(text[token.start - 2]))) return 'a date';
  const yearLike = whole && token.digits.length === 4 && n >= 1900 && n <= 2100 && !token.scaled;
  if (yearLike && (token.unit === '' || token.unit === '年')) return 'a year';
  if (token.unit === '年') return 'a number of years (a date phrase or a period)';
  if (token.unit === '周' && text[token.end] === '年') return 'an anniversary (周年)';
  if (whole && !token.scaled && token.unit === '' && /^ ?(?:月|日|号|时|点|分|秒)/.test(after) && n <= 31) return 'a date or a time of day';
  if (whole && before === '前' && /^ ?(?:个)?月/.test(after)) return 'a period (前9月)';
  if (lang === 'en' && whole && n <= 31 && (MONTHS.test(text.slice(token.digitsEnd + 1, token.digitsEnd + 10)) || MONTHS.test(lastWord(text, token.start)))) return 'a date';
  if (lang === 'en' && /^ ?(?:am|pm|a\.m\.|p\.m\.)\b/i.test(text.slice(token.digitsEnd, token.digitsEnd + 6))) return 'a clock time';
  return undefined;
}

function contactReason(text: string, token: ArabicToken): string | undefined {
  if (token.unit !== '' || token.scaled) return undefined;
  if (HOTLINE_AFTER.test(text.slice(token.digitsEnd, token.digitsEnd + 6))) return 'a hotline or phone number';
  if (PHONE_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start))) return 'a hotline or phone number';
  if (/^1[3-9]\d{9}$/.test(token.digits)) return 'a mobile phone number';
  return undefined;
}

function rankReason(text: string, token: ArabicToken): string | undefined {
  const before = text.slice(Math.max(0, token.start - 6), token.start);
  if (/第\s*$/.test(before)) return 'an ordinal (第…)';
  if (/前\s*$/.test(before) && /^(?:名|位|强)/.test(text.slice(token.digitsEnd, token.digitsEnd + 1))) return 'a ranking (前N名)';
  if (token.unit === '' && text.startsWith('强', token.digitsEnd)) return 'a ranking (百强)';
  if (token.unit === '' && RANK_BEFORE.test(before)) return 'a ranking';
  if (SEQUENCE_AFTER.test(text.slice(token.digitsEnd, token.digitsEnd + 4)) && token.unit !== '届' && !token.scaled) return 'a number in a name or a sequence (号, 届, 级, 周年…)';
  if (token.unit === '届' || token.unit === '级') return 'a number in a name or a sequence (号, 届, 级, 周年…)';
  return undefined;
}

function nameReason(text: string, token: ArabicToken, quoted: QuotedRanges): string | undefined {
  if (quoted.contains(token.start)) return 'part of a quoted name or title';
  return undefined;
}

/** A number with no unit counts something only when the sentence says "… is N" (指数为100.7). */
function bareReason(text: string, token: ArabicToken, lang: 'zh' | 'en'): string | undefined {
  if (token.unit !== '' || token.scaled) return undefined;
  if (isListMarker(text, token)) return 'a list marker';
  // Windows 11, Ward 7, Route 66: a bare number after a capitalized word inside a sentence is part of a name.
  if (lang === 'en') return /[a-z,;]\s+[A-Z][a-z]+\s+$/.test(text.slice(Math.max(0, token.start - 30), token.start)) ? 'part of a name (Ward 7)' : undefined;
  let after = token.end;
  while (text[after] === ' ') after++;
  const ends = after >= text.length || CLAUSE_BREAK.has(text[after]!);
  const before = text.slice(Math.max(0, token.start - 3), token.start).trimEnd();
  const stated = /(?:为|是|达|到|至|共|计|：|:|=|约|近|超|逾)$/.test(before);
  if (ends && stated) return undefined;
  if (isCjk(text[after])) return 'a number without a unit (a name, a code or a label)';
  return 'a number without a unit';
}

function isListMarker(text: string, token: ArabicToken): boolean {
  const before = text.slice(0, token.start).trim();
  const after = text[token.digitsEnd];
  if (before === '' && (after === '、' || after === '.' || after === ')' || after === '）')) return true;
  return (before === '（' || before === '(' || /[，。；,;：:]\s*[（(]$/.test(before)) && (after === '）' || after === ')');
}

function lastWord(text: string, at: number): string {
  const match = /([A-Za-z]+)\.?\s*$/.exec(text.slice(Math.max(0, at - 12), at));
  return match?.[1] ?? '';
}

/** Opening quote → closing quote, by character code: “” 「」 『』 《》 〈〉 "". */
const QUOTE_PAIRS = new Map<number, number>([
  [0x201c, 0x201d],
  [0x300c, 0x300d],
  [0x300e, 0x300f],
  [0x300a, 0x300b],
  [0x3008, 0x3009],
  [0x22, 0x22],
]);

/** Spans inside “…”, "…", 「…」 and 《…》: numbers there are part of a name (“雷火2022”, 《…2023年…办法》). */
export class QuotedRanges {
  private readonly ranges: [number, number][] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const close = QUOTE_PAIRS.get(text.charCodeAt(i));
      if (close === undefined) continue;
      // Only the next few characters are searched: a long quotation is text, not a name.
      const limit = Math.min(text.length, i + 1 + (text.charCodeAt(i) === 0x300a ? 60 : 20));
      let end = -1;
      for (let j = i + 1; j < limit; j++) {
        if (text.charCodeAt(j) === close) {
          end = j;
          break;
        }
      }
      if (end > i) {
        this.ranges.push([i, end]);
        i = end;
      }
    }
  }

  contains(index: number): boolean {
    return this.ranges.some(([start, end]) => index > start && index < end);
  }
}
