/** A quantity as the scanner finds it in a paragraph: where it is, what it is worth, in what unit. */
import type { UnitKind } from './units.js';

export interface Quantity {
  /** First character of the quantity itself (currency sign or digit), in the paragraph's text. */
  readonly start: number;
  /** Just past the unit and any trailing 左右/以上. */
  readonly end: number;
  /** Start of an approximation word before it (约, 近, 超过, about…), else `start`. */
  readonly lead: number;
  readonly value: number;
  readonly unit: string;
  readonly kind: UnitKind;
  readonly approx: boolean;
  /** Written with Chinese numerals (三家, 近千人). */
  readonly chinese: boolean;
}

/** A number that is not a quantity (a year, a hotline, a name…), kept for --explain. */
export interface Skipped {
  readonly start: number;
  readonly end: number;
  readonly reason: string;
}
