/**
 * The real dist bundle of the Electron main process, started under Node with a stand-in `electron` module (the
 * binary cannot be downloaded here). Proves the wiring in main/app/main.ts: what happens before `ready`, the
 * window's options and page, the protocol answering with the CSP, IPC for exactly the contract channels and only
 * from the window, and pending edits written before quitting.
 */
import { build } from 'esbuild';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, existsSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../main/contract.js';
import { CONTENT_SECURITY_POLICY } from '../../main/serve/csp.js';
import { tempDir } from '../handlers/support/harness.js';

type Handler = (event: unknown, args: unknown) => Promise<unknown>;

/** Just enough of Electron for main.ts to start, recording what it was asked to do. */
function fakeElectron(appData: string) {
  const calls: string[] = [];
  const handlers = new Map<string, Handler>();
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getPath: (name: string) => (name === 'appData' ? appData : name === 'userData' ? path.join(appData, 'huibao') : appData),
    setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
    whenReady: () => (calls.push('whenReady'), ready),
    getPreferredSystemLanguages: () => ['zh-CN'],
    getLocale: () => 'zh-CN',
    getVersion: () => '0.1.0',
    quit: () => calls.push('quit'),
    exit: (code: number) => calls.push(`exit ${code}`),
    setAboutPanelOptions: () => undefined,
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    readonly webContents = Object.assign(new EventEmitter(), {
      mainFrame: { url: '' },
      sent: [] as unknown[][],
      isDestroyed: () => false,
      send(...args: unknown[]) {
        this.sent.push(args);
      },
      setWindowOpenHandler: () => undefined,
    });
    url = '';
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    async loadURL(url: string) {
      this.url = url;
      this.webContents.mainFrame.url = url;
    }
    getNormalBounds = () => ({ x: 0, y: 0, width: 1360, height: 860 });
    isMaximized = () => false;
    isMinimized = () => false;
    isDestroyed = () => false;
  }
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => calls.push(`registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        calls.push(`protocol.handle ${scheme}`);
        protocolHandler = handler;
      },
    },
    ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler), removeHandler: (channel: string) => handlers.delete(channel) },
    session: { defaultSession: { setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'), setPermissionCheckHandler: () => undefined } },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: { buildFromTemplate: (template: unknown[]) => template, setApplicationMenu: () => calls.push('setApplicationMenu') },
    dialog: { showMessageBox: async () => ({}), showErrorBox: (title: string, message: string) => calls.push(`showErrorBox ${message}`) },
    shell: { showItemInFolder: () => undefined },
  };
  return { electron, calls, handlers, windows, protocol: () => protocolHandler, ready: resolveReady };
}

describe('Electron main bundle, started with a stand-in electron module', () => {
  const appData = tempDir('huibao-appdata-');
  const fake = fakeElectron(appData);
  const originalLoad = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  let bundleDir = '';

  beforeAll(async () => {
    const cache = path.resolve('node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    bundleDir = mkdtempSync(path.join(cache, 'huibao-main-'));
    const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', logLevel: 'silent', define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } } as const;
    await build({ ...common, entryPoints: ['main/app/main.ts'], outfile: path.join(bundleDir, 'main.cjs'), external: ['electron'] });
    await build({ ...common, entryPoints: ['main/preload/preload.ts'], outfile: path.join(bundleDir, 'preload.cjs'), external: ['electron'], banner: {}, define: {} });
    (Module as unknown as { _load: unknown })._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? fake.electron : originalLoad.call(this, request, ...rest);
    };
    const require = Module.createRequire(import.meta.url);
    require(path.join(bundleDir, 'main.cjs'));
    expect(fake.calls.slice(0, 4)).toEqual([`registerSchemesAsPrivileged huibao`, `setPath userData ${path.join(appData, 'huibao')}`, 'enableSandbox', 'requestSingleInstanceLock']);
    fake.ready();
    while (fake.windows.length === 0 || fake.windows[0]!.url === '') await new Promise((resolve) => setTimeout(resolve, 5));
  }, 60_000);

  afterAll(() => {
    (Module as unknown as { _load: unknown })._load = originalLoad;
  });

  it('opens one secure window on huibao://app/ with the bundled preload', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.url).toBe('huibao://app/');
    const prefs = window.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(prefs['preload']).toBe(path.join(bundleDir, 'preload.cjs'));
    expect(existsSync(prefs['preload'] as string)).toBe(true);
    expect(fake.calls).toEqual(expect.arrayContaining(['protocol.handle huibao', 'setPermissionRequestHandler', 'setApplicationMenu']));
  });

  it('serves the studio through the protocol with the CSP', async () => {
    const response = await fake.protocol()!(new Request('huibao://app/fonts/noto-sans-sc-400.ttf'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await fake.protocol()!(new Request('huibao://app/../../package.json'))).status).toBe(404);
  });

  it('handles exactly the contract channels, for the window only', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual(channelNames.map((c) => `huibao:${c}`).sort());
    const contents = fake.windows[0]!.webContents;
    const info = await fake.handlers.get('huibao:appInfo')!({ sender: contents, senderFrame: contents.mainFrame }, {});
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', locale: 'zh-CN', features: { nativeDialogs: true, showInFolder: true } } });
    const stranger = await fake.handlers.get('huibao:appInfo')!({ sender: {}, senderFrame: { url: 'huibao://app/' } }, {});
    expect(stranger).toMatchObject({ ok: false });
  });

  it('opens the sample and writes pending edits before quitting', async () => {
    const contents = fake.windows[0]!.webContents;
    const trusted = { sender: contents, senderFrame: contents.mainFrame };
    const opened = (await fake.handlers.get('huibao:openSample')!(trusted, {})) as { ok: true; value: { id: string; projectFile: string } };
    expect(opened.ok).toBe(true);
    expect(opened.value.projectFile.startsWith(path.join(appData, 'huibao', 'projects'))).toBe(true);
    await fake.handlers.get('huibao:updateDocument')!(trusted, { documentId: opened.value.id, selection: { preset: 'onepage' } });
    let prevented = false;
    fake.electron.app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    while (!fake.calls.includes('quit')) await new Promise((resolve) => setTimeout(resolve, 5));
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(opened.value.projectFile, 'utf8'))).toMatchObject({ selection: { preset: 'onepage' } });
  }, 60_000);
});
