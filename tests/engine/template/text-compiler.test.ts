import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../main/engine/errors.js';
import type { TemplateData } from '../../../main/engine/template/data.js';
import { templateHelpers } from '../../../main/engine/template/helpers/index.js';
import { createTextCompiler } from '../../../main/engine/template/text-compiler.js';

const compiler = createTextCompiler(templateHelpers);
const data = {
  report: { title: '<标题> & "引号"', meta: { organization: '柏杨坝镇' }, pillarCount: 1, metricCount: 0 },
  pillars: [{ id: 'p1', number: 1, title: '聚焦经济建设', sections: [{ title: '甲' }, { title: '乙' }] }],
  template: { id: 't', name: '测试', nameEn: 'Test' },
  deck: { preset: 'brief' },
} as unknown as TemplateData;

function failure(source: string, file = 'templates/x/text/t.hbs'): InputError {
  try {
    compiler.compile(file, source);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(source)} to be refused`);
}

describe('text compiler', () => {
  it('renders without HTML escaping (pptxgenjs and pdfmake escape for their formats)', () => {
    expect(compiler.compile('t.hbs', '{{report.title}}')(data)).toBe('<标题> & "引号"');
  });

  it('names the file, line and column of an unknown helper at load time, not at render time', () => {
    const error = failure('第一行\n  {{frobnicate report.title}}');
    expect(error.toOneLine()).toContain('templates/x/text/t.hbs');
    expect(error.problems[0]).toMatchObject({ where: 'line 2, column 3', message: 'unknown helper "frobnicate"' });
  });

  it('names the line of a syntax error and says what is unclosed', () => {
    const error = failure('一\n二\n{{#if report.title}}没有结束');
    expect(error.problems[0]?.where).toBe('line 3');
    expect(error.problems[0]?.message).toContain('unclosed');
    expect(failure('{{#if report.title}}x{{/each}}').problems[0]?.message).toContain("if doesn't match each");
  });

  it('refuses names that template data does not have, but not inside blocks that change the context', () => {
    const error = failure('{{reprot.title}}');
    expect(error.problems[0]).toMatchObject({ where: 'line 1, column 3' });
    expect(error.problems[0]?.message).toContain('unknown name "reprot"');
    const inEach = compiler.compile('t.hbs', '{{#each pillars}}{{number}}.{{title}}；{{/each}}');
    expect(inEach(data)).toBe('1.聚焦经济建设；');
    expect(compiler.compile('t.hbs', '{{#with report}}{{meta.organization}}{{/with}}')(data)).toBe('柏杨坝镇');
  });

  it('refuses partials and decorators', () => {
    expect(failure('{{> header}}').problems[0]?.message).toContain('partials');
    expect(failure('{{#> layout}}x{{/layout}}').problems[0]?.message).toContain('partials');
    expect(failure('{{* inline}}').problems[0]?.message).toContain('decorators');
  });

  it('blocks prototype access', () => {
    const render = compiler.compile('t.hbs', '[{{report.constructor}}][{{report.__proto__}}][{{lookup report "constructor"}}][{{report.title.constructor.name}}]');
    expect(render(data)).toBe('[][][][]');
  });

  it('keeps helpers inside its own environment', () => {
    compiler.compile('t.hbs', '{{wan 1}}');
    expect(Handlebars.helpers['wan']).toBeUndefined();
  });

  it('drops characters XML forbids and normalises line ends', () => {
    const render = compiler.compile('t.hbs', '{{report.title}}\r\n第二行');
    const withControl = { ...data, report: { ...data.report, title: 'a\u0001b\u000bc\td' } } as TemplateData;
    expect(render(withControl)).toBe('abc\td\n第二行');
  });
});

describe('text compiler errors stay on one line', () => {
  it('for lexical errors', () => {
    const error = failure('第一行\n{{#each (wan report)}}\u0000{{/each}}');
    expect(error.problems[0]).toMatchObject({ where: 'line 2' });
    expect(error.toOneLine()).not.toContain('\n');
  });
});

describe('text compiler: trusting texts another compiler checked', () => {
  it('renders trusted texts exactly as their own compiler does', () => {
    const first = createTextCompiler(templateHelpers);
    const source = '{{report.meta.organization}}：{{#each pillars}}{{number}}.{{title}}{{/each}}';
    const expected = first.compile('a.hbs', source)(data);
    const second = createTextCompiler(templateHelpers);
    expect(second.trust(first.checked())).toBe(true);
    expect(second.compile('a.hbs', source)(data)).toBe(expected);
  });

  it('skips the check only for the exact source that was checked', () => {
    const first = createTextCompiler(templateHelpers);
    first.compile('a.hbs', '{{report.title}}');
    const second = createTextCompiler(templateHelpers);
    second.trust(first.checked());
    expect(() => second.compile('a.hbs', '{{report.title}} {{frobnicate 1}}')).toThrow(InputError);
  });

  it('takes nothing from a compiler with other helpers (their texts were checked against other names)', () => {
    const first = createTextCompiler({ ...templateHelpers, frobnicate: () => 'x' });
    first.compile('a.hbs', '{{frobnicate 1}}');
    const second = createTextCompiler(templateHelpers);
    expect(second.trust(first.checked())).toBe(false);
    expect(() => second.compile('a.hbs', '{{frobnicate 1}}')).toThrow(InputError);
  });

  it('uses what it was given for a trusted source: the saved form is what runs', () => {
    // Why the cache file must come only from Huibao's own install step: trust means no check.
    const first = createTextCompiler(templateHelpers);
    first.compile('a.hbs', 'checked');
    const { signature, texts } = first.checked();
    const second = createTextCompiler(templateHelpers);
    second.trust({ signature, texts: { '{{frobnicate 1}}': Object.values(texts)[0] ?? '' } });
    expect(second.compile('a.hbs', '{{frobnicate 1}}')(data)).toBe('checked');
  });
});
