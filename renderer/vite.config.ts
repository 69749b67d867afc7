/**
 * Builds the studio into renderer/dist. The base is relative ('./') because the same files are served from
 * Electron's huibao://app/ protocol and from `huibao serve` on 127.0.0.1; nothing is loaded from elsewhere.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // No public folder: the preview font comes from the server (/fonts/…), everything else is bundled.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Electron 45 and current browsers: no legacy transforms, no module-preload polyfill (it would be dead code).
    target: 'chrome128',
    modulePreload: { polyfill: false },
    // The CSP allows data: only for images; keep every asset a file of our own.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1' },
});
