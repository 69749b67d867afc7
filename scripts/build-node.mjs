// Bundles the Node-side entry points (CLI, Electron main, preload) with esbuild. Runs as "prepare" on `npm ci`,
// so `npx huibao` works right after install. Dependencies stay external: pdfmake's ESM bundle breaks when inlined.
import { build } from 'esbuild';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// import.meta.url does not exist in CJS output: define it from __filename so main/node/paths.ts works when bundled.
const importMetaUrl = { define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } };
const common = { ...importMetaUrl, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', sourcemap: 'linked', logLevel: 'warning' };
const entries = [
  { entryPoints: ['main/cli/main.ts'], outfile: 'dist/cli.cjs' },
  { entryPoints: ['main/app/main.ts'], outfile: 'dist/app/main.cjs', external: ['electron'] },
  // The sandboxed preload may require 'electron' and nothing else (newer Electron drops even the url shim): no banner.
  { entryPoints: ['main/preload/preload.ts'], outfile: 'dist/app/preload.cjs', external: ['electron'], banner: {}, define: {} },
  { entryPoints: ['main/app/worker.ts'], outfile: 'dist/app/worker.cjs' },
].filter((entry) => existsSync(entry.entryPoints[0]));

// Each file is written beside its target and renamed over it, so a huibao process (or a test) started while another
// build runs sees the old bundle or the new one, never a half-written file.
const results = await Promise.all(entries.map((entry) => build({ ...common, ...entry, write: false })));
for (const file of results.flatMap((result) => result.outputFiles)) {
  mkdirSync(path.dirname(file.path), { recursive: true });
  const temp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temp, file.contents);
  renameSync(temp, file.path);
}
