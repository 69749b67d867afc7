import { describe, expect, it } from 'vitest';
import { lineBreaker } from '../../../../main/engine/plan/text/line-breaker.js';
import { breakRuns, splitIntoRuns } from '../../../../main/engine/plan/text/rich-lines.js';
import { bundledMetrics } from '../../../support/bundled-metrics.js';

const bold = { bold: true, color: '111111' };
const plain = { bold: false, color: '666666' };

describe('lines made of styled runs', () => {
  it('gives each character the style of the run it came from, across line breaks', () => {
    const lines = splitIntoRuns(['以学铸魂：坚定', '理想信念'], [{ text: '以学铸魂：', ...bold }, { text: '坚定理想信念', ...plain }], 18);
    expect(lines).toEqual([
      [
        { text: '以学铸魂：', fontSize: 18, ...bold },
        { text: '坚定', fontSize: 18, ...plain },
      ],
      [{ text: '理想信念', fontSize: 18, ...plain }],
    ]);
  });

  it('gives an added "…" the style before it and skips spaces dropped at a break', () => {
    const lines = splitIntoRuns(['GDP growth', 'rate…'], [{ text: 'GDP ', ...bold }, { text: 'growth rate was', ...plain }], 12);
    expect(lines.map((line) => line.map((run) => run.text))).toEqual([['GDP ', 'growth'], ['rate…']]);
  });

  it('avoids a last line of one or two characters when a slightly narrower break keeps the line count', async () => {
    const breaker = lineBreaker(await bundledMetrics());
    const text = '坚持“抓两头带中间”，推进东光、水井2个村软弱涣散党支部整顿';
    const runs = [{ text, ...plain }];
    for (let width = 150; width < 400; width += 7) {
      const lines = breakRuns(breaker, runs, 16, width);
      const last = lines.at(-1)?.map((run) => run.text).join('') ?? '';
      if (lines.length > 1) expect([...last].length, `width ${width}: ${JSON.stringify(lines)}`).toBeGreaterThan(2);
    }
  });

  it('balances a wrapping heading', async () => {
    const breaker = lineBreaker(await bundledMetrics());
    const lines = breakRuns(breaker, [{ text: '“两价”指数一涨一降', ...bold }], 19, 130, true).map((line) => line.map((run) => run.text).join(''));
    expect(lines).toHaveLength(2);
    expect(Math.abs([...(lines[0] ?? '')].length - [...(lines[1] ?? '')].length)).toBeLessThanOrEqual(2);
  });
});
