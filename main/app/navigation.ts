/**
 * The window shows our page and nothing else: navigation away is blocked, new windows are denied, <webview> cannot
 * attach, and permission requests (camera, notifications…) are refused. Links to the web are not opened at all:
 * nothing in the studio needs one, so there is no shell.openExternal to abuse.
 */
import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../contract/electron.js';

/** Scheme and host, not `URL.origin`: Node's URL gives custom schemes the opaque origin "null". */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

export function guardNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    // A reload of our own page is fine; anything else (a dropped file, a link, a redirect) is not.
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame || !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
