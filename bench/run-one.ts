// Runs one in-process benchmark case in its own process, so its peak memory is its own, and prints JSON.
import { pathToFileURL } from 'node:url';
import { summarize } from './measure.js';
import type { BenchCase } from './types.js';

const [file, name, runsArg] = process.argv.slice(2);
const { cases } = (await import(pathToFileURL(file!).href)) as { cases: BenchCase[] };
const benchCase = cases.find((c) => c.name === name);
if (!benchCase || benchCase.kind !== 'in-process') throw new Error(`no in-process case "${name}" in ${file}`);
await benchCase.setup?.();
await benchCase.run(); // warm-up: JIT, font parsing and lazy imports are not what we measure
const runs = Number(runsArg ?? benchCase.runs ?? 7);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = process.hrtime.bigint();
  await benchCase.run();
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
process.stdout.write(JSON.stringify(summarize(times, process.resourceUsage().maxRSS * 1024)));
