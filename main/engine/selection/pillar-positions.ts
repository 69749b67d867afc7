/**
 * `--pillars 1,3,5`: 1-based positions in report order (as `huibao validate` counts them, the outlook included) turned
 * into a selection that keeps only those pillars, in the order given. Ranges ("2-4") and Chinese commas are accepted.
 */
import { InputError } from '../errors.js';
import type { Report } from '../report/schema.js';
import type { Selection } from './schema.js';

/** `titles` are the report's pillar titles in order; they name the choices when a position is wrong. */
export function parsePillarPositions(spec: string, titles: readonly string[]): number[] {
  const count = titles.length;
  const positions: number[] = [];
  const parts = spec.split(/[,，、\s]+/).filter(Boolean);
  if (parts.length === 0) throw pillarsError(spec, 'no positions given', titles);
  for (const part of parts) {
    const range = /^(\d+)(?:[-–~](\d+))?$/.exec(part);
    if (!range) throw pillarsError(spec, `"${part}" is not a position (use numbers like 1,3,5 or a range like 2-4)`, titles);
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from) throw pillarsError(spec, `the range "${part}" runs backwards`, titles);
    for (let position = from; position <= to; position += 1) {
      if (position < 1 || position > count) throw pillarsError(spec, `position ${position} is out of range`, titles);
      if (!positions.includes(position)) positions.push(position);
    }
  }
  return positions;
}

/** Keep only the pillars at `spec`'s positions, in that order; other choices in `base` are kept. */
export function selectPillarPositions(report: Report, spec: string, base: Selection): Selection {
  const positions = parsePillarPositions(spec, report.pillars.map((pillar) => pillar.title));
  const chosen = positions.map((position) => report.pillars[position - 1]?.id).filter((id): id is string => id !== undefined);
  const dropped = report.pillars.map((pillar) => pillar.id).filter((id) => !chosen.includes(id));
  return { ...base, pillarOrder: chosen, excluded: [...new Set([...base.excluded, ...dropped])] };
}

function pillarsError(spec: string, message: string, titles: readonly string[]): InputError {
  const listed = titles.map((title, index) => `${index + 1} ${title}`).join(', ');
  return new InputError({
    message: `--pillars ${spec}: ${message}`,
    hint: titles.length === 0 ? 'The report has no pillars' : `The report has ${titles.length} pillar${titles.length === 1 ? '' : 's'}: ${listed}`,
  });
}
