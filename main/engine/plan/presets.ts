/**
 * Which slides each preset makes, in order:
 *   brief    title, overview, one slide per pillar (continued when needed), outlook, closing
 *   full     brief plus a slide per section after its pillar (and after the outlook)
 *   onepage  one dashboard slide with each pillar's headline number
 */
import type { Preset } from '../selection/schema.js';
import type { PillarData, SectionData } from '../template/data.js';

export type SlideJob =
  | { readonly kind: 'title' }
  | { readonly kind: 'overview' }
  | { readonly kind: 'pillar'; readonly pillar: PillarData }
  | { readonly kind: 'section'; readonly pillar: PillarData; readonly section: SectionData }
  | { readonly kind: 'outlook'; readonly pillar: PillarData }
  | { readonly kind: 'dashboard' }
  | { readonly kind: 'closing' };

export function slideJobs(preset: Preset, pillars: readonly PillarData[]): SlideJob[] {
  if (preset === 'onepage') return [{ kind: 'dashboard' }];
  const jobs: SlideJob[] = [{ kind: 'title' }];
  const work = pillars.filter((pillar) => pillar.kind === 'pillar');
  if (work.length > 0) jobs.push({ kind: 'overview' });
  for (const pillar of pillars) {
    jobs.push(pillar.kind === 'outlook' ? { kind: 'outlook', pillar } : { kind: 'pillar', pillar });
    if (preset === 'full') for (const section of pillar.sections) jobs.push({ kind: 'section', pillar, section });
  }
  jobs.push({ kind: 'closing' });
  return jobs;
}
