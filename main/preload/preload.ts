/** Preload of the studio window (sandboxed, bundled to dist/app/preload.cjs): expose the typed bridge, nothing else. */
import { exposeBridge } from './ipc.js';

exposeBridge();
