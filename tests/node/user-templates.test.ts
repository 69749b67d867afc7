import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../main/engine/errors.js';
import { duplicatePack } from '../../main/engine/template-library/duplicate-pack.js';
import { samePackFiles, withFile } from '../../main/engine/template-library/pack-files.js';
import {
  defaultUserDataDir,
  installedIdentities,
  listInstalledPacks,
  locatePack,
  readPackFolder,
  removeUserPack,
  saveUserPack,
  userTemplatesDir,
} from '../../main/node/user-templates.js';
import { builtInFiles } from '../engine/template-library/support/packs.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'huibao-user-'));

/** Every path under `root`, for "nothing else was written" checks. */
function tree(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
}

async function myBlue(id = 'my-blue') {
  return duplicatePack(await builtInFiles('gov-blue'), { id, name: { zh: `我的蓝${id}`, en: `My Blue ${id}` } }, 'gov-blue');
}

describe('defaultUserDataDir', () => {
  it('matches Electron’s userData for an app named "huibao" on each platform, unless overridden', () => {
    expect(defaultUserDataDir({}, 'linux', '/home/li')).toBe('/home/li/.config/huibao');
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/li')).toBe('/cfg/huibao');
    expect(defaultUserDataDir({}, 'darwin', '/Users/li')).toBe('/Users/li/Library/Application Support/huibao');
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32', 'C:\\Users\\li')).toBe(path.join('C:\\Users\\li\\AppData\\Roaming', 'huibao'));
    expect(defaultUserDataDir({ HUIBAO_USER_DATA: 'rel/data' }, 'linux', '/home/li')).toBe(path.resolve('rel/data'));
    // huibao serve's variable names the same folder; HUIBAO_USER_DATA wins when both are set.
    expect(defaultUserDataDir({ HUIBAO_DATA_DIR: '/srv/huibao' }, 'linux', '/home/li')).toBe('/srv/huibao');
    expect(defaultUserDataDir({ HUIBAO_DATA_DIR: '/srv/huibao', HUIBAO_USER_DATA: '/u' }, 'linux', '/home/li')).toBe('/u');
  });
});

describe('saving and reading user packs', () => {
  it('writes a pack whole into <user data>/templates/<id>, reads it back unchanged, and leaves no temporary folder', async () => {
    const data = temp();
    const files = await myBlue();
    const folder = await saveUserPack(data, 'my-blue', files);
    expect(folder).toBe(path.join(userTemplatesDir(data), 'my-blue'));
    expect(samePackFiles(await readPackFolder(folder, 'my-blue'), files)).toBe(true);
    expect(readdirSync(userTemplatesDir(data))).toEqual(['my-blue']);
  });

  it('never replaces another pack unless asked to, and replaces whole when asked', async () => {
    const data = temp();
    const files = await myBlue();
    await saveUserPack(data, 'my-blue', files);
    await expect(saveUserPack(data, 'my-blue', files)).rejects.toThrow(/already exists/);
    const edited = withFile(files, 'text/footer.hbs', '内部资料');
    await saveUserPack(data, 'my-blue', edited, { replace: true });
    expect(samePackFiles(await readPackFolder(path.join(userTemplatesDir(data), 'my-blue'), 'x'), edited)).toBe(true);
    expect(readdirSync(userTemplatesDir(data))).toEqual(['my-blue']);
  });

  it('refuses an id that is not one, and a file that could leave the pack, writing nothing anywhere', async () => {
    const data = temp();
    await expect(saveUserPack(data, '../escape', await myBlue())).rejects.toThrow(InputError);
    const hostile = withFile(await myBlue(), '../../outside.txt', 'x');
    await expect(saveUserPack(data, 'my-blue', hostile)).rejects.toThrow(/climbs out of the pack/);
    expect(tree(data)).toEqual(['templates']);
  });

  it('reads a pack folder without hidden files, and refuses symbolic links and oversized files', async () => {
    const data = temp();
    const folder = await saveUserPack(data, 'my-blue', await myBlue());
    writeFileSync(path.join(folder, '.DS_Store'), 'x');
    mkdirSync(path.join(folder, '.git'));
    writeFileSync(path.join(folder, '.git', 'HEAD'), 'x');
    expect([...(await readPackFolder(folder, 'p')).keys()].filter((name) => /(^|\/)\./.test(name))).toEqual([]);
    symlinkSync('/etc/passwd', path.join(folder, 'assets', 'link.png'));
    await expect(readPackFolder(folder, 'p')).rejects.toMatchObject({ file: 'p/assets/link.png', message: 'is a symbolic link; packs hold only plain files' });
    const other = await saveUserPack(data, 'other', await myBlue('other'));
    writeFileSync(path.join(other, 'assets', 'huge.png'), Buffer.alloc(5 * 1024 * 1024));
    await expect(readPackFolder(other, 'o')).rejects.toMatchObject({ file: 'o/assets/huge.png', message: 'is 5 MB; at most 4 MB is allowed' });
  });

  it('lists built-in packs and the user’s, refuses a user pack under a built-in id, and finds packs by id, name or folder', async () => {
    const data = temp();
    await saveUserPack(data, 'my-blue', await myBlue());
    await saveUserPack(data, 'gov-blue', await builtInFiles('gov-blue'));
    const installed = await listInstalledPacks(data);
    expect(installed.map((item) => `${item.source}:${item.listing.folder}`)).toEqual(['built-in:gov-blue', 'built-in:minimal', 'built-in:party-red', 'user:gov-blue', 'user:my-blue']);
    const clash = installed.find((item) => item.source === 'user' && item.listing.folder === 'gov-blue')?.listing;
    expect(clash && 'error' in clash ? clash.error.message : '').toBe('the id "gov-blue" belongs to a built-in pack');
    expect((await installedIdentities(data)).map((identity) => identity.id)).toEqual(['gov-blue', 'minimal', 'party-red', 'gov-blue', 'my-blue']);
    expect(await locatePack('my-blue', data)).toMatchObject({ source: 'user', folder: path.join(userTemplatesDir(data), 'my-blue') });
    expect(await locatePack('我的蓝my-blue', data)).toMatchObject({ source: 'user' });
    expect(await locatePack('政务蓝', data)).toMatchObject({ source: 'built-in', label: 'templates/gov-blue' });
    expect(await locatePack('./templates/minimal', data)).toMatchObject({ source: 'folder', folder: path.resolve('templates/minimal') });
    await expect(locatePack('purple', data)).rejects.toThrow(/no template pack "purple"/);
  });

  it('removes a user pack, and nothing that is not one', async () => {
    const data = temp();
    await saveUserPack(data, 'my-blue', await myBlue());
    await removeUserPack(data, 'my-blue');
    expect(readdirSync(userTemplatesDir(data))).toEqual([]);
    await expect(removeUserPack(data, 'my-blue')).rejects.toThrow(/not a user template pack/);
    await expect(removeUserPack(data, '..')).rejects.toThrow(/not a pack id/);
  });
});
