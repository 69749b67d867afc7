// main/engine/write/pdf/pdf-stack-modules.ts as the CLI bundle has it (scripts/build-node.mjs swaps the file): the
// PDF stack comes from dist/pdf-stack.cjs, beside the CLI bundle, loaded the way bin/huibao.cjs loads the CLI — with
// V8's code cache, made by the same warm-up build. Half of the CLI's JavaScript is the PDF stack; a deck-only build
// no longer reads or deserializes it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
// Left as a require at run time (build-node marks it external): the loader lives in bin/, outside the bundle.
const { loadConfiguredBundle } = require('huibao-cli:load-bundle');

exports.requirePdfStackModules = function requirePdfStackModules() {
  const bundle = path.join(__dirname, 'pdf-stack.cjs');
  if (!fs.existsSync(bundle)) {
    // INSTALL_ERROR of main/cli/errors.ts: reported as an incomplete installation, not as a bug.
    throw Object.assign(new Error(`${bundle} is missing: run "npm ci" (or "npm run prepare") in the Huibao folder`), { code: 'HUIBAO_INSTALL' });
  }
  return loadConfiguredBundle(bundle, 'PDF stack code cache');
};
