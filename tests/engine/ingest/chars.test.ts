/** The character tests that decide by code must agree with the Unicode definitions they stand in for. */
import { describe, expect, it } from 'vitest';
import { hasLetterOrDigit } from '../../../main/engine/ingest/chars.js';

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
