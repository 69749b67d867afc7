/** Heading numbers in Chinese numerals: every spelling people write for a count, and nothing that only looks like one. */
import { describe, expect, it } from 'vitest';
import { parseChineseOrdinal } from '../../../../main/engine/ingest/numbers/chinese-ordinal.js';
import { chineseOrdinal } from '../../../../main/engine/template/format/ordinal.js';

describe('parseChineseOrdinal', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['一十二', 12],
    ['二十', 20],
    ['九十九', 99],
    ['一百', 100],
    ['一百零一', 101],
    ['一百〇一', 101],
    ['一百零九', 109],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百一十五', 115],
    ['一百十五', 115],
    ['一百二十三', 123],
    ['二百', 200],
    ['两百', 200],
    ['两百零五', 205],
    ['两百五十', 250],
    ['九百九十九', 999],
    ['一千', 1000],
    ['两千', 2000],
    ['一千零一', 1001],
    ['一千〇一十', 1010],
    ['一千零五十', 1050],
    ['一千一百', 1100],
    ['九千九百九十九', 9999],
  ])('%s → %d', (text, value) => {
    expect(parseChineseOrdinal(text)).toBe(value);
  });

  it.each([
    ['', 'nothing'],
    ['零', 'zero is no heading number'],
    ['〇', 'zero is no heading number'],
    ['两', '两 alone is "a couple", not a number in a list'],
    ['两十', '两 counts hundreds and thousands, not tens'],
    ['二十两', '两 is never the ones'],
    ['百', '百 needs its digit'],
    ['千', '千 needs its digit'],
    ['百一', '百 needs its digit'],
    ['二三', 'two digits side by side mean "two or three"'],
    ['十十', 'a place twice'],
    ['一百一百', 'a place twice'],
    ['十一百', 'places must go down'],
    ['一百五', 'shorthand for 150, which a reader may take for 105'],
    ['一千五', 'shorthand for 1500'],
    ['一千五十', 'a skipped place needs its 零'],
    ['一百零一十', 'no skipped place, so no 零'],
    ['一百零零五', 'one 零 stands for all the places skipped'],
    ['一百零', 'a 零 with nothing after it'],
    ['一〇五', 'digit by digit, as years are written'],
    ['二〇二四', 'digit by digit, as years are written'],
    ['九千九百九十九零', 'too long for a heading number'],
    ['一万', '万 is beyond heading numbers'],
  ])('%s is not a heading number (%s)', (text) => {
    expect(parseChineseOrdinal(text)).toBeUndefined();
  });

  // The property test (tests/property/numerals.property.test.ts) samples; this covers the whole range once.
  it('reads back every number the templates write as a heading number, 一 to 九百九十九', () => {
    const misread = Array.from({ length: 999 }, (_, i) => i + 1).filter((n) => parseChineseOrdinal(chineseOrdinal(n)) !== n);
    expect(misread).toEqual([]);
  });
});
