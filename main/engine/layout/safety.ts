/**
 * Viewer allowances: what layout adds to Noto Sans SC's own advances so that text broken here is never re-wrapped
 * by a viewer. The PPTX names 微软雅黑 / Microsoft YaHei (or the pack's face), fonts are not embedded, and each
 * viewer draws with what it has; PowerPoint re-wraps a pre-broken line that comes out even slightly too wide, which
 * adds a line and overflows the box.
 *
 * - Ideographs and full-width punctuation are 1 em in every CJK face: no allowance needed.
 * - ASCII letters, digits and signs are measured with the widest of Noto Sans SC and the faces viewers substitute
 *   (substitute-widths.ts): measured here, DejaVu Sans makes a run of digits 14.6 % wider than Noto.
 * - LibreOffice adds space where Chinese meets latin (AUTOSPACE_EM below).
 * - WIDTH_SAFETY keeps 4 % for what is left: rounding and hinting, and faces not measured here (YaHei's latin is
 *   Segoe UI-like, narrower than DejaVu; its files are not available on this machine).
 *
 * Net effect in PowerPoint with YaHei: mostly-Chinese lines end about one character early; a line of digits ends
 * ~15 % early. In the PDF handout (drawn with Noto Sans SC itself) lines are that much shorter than the box.
 */
export const WIDTH_SAFETY = 0.96;

/** The width to break lines at for a box whose usable (inset-free) width is `widthPt`. */
export function safeWidthPt(widthPt: number): number {
  return widthPt * WIDTH_SAFETY;
}

/**
 * Room kept where Chinese meets a latin letter or digit ("增长23.5%", "2,500万元"). LibreOffice (and so the
 * Linux/Collabora viewers) applies "spacing between Asian and non-Asian text" to PPTX paragraphs: measured here,
 * 0.24 em at each such boundary. PowerPoint adds nothing, so there a line just ends a little early.
 */
export const AUTOSPACE_EM = 0.25;

/** Chinese/Japanese/Korean script characters, including CJK and full-width punctuation. */
const ASIAN = /[\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;
/** Latin letters, digits and ASCII signs: the side of the boundary that gets the extra space. */
const LATIN = /[!-~\u00c0-\u024f]/;

/** Extra em between two adjacent characters for the Asian/latin autospace. */
export function autospaceEm(before: string, after: string): number {
  return (ASIAN.test(before) && LATIN.test(after)) || (LATIN.test(before) && ASIAN.test(after)) ? AUTOSPACE_EM : 0;
}
