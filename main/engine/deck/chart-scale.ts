/**
 * The value axis of a deck chart, one rule for every place a chart is drawn: the PPTX writer fixes the major unit for
 * non-negative data (about five labels), viewers run the axis from zero to the data's maximum plus 5 % headroom,
 * rounded up to that unit (120,000 → 0…150,000 in steps of 50,000); with negative data the viewer picks the unit
 * itself: 1, 2 or 5 × 10ⁿ for about seven intervals. The PDF handout and the studio preview draw their bars on the
 * same scale, so all three agree. Pure and dependency-free: the renderer bundles it too.
 */

/**
 * At most about five value-axis labels, on a round step (1, 2, 2.5 or 5 × 10ⁿ): left to themselves, viewers crowd
 * a narrow chart with labels that run into each other ("1,0001,2001,400"). Left automatic for negative data.
 */
export function majorUnit(values: readonly number[]): { valAxisMajorUnit?: number } {
  const max = Math.max(...values);
  if (!(max > 0) || values.some((value) => value < 0)) return {};
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  return { valAxisMajorUnit: Number(step.toPrecision(12)) };
}

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
  // Values too close to zero for float steps (denormals): one interval over the data is all that can be drawn.
  if (!(power > 0) || !Number.isFinite(power)) return { min: low, max: high, ticks: [low, high] };
  const step = majorUnit(finite).valAxisMajorUnit ?? (STEPS.find((s) => s * power >= rough) ?? 10) * power;
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step / 1e6; i++) ticks.push(roundOff(min + i * step, step));
  return { min, max, ticks };
}

/** Remove float noise (0.30000000000000004) relative to the step size. */
function roundOff(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(decimals));
}

/** Labels as the PPTX chart formats them: whole numbers with thousands separators, decimals as they are. */
export function chartNumber(value: number, allIntegers: boolean): string {
  if (allIntegers) return grouped(Math.round(value));
  return String(Number(value.toPrecision(12)));
}

/**
 * 1234567 → "1,234,567", as en-US formats it. Not with Intl: toLocaleString built an Intl.NumberFormat per call, and
 * even one formatter costs ~12 ms of ICU start-up in a fresh process. Like Intl, it writes the shortest digits that
 * read back as the number (String's), with zeros for the exponent of huge values (1e21 → 1,000,…,000).
 */
function grouped(integer: number): string {
  if (!Number.isFinite(integer)) return String(integer);
  const sign = integer < 0 ? '-' : '';
  return sign + plainDigits(String(Math.abs(integer))).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "1.25e+21" → "1250000000000000000000"; digits without an exponent are returned as they are. */
function plainDigits(text: string): string {
  const [mantissa = text, exponent] = text.split('e+');
  if (exponent === undefined) return mantissa;
  const [whole = '', fraction = ''] = mantissa.split('.');
  return whole + fraction + '0'.repeat(Number(exponent) - fraction.length);
}
