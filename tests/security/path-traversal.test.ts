/**
 * Paths that come from files or from the page must stay inside the folder they are meant for: resolveInside and the
 * folder ReadPort (main/cli/node-ports.ts) that template packs and samples are read through.
 * tests/property/paths.property.test.ts fuzzes the same function and proves the check catches the classic prefix bug.
 */
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderReadPort, resolveInside } from '../../main/cli/node-ports.js';

let root: string;
let outside: string;

beforeAll(() => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'huibao-traversal-')));
  root = path.join(base, 'pack');
  outside = path.join(base, 'secret.txt');
  mkdirSync(path.join(root, 'text'), { recursive: true });
  writeFileSync(path.join(root, 'text', 'title.hbs'), '{{title}}');
  writeFileSync(outside, 'the secret');
  // A sibling whose name starts with the root's: "/…/pack" must not accept "/…/pack-evil".
  mkdirSync(path.join(base, 'pack-evil'));
  writeFileSync(path.join(base, 'pack-evil', 'x.txt'), 'evil');
});

const hostile = [
  '../secret.txt',
  'text/../../secret.txt',
  '../pack-evil/x.txt',
  '..',
  '/etc/passwd',
  '//etc/passwd',
  'C:\\Windows\\win.ini',
  'c:secret.txt',
  'D:/x',
  'text/\0.hbs',
  'text/../../../../../../../../etc/passwd',
];

describe('resolveInside', () => {
  it.each(hostile)('refuses %j', (relative) => {
    expect(() => resolveInside(root, relative)).toThrow(/refused/);
  });

  it.each(['text/title.hbs', 'text/../text/title.hbs', './text/title.hbs', 'a b/c（中文）.png', '', '.', 'text/'])('accepts %j inside the folder', (relative) => {
    const full = resolveInside(root, relative);
    expect(full === root || full.startsWith(root + path.sep)).toBe(true);
  });
});

describe('folderReadPort', () => {
  it.each(hostile)('will not read %j', async (relative) => {
    const port = folderReadPort(root);
    await expect(port.readText(relative)).rejects.toThrow();
    await expect(port.readBytes(relative)).rejects.toThrow();
    expect(await port.exists(relative)).toBe(false);
  });

  it('reads what is inside', async () => {
    expect(await folderReadPort(root).readText('text/title.hbs')).toBe('{{title}}');
    expect(await folderReadPort(root).list('text')).toEqual(['title.hbs']);
  });

  // Regression: folderReadPort checked the path's letters only and fs.readFile then followed links out of the folder.
  it('will not follow a symbolic link out of the folder', async () => {
    const link = path.join(root, 'text', 'leak.hbs');
    symlinkSync(outside, link);
    await expect(folderReadPort(root).readText('text/leak.hbs')).rejects.toThrow();
  });
});
