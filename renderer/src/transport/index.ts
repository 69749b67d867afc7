/**
 * The studio's only door to files and the engine. Import `api` and call a channel:
 *
 *   const doc = await api.openSample();                      // DocumentView
 *   await api.updateDocument({ documentId: doc.id, selection });
 *   const { deck } = await api.planDeck({ documentId: doc.id });
 *   const off = onEvent('progress', ({ jobId, fraction }) => …);
 *
 * Failed calls throw HuibaoError (message, file, hint). In Electron calls go over the preload bridge; under
 * `huibao serve` over HTTP to 127.0.0.1. Every method and payload is typed from main/contract.ts.
 *
 * What the page can rely on (both modes):
 * - on start, `api.getDocument()` returns the report opened from the command line (or null), or throws its error;
 * - `onEvent('command', …)` delivers menu actions, a file sent to the running app, drops on the window frame;
 * - `openFile(file)` opens a dropped/picked File (by path in Electron, by bytes in the browser);
 * - `appInfo().features` says whether native dialogs and "show in folder" exist (Electron) or not (serve);
 * - serve exports answer with `downloadUrl` (same origin, authorised by the cookie the page load set);
 * - the preview font is served at /fonts/noto-sans-sc-400.ttf and /fonts/noto-sans-sc-700.ttf;
 * - CSP (main/serve/csp.ts): scripts and styles only from our own files — no inline <script>/<style>, no
 *   style="" attributes in markup (set styles through element.style), images from 'self' or data: URLs.
 */
import type { EventName } from '../../../main/contract/channels.js';
import type { DocumentView } from '../../../main/contract.js';
import { createApi } from './api.js';
import { httpTransport, readToken } from './http.js';
import { findBridge, ipcTransport } from './ipc.js';
import type { Api, Listener, Transport } from './types.js';

export type * from '../../../main/contract.js';
export { HuibaoError } from './errors.js';
export { createApi } from './api.js';
export type { Api, Listener, Transport } from './types.js';

function detectTransport(): Transport {
  const bridge = findBridge();
  if (bridge) return ipcTransport(bridge);
  // Outside a browser (unit tests importing createApi) there is no location: the token is simply empty.
  const here = typeof location === 'undefined' ? { search: '' } : location;
  const storage = typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  return httpTransport({ token: readToken(here, storage) });
}

export const transport: Transport = detectTransport();
export const api: Api = createApi(transport);

export function onEvent<E extends EventName>(event: E, listener: Listener<E>): () => void {
  return transport.on(event, listener as (payload: unknown) => void);
}

/** Base64 of a File's bytes, in chunks so a large file does not overflow the call stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Open a dropped or picked file: by path when the platform knows it (Electron), else by its bytes. */
export async function openFile(file: File, jobId?: string): Promise<DocumentView> {
  const path = transport.pathForFile(file);
  const job = jobId === undefined ? {} : { jobId };
  if (path) return api.openPath({ path, ...job });
  return api.openBytes({ name: file.name, base64: await fileToBase64(file), ...job });
}
