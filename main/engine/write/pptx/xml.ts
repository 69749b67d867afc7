/** Small helpers for the OOXML this writer emits: escaping and unit conversion (EMU = English Metric Units). */

export const EMU_PER_INCH = 914_400;
export const EMU_PER_POINT = 12_700;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The text of an attribute value as pptxgenjs wrote it (the five predefined entities; it writes no others). */
export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_entity, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '');
}

export function inchesToEmu(inches: number): number {
  return Math.round(inches * EMU_PER_INCH);
}

/** DrawingML sizes (sz, spcPts) are hundredths of a point and must be integers. */
export function hundredthsOfPoint(points: number): number {
  return Math.round(points * 100);
}
