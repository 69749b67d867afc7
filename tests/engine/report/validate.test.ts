import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import { formatIssuePath, parseStructuredReport, validateReport } from '../../../main/engine/report/validate.js';

const samplePath = 'assets/samples/baiyangba-2023-q1q3.report.json';
const sample = (): Record<string, unknown> => JSON.parse(readFileSync(samplePath, 'utf8')) as Record<string, unknown>;

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('formatIssuePath', () => {
  it('writes paths the way people read them', () => {
    expect(formatIssuePath(['pillars', 2, 'sections', 0, 'metrics', 3, 'value'])).toBe('pillars[2].sections[0].metrics[3].value');
    expect(formatIssuePath([])).toBe('(root)');
  });
});

describe('validateReport', () => {
  it('accepts the bundled sample', () => {
    const report = validateReport(sample(), samplePath);
    expect(report.pillars).toHaveLength(6);
  });

  it('names the path and the problem of a bad field', () => {
    const bad = sample() as { pillars: { sections: { metrics: { value: unknown }[] }[] }[] };
    bad.pillars[2]!.sections[0]!.metrics[3]!.value = 'lots';
    const error = thrown(() => validateReport(bad, 'bad.json'));
    expect(error.file).toBe('bad.json');
    expect(error.problems[0]?.where).toBe('pillars[2].sections[0].metrics[3].value');
    expect(error.toOneLine()).toMatch(/^bad\.json: not a valid Huibao report: pillars\[2\]\.sections\[0\]\.metrics\[3\]\.value: .*number/);
  });

  it('refuses duplicate ids and key metrics that are not the pillar’s own', () => {
    const bad = sample() as { pillars: { id: string; keyMetrics: string[] }[] };
    bad.pillars[1]!.id = bad.pillars[0]!.id;
    bad.pillars[3]!.keyMetrics = ['p1-s1-m1'];
    const wheres = thrown(() => validateReport(bad)).problems.map((p) => p.where);
    expect(wheres).toContain('pillars[1].id');
    expect(wheres).toContain('pillars[3].keyMetrics[0]');
  });

  it('fills defaults so hand-written reports can be short', () => {
    const report = validateReport({ title: 'T', pillars: [{ id: 'a', title: 'A', sections: [{ id: 'b', title: 'B' }] }] });
    expect(report.pillars[0]).toMatchObject({ kind: 'pillar', keyMetrics: [], sections: [{ paragraphs: [], points: [], captions: [], metrics: [] }] });
    expect(report.meta).toEqual({});
  });
});

describe('parseStructuredReport', () => {
  it('reads YAML the same as JSON', () => {
    const yaml = 'title: 汇报\npillars:\n  - id: p1\n    title: 党建\n';
    expect(parseStructuredReport(yaml, 'yaml').pillars[0]?.title).toBe('党建');
  });

  it('gives line and column for broken JSON', () => {
    const error = thrown(() => parseStructuredReport('{\n  "title": "x",\n  "pillars": [,]\n}', 'json', 'r.json'));
    expect(error.toOneLine()).toMatch(/^r\.json: not valid JSON: line 3, column \d+/);
  });

  it('gives line and column for broken YAML', () => {
    const error = thrown(() => parseStructuredReport('title: [unclosed\npillars: []\n', 'yaml', 'r.yaml'));
    expect(error.problems[0]?.where).toMatch(/^line \d+, column \d+$/);
  });

  it('ignores a byte-order mark', () => {
    expect(parseStructuredReport('\uFEFF{"title":"t","pillars":[]}', 'json').title).toBe('t');
  });
});
