/** The font sizes fitting tries, largest first: half-point steps are what PowerPoint's size box offers. */

/** On the 0.5 pt grid from max down to min; min itself last even when it is off the grid. */
export function candidateSizes(max: number, min: number): number[] {
  const step = 0.5;
  const sizes: number[] = [];
  for (let size = Math.floor(max / step) * step; size >= min; size -= step) sizes.push(size);
  if (sizes[sizes.length - 1] !== min) sizes.push(min);
  return sizes;
}
