/** A change as a tile shows it: "同比 ▲2.93%", "▼1.2个百分点", "持平". Arrows are text so they stay editable in PPTX. */
import type { Change } from '../../report/schema.js';
import { trimNumber } from './scale-number.js';

export const ARROWS = { up: '▲', down: '▼', flat: '—' } as const;

export interface ChangeDisplay {
  readonly arrow: string;
  /** What the change compares with, taken from the source wording: 同比, 环比, 较上年… (or empty). */
  readonly basis: string;
  /** "▲2.93%" or "持平". */
  readonly amount: string;
  /** basis and amount, e.g. "同比 ▲2.93%". */
  readonly text: string;
}

const BASES = ['同比', '环比', '较上年', '比上年', '较去年', '比去年', '较年初'];

export function formatChange(change: Change): ChangeDisplay {
  const basis = BASES.find((word) => change.raw.includes(word)) ?? '';
  const arrow = ARROWS[change.direction];
  const amount = change.direction === 'flat' && change.value === 0 ? '持平' : `${arrow}${trimNumber(Math.abs(change.value), 2)}${change.unit}`;
  return { arrow, basis, amount, text: basis ? `${basis} ${amount}` : amount };
}
