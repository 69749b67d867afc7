/**
 * A heading as title plus subtitle (pillars) or title plus headline (sections), the convention the slides follow:
 * `聚焦主题教育,党建引领持续提升` → 聚焦主题教育 / 党建引领持续提升; `Finances: a balanced budget` → Finances / a
 * balanced budget. Headings with one phrase stay whole.
 */
import { isCjk } from './chars.js';

export interface SplitHeading {
  readonly title: string;
  readonly second?: string;
}

export function splitHeading(heading: string, language: 'zh' | 'en'): SplitHeading {
  const text = heading.trim();
  const at = language === 'zh' ? zhSplit(text) : enSplit(text);
  if (!at) return { title: text };
  const title = text.slice(0, at.index).trim();
  const second = text.slice(at.index + at.length).trim().replace(/[。.；;，,：:]+$/, '');
  return title.length >= 2 && second.length >= 2 ? { title, second } : { title: text };
}

function zhSplit(text: string): { index: number; length: number } | undefined {
  const match = /——|[，,：:]| +/.exec(text);
  if (!match || match.index > 20) return undefined;
  if (match[0].startsWith(' ')) {
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    if (!(cjkCount(before) >= 3 && cjkCount(after) >= 3)) return undefined;
  }
  return { index: match.index, length: match[0].length };
}

function enSplit(text: string): { index: number; length: number } | undefined {
  const match = /:\s+|\s+[—–-]\s+/.exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
}

function cjkCount(text: string): number {
  let n = 0;
  for (const char of text) if (isCjk(char)) n++;
  return n;
}
