/** Shared inputs of the planner tests: the sample report and its source text, the built-in packs, the font metrics. */
import { readFileSync } from 'node:fs';
import { folderReadPort } from '../../../main/cli/node-ports.js';
import type { FontMetrics } from '../../../main/engine/layout/font-metrics.js';
import { planDeck, type PlanResult } from '../../../main/engine/plan/plan-deck.js';
import type { Report } from '../../../main/engine/report/schema.js';
import { validateReport } from '../../../main/engine/report/validate.js';
import { SelectionSchema, type Selection } from '../../../main/engine/selection/schema.js';
import { findPack, listTemplatePacks } from '../../../main/engine/template/list-packs.js';
import type { TemplatePack } from '../../../main/engine/template/pack.js';
import { bundledMetrics } from '../../support/bundled-metrics.js';

export const BUILT_IN_PACKS = ['gov-blue', 'party-red', 'minimal'] as const;

export const sampleReport: Report = validateReport(JSON.parse(readFileSync('assets/samples/baiyangba-2023-q1q3.report.json', 'utf8')));
export const sampleText = readFileSync('assets/samples/baiyangba-2023-q1q3.txt', 'utf8');

let packs: Promise<Map<string, TemplatePack>> | undefined;

export async function builtInPack(id: string): Promise<TemplatePack> {
  packs ??= listTemplatePacks(folderReadPort('templates')).then((listings) => new Map(BUILT_IN_PACKS.map((packId) => [packId, findPack(listings, packId)])));
  const pack = (await packs).get(id);
  if (!pack) throw new Error(`no built-in pack ${id}`);
  return pack;
}

export const selection = (choices: Partial<Selection> = {}): Selection => SelectionSchema.parse(choices);

export async function plan(options: { pack?: string; selection?: Partial<Selection>; report?: Report; sourceText?: string } = {}): Promise<PlanResult & { metrics: FontMetrics }> {
  const metrics = await bundledMetrics();
  const pack = await builtInPack(options.pack ?? 'gov-blue');
  const result = planDeck({ report: options.report ?? sampleReport, selection: selection(options.selection), pack, metrics, ...(options.sourceText === undefined ? {} : { sourceText: options.sourceText }) });
  return { ...result, metrics };
}
