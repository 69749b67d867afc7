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
const cliAlias = { 'tiny-inflate': './main/cli/bundle-shims/tiny-inflate.cjs' };
const entries = [
  // The CLI carries its dependencies: one file to read and compile (and one code cache) instead of ~400 modules to
  // resolve. import() becomes require(), which a vm.Script with cached data can run without a dynamic-import hook.
  // tiny-inflate is swapped for the same call on Node's zlib (main/cli/bundle-shims/tiny-inflate.cjs). The PDF stack
  // is a bundle of its own (next entry), loaded only by commands that write a PDF.
  {
    entryPoints: ['main/cli/main.ts'],
    outfile: 'dist/cli.cjs',
    packages: undefined,
    supported: { 'dynamic-import': false },
    alias: cliAlias,
    // commander loads child_process (~5 ms in a fresh process) for executable subcommands, which huibao has none of;
    // pptxgenjs loads https (~10 ms) for pictures given by URL, which the PPTX writer never passes.
    plugins: [pdfStackApart(), loadOnFirstUse({ 'node:child_process': 'commander', 'node:https': 'pptxgenjs' })],
  },
  {
    entryPoints: ['main/cli/bundle-shims/pdf-stack-entry.cjs'],
    outfile: 'dist/pdf-stack.cjs',
    packages: undefined,
    alias: cliAlias,
    // pdfkit requires AES, SHA-2 and their helpers at start-up for encrypted PDFs, which Huibao never writes: ~15 ms
    // of tables, and the helpers' look at globalThis.crypto loads Node's Web Crypto (~8 ms).
    plugins: [loadOnFirstUse({ '@noble/ciphers/aes': 'pdfkit', '@noble/hashes/sha2': 'pdfkit', '@noble/hashes/utils': 'pdfkit' })],
  },
  { entryPoints: ['main/app/main.ts'], outfile: 'dist/app/main.cjs', external: ['electron'] },
  // The sandboxed preload may require 'electron' and nothing else (newer Electron drops even the url shim): no banner.
  { entryPoints: ['main/preload/preload.ts'], outfile: 'dist/app/preload.cjs', external: ['electron'], banner: {}, define: {} },
  { entryPoints: ['main/app/worker.ts'], outfile: 'dist/app/worker.cjs' },
].filter((entry) => existsSync(entry.entryPoints[0]));

/** In the CLI bundle, the engine's PDF stack loader becomes one that loads dist/pdf-stack.cjs (see that shim). */
function pdfStackApart() {
  return {
    name: 'pdf-stack-apart',
    setup(build) {
      build.onResolve({ filter: /\/pdf-stack-modules\.js$/ }, () => ({ path: path.resolve('main/cli/bundle-shims/pdf-stack-modules.cjs') }));
      // The loader of bundles lives in bin/ and is required from dist/ at run time.
      build.onResolve({ filter: /^huibao-cli:load-bundle$/ }, () => ({ path: '../bin/load-bundle.cjs', external: true }));
    },
  };
}

/**
 * Modules required at start-up but seldom used become proxies that require the real module on first use. Works for
 * packages and for Node's own modules (which stay outside the bundle). Only for the importing package named with each
 * module, whose use was checked: property reads (`mod.fn()`, a default import). A proxy lists no properties, so an ES
 * named import of it would find none; any other importer gets the real module as usual.
 */
function loadOnFirstUse(importersBySpecifier) {
  const specifiers = Object.keys(importersBySpecifier);
  const filter = new RegExp(`^(${specifiers.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
  const byChecked = (args) => args.importer.split(path.sep).join('/').includes(`/node_modules/${importersBySpecifier[args.path]}/`);
  return {
    name: 'load-on-first-use',
    setup(build) {
      build.onResolve({ filter }, async (args) => {
        // The proxy's own require, the lookup of the real module just below, and unchecked importers: as usual.
        if (args.namespace === 'load-on-first-use' || args.pluginData?.real || !byChecked(args)) return undefined;
        const real = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, namespace: args.namespace, pluginData: { real: true } });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.external ? args.path : real.path, namespace: 'load-on-first-use', pluginData: { resolveDir: args.resolveDir } };
      });
      build.onLoad({ filter: /.*/, namespace: 'load-on-first-use' }, (args) => ({
        // esbuild's interop asks every required module for __esModule: answered without loading (none of these is one).
        contents: `let real;\nmodule.exports = new Proxy({}, { get: (_target, key) => (key === '__esModule' ? undefined : (real ??= require(${JSON.stringify(args.path)}))[key]) });\n`,
        resolveDir: args.pluginData.resolveDir,
      }));
    },
  };
}

/** The bundles bin/load-bundle.cjs reads (see asciiOnly). */
const LOADED_AS_LATIN1 = new Set(['cli.cjs', 'pdf-stack.cjs']);

// Each file is written beside its target and renamed over it, so a huibao process (or a test) started while another
// build runs sees the old bundle or the new one, never a half-written file.
const results = await Promise.all(entries.map((entry) => build({ ...common, ...entry, write: false })));
for (const file of results.flatMap((result) => result.outputFiles)) {
  mkdirSync(path.dirname(file.path), { recursive: true });
  const temp = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temp, LOADED_AS_LATIN1.has(path.basename(file.path)) ? asciiOnly(file.text) : file.contents);
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
