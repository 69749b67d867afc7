// Preloaded into whole-process benchmark runs (NODE_OPTIONS=--require): records the process's peak resident memory.
'use strict';
const file = process.env.HUIBAO_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
