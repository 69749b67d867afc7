import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { folderReadPort } from '../../../../main/cli/node-ports.js';
import type { FontMetrics } from '../../../../main/engine/layout/font-metrics.js';
import { planDeck } from '../../../../main/engine/plan/plan-deck.js';
import type { Report } from '../../../../main/engine/report/schema.js';
import { validateReport } from '../../../../main/engine/report/validate.js';
import { defaultSelection, type Preset } from '../../../../main/engine/selection/schema.js';
import { loadTemplatePack } from '../../../../main/engine/template/load-pack.js';
import { writePptx } from '../../../../main/engine/write/pptx/index.js';
import { resourceDir } from '../../../../main/node/paths.js';
import { bundledMetrics } from '../../../support/bundled-metrics.js';
import { expectGolden } from './golden.js';
import { readPackage } from './package-parts.js';

const samples = resourceDir('samples');
let metrics: FontMetrics;
let report: Report;
let sourceText: string;

beforeAll(async () => {
  metrics = await bundledMetrics();
  report = validateReport(JSON.parse(readFileSync(path.join(samples, 'baiyangba-2023-q1q3.report.json'), 'utf8')), 'sample');
  sourceText = readFileSync(path.join(samples, 'baiyangba-2023-q1q3.txt'), 'utf8');
});

async function goldenFor(packId: string, preset: Preset): Promise<void> {
  const pack = await loadTemplatePack(folderReadPort(path.join(resourceDir('templates'), packId)), packId);
  const { deck } = planDeck({ report, selection: { ...defaultSelection(), preset }, pack, metrics, sourceText });
  expectGolden(`sample-${packId}-${preset}`, await readPackage(await writePptx(deck)));
}

describe('the sample report written with every built-in pack', () => {
  for (const packId of ['gov-blue', 'party-red', 'minimal']) {
    it(`matches the golden parts for ${packId} (brief)`, () => goldenFor(packId, 'brief'));
  }
  it('matches the golden parts for the one-page dashboard (gov-blue)', () => goldenFor('gov-blue', 'onepage'));
});
