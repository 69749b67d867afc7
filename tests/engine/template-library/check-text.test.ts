import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { checkTextTemplate } from '../../../main/engine/template-library/check-text.js';
import { parseErrorPosition } from '../../../main/engine/template-library/parse-error-position.js';
import { builtInFiles, text } from './support/packs.js';

describe('checkTextTemplate', () => {
  it('finds nothing wrong in any built-in text', async () => {
    for (const id of ['gov-blue', 'party-red', 'minimal']) {
      const files = await builtInFiles(id);
      for (const path of [...files.keys()].filter((p) => p.endsWith('.hbs'))) {
        expect(checkTextTemplate(text(files, path), path.slice(5, -4)), `${id}/${path}`).toEqual([]);
      }
    }
  });

  it.each([
    ['abc\n{{#each pillars}}\n  {{title}', 3, 10],
    ['{{report.title}}\n  {{ report.title = }}', 2, 19],
    ['a\n{{#each (wan report)}}\u0000{{/each}}', 2, 23],
    ['one\ntwo {{#if report.title}} three', 2, 31],
  ])('places a syntax error in %j at line %i, column %i', (source, line, column) => {
    const [problem, ...rest] = checkTextTemplate(source, 'title');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line, column });
    expect(problem?.message).not.toContain('\n');
  });

  it('words an unfinished template the way people read it', () => {
    expect(checkTextTemplate('{{#if report.title}}x', 'title')[0]?.message).toMatch(/ends inside .* unclosed \{\{#block\}\}/);
  });

  it('places unknown helpers and names at line and column', () => {
    expect(checkTextTemplate('第一行\n  {{shout report.title}}', 'title')).toEqual([{ line: 2, column: 3, message: 'unknown helper "shout"' }]);
    expect(checkTextTemplate('{{report.title}} {{process.env.HOME}}', 'title')).toEqual([expect.objectContaining({ line: 1, column: 20, message: expect.stringContaining('unknown name "process"') })]);
    expect(checkTextTemplate('{{> header}}', 'title')[0]?.message).toMatch(/partials/);
  });

  it.each([
    ['{{constructor.constructor}}', 'constructor'],
    ['{{report.__proto__}}', '__proto__'],
    ['{{#each pillars}}{{constructor.name}}{{/each}}', 'constructor'],
    ['{{@root.constructor}}', 'constructor'],
    ['{{report.[constructor]}}', 'constructor'],
    ['{{lookup report "constructor"}}', 'constructor'],
    ['{{lookup (lookup report "__proto__") "x"}}', '__proto__'],
    ['{{#with report as |prototype|}}{{/with}}', 'prototype'],
    ['{{#each pillars}}{{#with (lookup this "__defineGetter__")}}{{/with}}{{/each}}', '__defineGetter__'],
    ['{{#with report.title}}{{toString}}{{/with}}', 'toString'],
    ['{{#blockHelperMissing report}}{{/blockHelperMissing}}', 'blockHelperMissing'],
  ])('refuses prototype access in %s', (source, name) => {
    const problems = checkTextTemplate(source, 'title');
    expect(problems.map((problem) => problem.message).join('\n')).toContain(`"${name}" is not allowed in pack texts`);
    expect(problems.every((problem) => problem.line >= 1 && problem.column >= 1)).toBe(true);
  });

  it('reports every prototype access, each at its own place, and nothing twice', () => {
    const problems = checkTextTemplate('{{constructor}}\n{{report.__proto__}} {{lookup report "valueOf"}}', 'title');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 3],
      [2, 3],
      [2, 38],
    ]);
  });

  it('allows ordinary data names that only look alike', () => {
    expect(checkTextTemplate('{{#each pillars}}{{title}}{{#if (eq kind "outlook")}}！{{/if}}{{/each}} {{lookup report "title"}}', 'title')).toEqual([]);
  });

  it('refuses a text over the size cap without parsing it', () => {
    const problems = checkTextTemplate('{{report.title}}'.repeat(5000), 'title');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/at most 64 KB/);
  });
});

describe('parseErrorPosition', () => {
  it('ignores messages that are not Handlebars syntax errors', () => {
    expect(parseErrorPosition('x', 'something else')).toBeUndefined();
  });

  it('finds the place when the picture spans lines', () => {
    const source = '{{#each pillars}}\n{{title}}\n{{/each}}\n{{#if}}';
    let message = '';
    try {
      Handlebars.parse(source);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Parse error on line 4/);
    expect(parseErrorPosition(source, message)).toEqual({ line: 4, column: 8 });
  });
});
