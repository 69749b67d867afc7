// Navigation away from our page, new windows, webviews and permission requests are all refused.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { guardNavigation, denyPermissions, isAppUrl } = await import('../../main/app/navigation.js');

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

function navigate(contents: FakeContents, event: string, ...args: unknown[]): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true), ...(typeof args[0] === 'object' ? args[0] : {}) }, ...args);
  return prevented;
}

describe('navigation guard', () => {
  const contents = new FakeContents();
  guardNavigation(contents as never);

  it('blocks navigation to anything but our own page', () => {
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'huibao://evil/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'huibao://app/index.html')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'https://example.com/')).toBe(true);
  });

  it('blocks every sub-frame navigation and foreign main-frame ones', () => {
    expect(navigate(contents, 'will-frame-navigate', { isMainFrame: false, url: 'huibao://app/' })).toBe(true);
    expect(navigate(contents, 'will-frame-navigate', { isMainFrame: true, url: 'https://example.com/' })).toBe(true);
    expect(navigate(contents, 'will-frame-navigate', { isMainFrame: true, url: 'huibao://app/' })).toBe(false);
  });

  it('denies new windows and webviews', () => {
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'huibao://app/' })).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-attach-webview')).toBe(true);
  });

  it('recognises only the exact app origin', () => {
    expect(isAppUrl('huibao://app/')).toBe(true);
    expect(isAppUrl('huibao://app.evil/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyPermissions({ setPermissionRequestHandler: (h: typeof request) => (request = h), setPermissionCheckHandler: (h: typeof check) => (check = h) } as never);
    const answers: boolean[] = [];
    request?.(null, 'media', (granted) => answers.push(granted));
    request?.(null, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(check?.()).toBe(false);
  });
});
