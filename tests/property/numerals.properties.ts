/**
 * Properties of the heading-number reader (main/engine/ingest/numbers/chinese-ordinal.ts): a number the templates
 * write (chineseOrdinal: 一, 十二, 一百零五, 一百一十), or any other way people write it (两百, 一百〇五, 一百十五,
 * 一十二), reads back as itself; and whatever run of numeral characters it accepts is a well-formed spelling of the
 * value it gives, so shorthand (一百五) and digit runs (一〇五, 二三) are refused rather than misread. The broken
 * variant is the reader the importer had: numerals up to 九十九 only, as in the old 一、 pattern.
 */
import fc from 'fast-check';
import { parseChineseOrdinal } from '../../main/engine/ingest/numbers/chinese-ordinal.js';
import { chineseOrdinal } from '../../main/engine/template/format/ordinal.js';
import { fuzz, type FuzzProperty } from './support/fuzz.js';

const DIGITS = '零一二三四五六七八九';

/** The full written form, 一十 and 零 included (一十二, 一百一十五, 一千零五十): what every accepted spelling means. */
function fullForm(n: number): string {
  const places: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let zero = false;
  for (const [place, unit] of places) {
    const digit = Math.floor(n / place) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    out += `${zero ? '零' : ''}${DIGITS[digit]}${unit}`;
    zero = false;
  }
  return out;
}

/** An accepted spelling in its full form: 〇 is 零, 两 is 二, and a 十 without a digit before it is 一十. */
function normalize(text: string): string {
  return text
    .replace(/〇/g, '零')
    .replace(/两/g, '二')
    .replace(/(^|[零百千])十/g, '$1一十');
}

/** The ways people write n besides the templates' own: 〇 for 零, 两 for a leading 二 of 百/千, 一十 and bare 十. */
const variants = (n: number): string[] => {
  const written = chineseOrdinal(n);
  return [written, written.replace('零', '〇'), written.replace(/^二(?=[百千])/, '两'), written.replace(/^十/, '一十'), written.replace(/百一十/, '百十')];
};

/** Runs of numeral characters: random ones, and real spellings with one character changed, dropped or added. */
const NUMERAL_CHARS = [...'一二三四五六七八九十百千零〇两'];
const numeralRun = fc.oneof(
  fc.array(fc.constantFrom(...NUMERAL_CHARS), { minLength: 1, maxLength: 7 }).map((chars) => chars.join('')),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.nat(6), fc.constantFrom(...NUMERAL_CHARS), fc.constantFrom('replace', 'drop', 'insert')).map(([n, at, char, edit]) => {
    const chars = [...chineseOrdinal(n)];
    const i = at % (chars.length + 1);
    if (edit === 'replace') chars[Math.min(i, chars.length - 1)] = char;
    else if (edit === 'drop') chars.splice(Math.min(i, chars.length - 1), 1);
    else chars.splice(i, 0, char);
    return chars.join('');
  }),
);

function readsBack(parse: (text: string) => number | undefined) {
  return ([n, variant]: [number, number]): void => {
    const spellings = variants(n);
    const text = spellings[variant % spellings.length]!;
    const read = parse(text);
    if (read !== n) throw new Error(`${JSON.stringify(text)} (${n}) read as ${String(read)}`);
  };
}

/** Deliberately wrong: the importer's old heading numbers, 一 to 九十九 only ([一二三四五六七八九十]{1,3}). */
const upToNinetyNine = (text: string): number | undefined => (/^[一二三四五六七八九十]{1,3}$/.test(text) ? parseChineseOrdinal(text) : undefined);

export const properties: Record<string, FuzzProperty> = {
  'parseChineseOrdinal: n from 1 to 999, written as people write it, reads back as n': fuzz(fc.tuple(fc.integer({ min: 1, max: 999 }), fc.nat(4)), readsBack(parseChineseOrdinal)),
  'parseChineseOrdinal: an accepted run is a well-formed spelling of the value read': fuzz(numeralRun, (text) => {
    const read = parseChineseOrdinal(text);
    if (read === undefined) return;
    if (!Number.isInteger(read) || read < 1 || read > 9999) throw new Error(`${JSON.stringify(text)} read as ${read}`);
    if (normalize(text) !== fullForm(read)) throw new Error(`${JSON.stringify(text)} read as ${read}, which is written ${fullForm(read)}`);
  }),
  'broken: a reader that stops at 九十九': fuzz(fc.tuple(fc.integer({ min: 1, max: 999 }), fc.nat(4)), readsBack(upToNinetyNine)),
};
