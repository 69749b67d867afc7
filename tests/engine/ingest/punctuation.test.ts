import { describe, expect, it } from 'vitest';
import { toDisplay } from '../../../main/engine/ingest/punctuation.js';
import { splitHeading } from '../../../main/engine/ingest/split-heading.js';

describe('display punctuation', () => {
  it('makes half-width marks full-width next to Chinese text only', () => {
    expect(toDisplay('以学铸魂,坚定理想信念;优化村(居)工作:好!')).toBe('以学铸魂，坚定理想信念；优化村（居）工作：好！');
    expect(toDisplay('收入1,000元, 时间11:30 (GDP)')).toBe('收入1,000元，时间11:30 (GDP)');
    expect(toDisplay('Revenue, up 4.1% (see: notes)')).toBe('Revenue, up 4.1% (see: notes)');
  });
});

describe('title and subtitle', () => {
  it.each([
    ['聚焦主题教育,党建引领持续提升', '聚焦主题教育', '党建引领持续提升'],
    ['坚如磐石守初心 只争朝夕稳向上', '坚如磐石守初心', '只争朝夕稳向上'],
    ['从产业增速看：三次产业均实现正增长', '从产业增速看', '三次产业均实现正增长'],
    ['成果巩固成效突出', '成果巩固成效突出', undefined],
    ['地方经济、非油经济、非公经济带动GDP实现正增长', '地方经济、非油经济、非公经济带动GDP实现正增长', undefined],
    ['2023年 GDP增长', '2023年 GDP增长', undefined],
  ])('%s', (heading, title, second) => {
    expect(splitHeading(heading, 'zh')).toEqual(second ? { title, second } : { title });
  });

  it('splits English headings on a colon or a dash', () => {
    expect(splitHeading('Finances: a balanced budget', 'en')).toEqual({ title: 'Finances', second: 'a balanced budget' });
    expect(splitHeading('Housing and regeneration', 'en')).toEqual({ title: 'Housing and regeneration' });
  });
});
