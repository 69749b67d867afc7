import { describe, expect, it } from 'vitest';
import { keySentence, splitSentences } from '../../../../../main/engine/write/pdf/summary-text/key-sentence.js';

const section = (paragraphs: string[], raws: string[] = [], points: string[] = []) => ({ paragraphs, points, metrics: raws.map((raw) => ({ raw })) });

describe('keySentence', () => {
  it('prefers the first sentence that carries one of the section\'s numbers', () => {
    expect(keySentence(section(['坚持以政治建设为统领。落实集中学习27次,撰写文章24篇。'], ['27次']))).toBe('落实集中学习27次,撰写文章24篇。');
  });

  it('falls back to the first sentence, and to the points when there are no paragraphs', () => {
    expect(keySentence(section(['总体平稳。持续推进。']))).toBe('总体平稳。');
    expect(keySentence(section([], [], ['一是加强调度']))).toBe('一是加强调度。');
    expect(keySentence(section([]))).toBe('');
  });

  it('cuts a long sentence after a whole clause and closes it with 。', () => {
    const long = `${'甲'.repeat(30)}，${'乙'.repeat(30)}，${'丙'.repeat(30)}。`;
    expect(keySentence(section([long]), 70)).toBe(`${'甲'.repeat(30)}，${'乙'.repeat(30)}。`);
  });

  it('marks a cut inside a clause with …… and never exceeds the limit', () => {
    const result = keySentence(section(['丁'.repeat(200)]), 50);
    expect(result).toBe(`${'丁'.repeat(50)}……`);
  });
});

describe('splitSentences', () => {
  it('keeps each end mark with its sentence', () => {
    expect(splitSentences('一。二！三？四')).toEqual(['一。', '二！', '三？', '四']);
  });
});
