/**
 * The widest advance, in em, of each printable ASCII character (U+0020–U+007E) among the faces that viewers put in
 * place of a missing 微软雅黑: DejaVu Sans (LibreOffice and most Linux desktops) and Liberation Sans (Arial's
 * metrics), measured with fontkit from Debian's fonts-dejavu-core and fonts-liberation2. Advance widths are font
 * metrics, not glyph data. Layout measures ASCII with max(Noto Sans SC, this), so a line that fits here still fits
 * where the named face is missing; digits are where it matters (Noto 0.555 em, DejaVu 0.637 em).
 */
const REGULAR = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337, 637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 557,
  1016, 685, 687, 723, 771, 667, 611, 778, 752, 295, 500, 667, 558, 863, 749, 788, 667, 788, 723, 667, 611, 732, 685, 989, 686, 667, 686, 391, 337, 391, 838, 557,
  500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612, 635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
];
const BOLD = [
  349, 457, 521, 838, 696, 1002, 873, 307, 458, 458, 523, 838, 380, 416, 380, 366, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 611,
  1000, 774, 763, 734, 831, 684, 684, 821, 837, 373, 557, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 458, 366, 458, 838, 557,
  500, 675, 716, 593, 716, 679, 436, 716, 712, 343, 343, 666, 343, 1042, 712, 688, 716, 716, 494, 596, 479, 712, 652, 924, 646, 652, 583, 712, 366, 712, 838,
];

/** The substitute faces' widest advance for an ASCII character, or 0 for anything else. */
export function substituteAdvanceEm(char: string, bold: boolean): number {
  const code = char.charCodeAt(0);
  if (char.length !== 1 || code < 0x20 || code > 0x7e) return 0;
  return ((bold ? BOLD : REGULAR)[code - 0x20] ?? 0) / 1000;
}
