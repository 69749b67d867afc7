import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackFiles, formatPackProblem, openPackFiles } from '../../../main/engine/template-library/check-pack.js';
import { packFileKind, unsafePathProblem } from '../../../main/engine/template-library/pack-layout.js';
import { withFile, type PackFiles } from '../../../main/engine/template-library/pack-files.js';
import { builtInFiles, png } from './support/packs.js';

type Json = Record<string, Record<string, unknown>>;

function manifestWith(files: PackFiles, change: (json: Json) => void): PackFiles {
  const json = JSON.parse(new TextDecoder().decode(files.get('template.json'))) as Json;
  change(json);
  return withFile(files, 'template.json', JSON.stringify(json));
}

describe('checkPackFiles', () => {
  it('passes every built-in pack, loading it', async () => {
    for (const id of ['gov-blue', 'party-red', 'minimal']) {
      const check = await checkPackFiles(await builtInFiles(id), `templates/${id}`);
      expect(check.problems, id).toEqual([]);
      expect(check.pack?.id).toBe(id);
    }
  });

  it('collects every problem of a broken pack, each with its file and place', async () => {
    let files = await builtInFiles('gov-blue');
    files = manifestWith(files, (json) => {
      json['colors']!['primary'] = 'navy';
      json['assets']!['logo'] = { path: '../logo.png', alt: 'x' };
    });
    files = withFile(files, 'text/footer.hbs', '{{report.title}}\n{{shout report.title}}');
    files = withFile(files, 'text/pillar-title.hbs', '{{#if pillar}}');
    files = withFile(files, 'text/title.hbs', undefined);
    files = withFile(files, 'assets/fake.png', 'GIF89a');
    files = withFile(files, 'notes.txt', 'hello');
    const check = await checkPackFiles(files, 'my-pack');
    expect(check.pack).toBeUndefined();
    expect(check.problems.map((problem) => formatPackProblem('my-pack', problem))).toEqual([
      'my-pack/notes.txt: is not part of a template pack (a pack holds template.json, text/*.hbs and PNG or JPEG images under assets/)',
      expect.stringMatching(/^my-pack\/template\.json: colors\.primary: /),
      'my-pack/template.json: assets.logo.path: "../logo.png" must stay inside the pack (no "..", "." or empty folder names)',
      'my-pack/assets/fake.png: is not a PNG or JPEG image (its contents say otherwise, whatever its name)',
      expect.stringMatching(/^my-pack\/text\/title\.hbs: missing/),
      'my-pack/text/footer.hbs:2:1: unknown helper "shout"',
      expect.stringMatching(/^my-pack\/text\/pillar-title\.hbs:1:15: the template ends inside/),
    ]);
    await expect(openPackFiles(files, 'my-pack')).rejects.toThrow(/^not a usable template pack \(7 problems\)$/);
  });

  it('warns of images nothing uses and of text below WCAG AA, without refusing the pack', async () => {
    const files = withFile(await builtInFiles('minimal'), 'assets/spare.png', png(2, 2));
    const check = await checkPackFiles(files, 'minimal');
    expect(check.pack).toBeDefined();
    expect(check.warnings).toContainEqual({ file: 'assets/spare.png', message: 'is not used by template.json' });
  });

  it('refuses too many files, names that clash where case does not count, and oversized texts', async () => {
    let files = await builtInFiles('minimal');
    for (let i = 0; i < 190; i++) files = withFile(files, `assets/p${i}.png`, png(1, 1));
    files = withFile(files, 'text/Footer.hbs', 'x');
    files = withFile(files, 'text/notes.hbs', 'x'.repeat(70 * 1024));
    const messages = (await checkPackFiles(files, 'p')).problems.map((problem) => formatPackProblem('p', problem));
    expect(messages).toContain('p: holds 211 files; a pack may hold at most 200');
    expect(messages).toContain('p/text/Footer.hbs: has the same name as "text/footer.hbs" on Windows and macOS, where case does not count');
    expect(messages).toContain('p/text/Footer.hbs: is not a text template: texts are text/<name>.hbs, with lower-case letters, digits, "." and "-" in the name');
    expect(messages).toContain('p/text/notes.hbs: is 70 KB; at most 64 KB is allowed for a text');
  });
});

describe('pack paths', () => {
  it.each([
    ['../x', /climbs out/],
    ['a/./b', /"\." folder/],
    ['a//b', /empty/],
    ['/abs', /absolute/],
    ['D:x.png', /absolute/],
    ['a\\b', /"\\"/],
    ['assets/a\u0000.png', /control characters/],
    ['assets/con?.png', /Windows cannot hold/],
    ['assets/trailing.png.', /Windows cannot hold/],
    ['a'.repeat(201), /longer than 200/],
  ])('refuses %j', (path, why) => {
    expect(unsafePathProblem(path)).toMatch(why);
  });

  it('lets through only paths that stay inside the folder on POSIX and on Windows', () => {
    const part = fc.oneof(fc.constantFrom('..', '.', '', 'C:', 'c:', '~', 'assets', 'text', 'a.png', '..\\x', 'x:y', ' ', '\u0000'), fc.string({ maxLength: 6 }));
    const separator = fc.constantFrom('/', '\\');
    const head = fc.constantFrom('', '/', '\\', 'C:\\', 'C:', '//server/share/');
    const candidate = fc.tuple(head, fc.array(fc.tuple(part, separator), { minLength: 1, maxLength: 5 })).map(([start, parts]) => start + parts.map(([name, sep], i) => (i === 0 ? name : sep + name)).join(''));
    fc.assert(
      fc.property(candidate, (name) => {
        if (unsafePathProblem(name) !== undefined) return;
        expect(path.posix.resolve('/root', name).startsWith('/root/')).toBe(true);
        expect(path.win32.resolve('C:\\root', name).startsWith('C:\\root\\')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the three kinds of pack file', () => {
    expect(packFileKind('template.json')).toBe('manifest');
    expect(packFileKind('text/summary.md.hbs')).toBe('text');
    expect(packFileKind('assets/徽标/党徽.JPG')).toBe('image');
    expect(packFileKind('assets/logo.svg')).toEqual({ problem: expect.stringMatching(/only \.png, \.jpg and \.jpeg/) });
  });
});
