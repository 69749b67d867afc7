// Bundles the Node-side entry points (CLI, Electron main, preload, export worker) with esbuild. Runs as "prepare" on
// `npm ci`, so `npx huibao` works right after install. Then it warms the CLI up: the built-in packs' texts are
// checked and saved precompiled (dist/pack-texts.json), and one build of the bundled sample saves V8's compiled code
// (dist/cli.cjs.cache, read by bin/load-bundle.cjs). Both only skip work: a missing or stale one is ignored.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

// import.meta.url does not exist in CJS output: define it from __filename so main/node/paths.ts works when bundled.
const importMetaUrl = { define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" } };
const common = { ...importMetaUrl, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', sourcemap: 'linked', logLevel: 'warning' };
const entries = [
  // The CLI carries its dependencies: one file to read and compile (and one code cache) instead of ~400 modules to
  // resolve. import() becomes require(), which a vm.Script with cached data can run without a dynamic-import hook.
  // tiny-inflate is swapped for the same call on Node's zlib (main/cli/bundle-shims/tiny-inflate.cjs).
  { entryPoints: ['main/cli/main.ts'], outfile: 'dist/cli.cjs', packages: undefined, supported: { 'dynamic-import': false }, alias: { 'tiny-inflate': './main/cli/bundle-shims/tiny-inflate.cjs' } },
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
  writeFileSync(temp, file.path.endsWith(`${path.sep}cli.cjs`) ? asciiOnly(file.text) : file.contents);
  renameSync(temp, file.path);
}

/**
 * bin/load-bundle.cjs reads the CLI bundle as latin1 (1 ms) rather than UTF-8 (~20 ms for 6 MB with a few Chinese
 * characters), so the bundle must be ASCII. esbuild escapes strings but leaves comments and regular expressions as
 * written; \uXXXX means the same UTF-16 unit in both (and in identifiers), so every non-ASCII unit is escaped.
 */
function asciiOnly(text) {
  return text.replace(/[^\t\n\r\x20-\x7e]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

if (existsSync('dist/cli.cjs') && process.env.HUIBAO_SKIP_WARM_UP !== '1') {
  try {
    await warmUp();
  } catch (error) {
    // The warm-up only saves work later: an install must not fail over it (CI wants to know, though).
    if (process.env.CI === 'true') throw error;
    rmSync('dist/cli.cjs.cache', { force: true });
    console.warn(`huibao: could not prepare the CLI's caches (${error instanceof Error ? error.message.split('\n')[0] : error}); huibao works, only starts slower`);
  }
}

async function warmUp() {
  // Made afresh from the packs as they are now: an old file would carry texts that no longer exist.
  rmSync('dist/pack-texts.json', { force: true });
  const texts = await createRequire(import.meta.url)(path.resolve('dist/cli.cjs')).prepareTextCache();
  const out = mkdtempSync(path.join(tmpdir(), 'huibao-warm-up-'));
  try {
    const sample = 'assets/samples/baiyangba-2023-q1q3.txt';
    execFileSync(process.execPath, ['bin/huibao.cjs', 'build', sample, '--out-dir', out, '--pptx', '--pdf', '--handout'], {
      env: { ...process.env, HUIBAO_SAVE_CODE_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  console.log(`huibao: prepared ${texts} checked template texts and the CLI's code cache`);
}
