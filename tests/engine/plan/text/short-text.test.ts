import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation, sentences, shorten, splitPoint, stripEnumerator } from '../../../../main/engine/plan/text/short-text.js';

describe('prose to bullets', () => {
  it('strips enumerators', () => {
    for (const point of ['一是纵深推进园区建设', '（二）纵深推进园区建设', '(3)纵深推进园区建设', '4、纵深推进园区建设', '①纵深推进园区建设', '第一，纵深推进园区建设']) {
      expect(stripEnumerator(point)).toBe('纵深推进园区建设');
    }
  });

  it('splits a point into its lead phrase and a shortened detail', () => {
    expect(splitPoint('二是纵深推进园区建设。完成豆干产业园建设,厂区占地1900个平方,添置200余万元设施设备', 22, 30)).toEqual({ title: '纵深推进园区建设', detail: '完成豆干产业园建设,厂区占地1900个平方' });
    expect(splitPoint('三是加强项目调度', 22, 30)).toEqual({ title: '加强项目调度' });
  });

  it('cuts at a clause boundary, or hard with …', () => {
    expect(shorten('全镇粮食种植面积达13.9万亩，同比增长2.93%，经济作物种植面积达14.5万亩', 30)).toBe('全镇粮食种植面积达13.9万亩，同比增长2.93%');
    expect(shorten('一二三四五六七八九十一二三四五六七八九十', 10)).toBe('一二三四五六七八九…');
    expect(shorten('短句，', 10)).toBe('短句');
  });

  it('splits sentences at stops and semicolons', () => {
    expect(sentences('甲。乙；丙！丁?')).toEqual(['甲', '乙', '丙', '丁']);
  });

  it('shows half-width punctuation next to Chinese full-width, and leaves numbers and latin alone', () => {
    expect(fullWidthPunctuation('优化村(居)工作,配强班子;共1,000人,时间24:00,(a)')).toBe('优化村（居）工作，配强班子；共1,000人，时间24:00,(a)');
  });
});
