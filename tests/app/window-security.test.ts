// The studio window's security settings and CSP, as Electron's checklist asks: checked where they are defined.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { windowOptions, MIN_SIZE } = await import('../../main/app/window-options.js');
const { CONTENT_SECURITY_POLICY } = await import('../../main/serve/csp.js');

describe('studio window options', () => {
  const options = windowOptions('/app/dist/app/preload.cjs', { x: 10, y: 20, width: 1200, height: 800 }, 'Huibao 汇报');

  it('isolates the page: context isolation, sandbox, no Node, web security on, no webview', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('uses the remembered bounds, waits to show until painted, and keeps a usable minimum size', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false, minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height });
    expect(windowOptions('/p', {}, 't')).toMatchObject({ width: 1360, height: 860 });
  });
});

describe('content security policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

  it('allows nothing by default and scripts only from our own origin: no inline, no eval', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|strict-dynamic/);
  });

  it('names no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('forbids framing, plugins, base and form hijacking', () => {
    for (const directive of ['frame-ancestors', 'object-src', 'base-uri', 'form-action']) expect(directives.get(directive)).toEqual(["'none'"]);
  });
});
