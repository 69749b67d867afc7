/**
 * The value axis of a preview chart, picked the way Office charts pick one (and the PDF handout copies): from zero
 * (or the lowest negative value) to the maximum plus 5 % headroom, in steps of 1, 2 or 5 × 10ⁿ for about seven
 * intervals. Kept here rather than imported from the PDF writer, which pulls in the PPTX writer's modules.
 */

export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

const STEPS = [1, 2, 5, 10];
const HEADROOM = 0.05;

export function valueScale(values: readonly number[], targetIntervals = 7): ValueScale {
  const finite = values.filter(Number.isFinite);
  const dataLow = Math.min(0, ...finite);
  const dataHigh = Math.max(0, ...finite);
  if (dataHigh === dataLow) return { min: 0, max: 1, ticks: [0, 1] };
  const high = dataHigh > 0 ? dataHigh + HEADROOM * (dataHigh - dataLow) : 0;
  const low = dataLow < 0 ? dataLow - HEADROOM * (dataHigh - dataLow) : 0;
  const rough = (high - low) / targetIntervals;
  const power = 10 ** Math.floor(Math.log10(rough));
  if (!(power > 0) || !Number.isFinite(power)) return { min: low, max: high, ticks: [low, high] };
  const step = (STEPS.find((s) => s * power >= rough) ?? 10) * power;
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 1e6; i++) ticks.push(Number((min + i * step).toFixed(Math.max(0, -Math.floor(Math.log10(step)) + 2))));
  return { min, max, ticks };
}

/** Labels as the PPTX chart formats them: whole numbers with thousands separators, decimals as they are. */
export function chartNumber(value: number, allIntegers: boolean): string {
  if (allIntegers) return Math.round(value).toLocaleString('en-US');
  return String(Number(value.toPrecision(12)));
}
