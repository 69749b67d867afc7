/**
 * How much narrower than the box we break text. Huibao measures with Noto Sans SC, but the PPTX names 微软雅黑 /
 * Microsoft YaHei (or the pack's face) and each viewer substitutes what it has. Ideographs and full-width
 * punctuation are 1 em in all of these faces, so Chinese lines match; latin letters and digits differ by a few percent
 * (YaHei's digits are wider than Noto's), and PowerPoint re-wraps any line that ends up even slightly too wide, which
 * adds a line and overflows the box. 6 % covers a line that is entirely digits and latin in YaHei, which is the worst
 * case we measured against; mostly-Chinese lines lose at most one character of room.
 */
export const WIDTH_SAFETY = 0.94;

/** The width to break lines at for a box whose usable (inset-free) width is `widthPt`. */
export function safeWidthPt(widthPt: number): number {
  return widthPt * WIDTH_SAFETY;
}
