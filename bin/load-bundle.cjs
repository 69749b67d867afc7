// Loads the CLI bundle with V8's code cache. A fresh `huibao` process spends more time compiling its ~6 MB of
// JavaScript than building a deck; `npm ci` runs one sample build that saves the compiled code beside the bundle
// (dist/cli.cjs.cache, see scripts/build-node.mjs) and later runs start from it. Node 20 has no module compile
// cache of its own (module.enableCompileCache came in Node 22), hence vm.Script with cachedData.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

/**
 * V8 accepts a cache made for any source of the same length, so the cache file starts with one JSON line naming the
 * size and modification time of the bundle it was made from; a rebuilt bundle ignores an old cache instead of
 * running code compiled from other source.
 */
function readCache(cacheFile, stamp) {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(10);
  if (newline < 0 || bytes.subarray(0, newline).toString('utf8') !== stamp) return undefined;
  return bytes.subarray(newline + 1);
}

function stampOf(stats) {
  return JSON.stringify({ size: stats.size, mtimeMs: stats.mtimeMs });
}

/** Stamp and text from one open file, so a bundle renamed into place meanwhile cannot pair new text with an old stamp. */
function readBundle(file) {
  const fd = fs.openSync(file, 'r');
  try {
    // scripts/build-node.mjs writes the bundle as ASCII: latin1 reads the same text without decoding UTF-8.
    return { stamp: stampOf(fs.fstatSync(fd)), source: fs.readFileSync(fd, 'latin1') };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Run the bundle as a CommonJS module. Returns its exports and what became of the code cache: "none" (no file, or
 * one made for another bundle), "accepted", or "rejected" by V8 (another Node version or V8 flags). With
 * saveCodeCache the cache is written at exit instead; useCodeCache false ignores it (to measure what it saves).
 */
function loadBundle(file, { saveCodeCache = false, useCodeCache = true } = {}) {
  const cacheFile = `${file}.cache`;
  const { stamp, source } = readBundle(file);
  const cachedData = saveCodeCache || !useCodeCache ? undefined : readCache(cacheFile, stamp);
  // The bundle has no import() left (esbuild turns it into require), so no dynamic-import hook is needed.
  const script = new vm.Script(wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  module.loaded = true;
  const codeCache = cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'none';
  if (saveCodeCache) {
    // At exit, so the cache holds every function the sample build compiled, not only the top level.
    process.once('exit', () => {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temp, Buffer.concat([Buffer.from(`${stamp}\n`), script.createCachedData()]));
      fs.renameSync(temp, cacheFile);
    });
  }
  return { exports: module.exports, codeCache };
}

/**
 * loadBundle as the `huibao` environment asks: HUIBAO_SAVE_CODE_CACHE=1 saves the cache (the warm-up build),
 * HUIBAO_NO_CODE_CACHE=1 ignores it, and HUIBAO_DEBUG says on stderr what became of it (`huibao: <what> accepted`).
 */
function loadConfiguredBundle(file, what) {
  const loaded = loadBundle(file, {
    saveCodeCache: process.env.HUIBAO_SAVE_CODE_CACHE === '1',
    useCodeCache: process.env.HUIBAO_NO_CODE_CACHE !== '1',
  });
  if (process.env.HUIBAO_DEBUG) process.stderr.write(`huibao: ${what} ${loaded.codeCache}\n`);
  return loaded.exports;
}

module.exports = { loadBundle, loadConfiguredBundle };
