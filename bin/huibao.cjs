#!/usr/bin/env node
// The `huibao` command. `npm ci` builds dist/cli.cjs (the "prepare" script), so no extra build step is needed.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { loadConfiguredBundle } = require('./load-bundle.cjs');

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('huibao: dist/cli.cjs is missing; run "npm ci" (or "npm run prepare") in the Huibao folder first\n');
  process.exit(1);
}
const cli = loadConfiguredBundle(bundle, 'code cache');
cli.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
