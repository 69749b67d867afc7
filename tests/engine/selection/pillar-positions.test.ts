import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import { validateReport } from '../../../main/engine/report/validate.js';
import { applySelection } from '../../../main/engine/selection/apply.js';
import { parsePillarPositions, selectPillarPositions } from '../../../main/engine/selection/pillar-positions.js';
import { defaultSelection } from '../../../main/engine/selection/schema.js';

const report = validateReport(JSON.parse(readFileSync('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')));
const titles = report.pillars.map((p) => p.title);

function refusal(spec: string): InputError {
  try {
    parsePillarPositions(spec, titles);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected "${spec}" to be refused`);
}

describe('--pillars positions', () => {
  it('reads lists, ranges and Chinese commas; keeps the order given; drops repeats', () => {
    expect(parsePillarPositions('1,3,5', titles)).toEqual([1, 3, 5]);
    expect(parsePillarPositions('2-4', titles)).toEqual([2, 3, 4]);
    expect(parsePillarPositions('5，1、3 3', titles)).toEqual([5, 1, 3]);
  });

  it('keeps only the chosen pillars, in the order given', () => {
    const selection = selectPillarPositions(report, '3,2', defaultSelection());
    const selected = applySelection(report, selection);
    expect(selected.pillars.map((p) => p.title)).toEqual(['聚焦乡村振兴', '聚焦经济建设']);
  });

  it('keeps other choices of the base selection', () => {
    const base = { ...defaultSelection(), excluded: ['p2-s1'], pinned: ['p2-s2-m1'] };
    const selection = selectPillarPositions(report, '2', base);
    expect(selection.pinned).toEqual(['p2-s2-m1']);
    expect(selection.excluded).toContain('p2-s1');
  });

  it('says which position is wrong and lists the pillars', () => {
    const error = refusal('2,7');
    expect(error.toOneLine()).toBe(
      '--pillars 2,7: position 7 is out of range. The report has 6 pillars: 1 聚焦主题教育, 2 聚焦经济建设, 3 聚焦乡村振兴, 4 聚焦办实事促民生, 5 聚焦守底线促稳定, 6 坚如磐石守初心',
    );
    expect(refusal('0').message).toContain('position 0 is out of range');
    expect(refusal('a,b').message).toContain('"a" is not a position');
    expect(refusal('4-2').message).toContain('runs backwards');
    expect(refusal(' , ').message).toContain('no positions given');
  });
});
