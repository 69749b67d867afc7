/** The character tests that decide by code must agree with the Unicode definitions they stand in for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkShare, hasLetterOrDigit, isAsciiLetter, isCjk } from '../../../main/engine/ingest/chars.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

describe('hasLetterOrDigit', () => {
  it('agrees with /[\\p{L}\\p{N}]/u on every BMP character, alone and after punctuation', () => {
    const disagree: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      for (const text of [char, `——${char}`, `-${char}*`]) if (hasLetterOrDigit(text) !== LETTER_OR_DIGIT.test(text)) disagree.push(text);
    }
    expect(disagree).toEqual([]);
  });

  it('agrees on lines of words, separators, astral letters and lone surrogates', () => {
    const lines = ['', '-', '***', '——', '—— · ——', '（一）', '“”', '以学铸魂', 'Page 2', '①', '〇', '１２', '𠀀', '𝟘', '\ud800', '\u3000\u3000', '【】'];
    for (const line of lines) expect(hasLetterOrDigit(line), line).toBe(LETTER_OR_DIGIT.test(line));
  });
});

describe('cjkShare', () => {
  /** The definition by characters (astral ones whole) that the loop over code units must match. */
  function byCharacters(text: string): number {
    let cjk = 0;
    let latin = 0;
    for (const char of text.slice(0, 20000)) {
      if (isCjk(char)) cjk++;
      else if (isAsciiLetter(char)) latin++;
    }
    return cjk + latin === 0 ? 0 : cjk / (cjk + latin / 5);
  }

  it('counts as the definition by characters does, astral characters and the 20000 cut included', () => {
    const char = fc.oneof(fc.constantFrom(...'统计局abcXYZ，。 1\n𠀀𝐀豈㐀'), fc.string({ unit: 'binary', maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(cjkShare(text)).toBe(byCharacters(text));
      }),
      { seed: 7, numRuns: 500 },
    );
    const long = `${'统'.repeat(19999)}𠀀abc`;
    expect(cjkShare(long)).toBe(byCharacters(long));
  });
});
