/**
 * Building decks. The reference sample as a whole `huibao build` process, raw (imported first) and structured —
 * the goal is under 0.3 s —, and in-process a 1,000-slide deck: the synthetic report of 200 pillars with the `full`
 * preset (about five slides per pillar), planned alone and planned + written to PPTX, with peak memory.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FontMetrics } from '../../main/engine/layout/font-metrics.js';
import { planDeck } from '../../main/engine/plan/plan-deck.js';
import type { Report } from '../../main/engine/report/schema.js';
import { SelectionSchema } from '../../main/engine/selection/schema.js';
import type { TemplatePack } from '../../main/engine/template/pack.js';
import { writePptx } from '../../main/engine/write/pptx/index.js';
import { openTemplatePack } from '../../main/node/template-packs.js';
import { bundledMetrics } from '../../tests/support/bundled-metrics.js';
import { syntheticReport } from '../fixtures/synthetic-report.js';
import type { BenchCase } from '../types.js';

const raw = 'assets/samples/baiyangba-2023-q1q3.txt';
const structured = 'assets/samples/baiyangba-2023-q1q3.report.json';
const dir = mkdtempSync(path.join(tmpdir(), 'huibao-bench-deck-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const full = SelectionSchema.parse({ preset: 'full' });
let large: { report: Report; pack: TemplatePack; metrics: FontMetrics } | undefined;

async function setupLarge(): Promise<void> {
  large ??= { report: syntheticReport({ pillars: 200 }).report, pack: await openTemplatePack('gov-blue'), metrics: await bundledMetrics() };
}

function planLarge(): number {
  if (!large) throw new Error('setup did not run');
  const { deck } = planDeck({ ...large, selection: full });
  // The case is about a 1,000-slide deck: fail loudly if the synthetic report stops giving one.
  if (deck.slides.length < 900) throw new Error(`expected about 1,000 slides, planned ${deck.slides.length}`);
  return deck.slides.length;
}

export const cases: BenchCase[] = [
  {
    kind: 'process',
    group: 'build: deck',
    name: 'huibao build sample.txt --pptx (import + plan + PPTX)',
    command: ['node', 'bin/huibao.cjs', 'build', raw, '--pptx', path.join(dir, 'raw.pptx')],
    bytes: statSync(raw).size,
    goalMs: 300,
  },
  {
    kind: 'process',
    group: 'build: deck',
    name: 'huibao build sample.report.json --pptx (plan + PPTX)',
    command: ['node', 'bin/huibao.cjs', 'build', structured, '--pptx', path.join(dir, 'structured.pptx')],
    bytes: statSync(structured).size,
    goalMs: 300,
  },
  {
    kind: 'process',
    group: 'build: deck',
    name: 'huibao build sample.report.json --preset full (35 slides)',
    command: ['node', 'bin/huibao.cjs', 'build', structured, '--preset', 'full', '--pptx', path.join(dir, 'full.pptx')],
  },
  {
    kind: 'process',
    group: 'build: deck',
    name: 'the same plan + PPTX without the code cache (first run after a Node upgrade)',
    command: ['node', 'bin/huibao.cjs', 'build', structured, '--pptx', path.join(dir, 'no-cache.pptx')],
    env: { HUIBAO_NO_CODE_CACHE: '1' },
  },
  {
    kind: 'in-process',
    group: 'build: 1,000 slides',
    name: 'plan 200 pillars, full preset (≈1,000 slides)',
    setup: setupLarge,
    run: planLarge,
    runs: 3,
  },
  {
    kind: 'in-process',
    group: 'build: 1,000 slides',
    name: 'plan + write PPTX, 200 pillars, full preset',
    setup: setupLarge,
    run: async () => {
      if (!large) throw new Error('setup did not run');
      const { deck } = planDeck({ ...large, selection: full });
      return (await writePptx(deck)).length;
    },
    runs: 3,
  },
];
