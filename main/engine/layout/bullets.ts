/**
 * How a bullet paragraph (TextParagraph.bullet) is drawn, shared by the planner (which breaks its lines) and every
 * writer (which draws it): the bullet sits at the paragraph's left edge and all lines, the first and the wrapped
 * ones, start one hanging indent further right. So a bullet paragraph's lines must fit
 * `box.w − 2·inset − bulletIndentPt(size)`.
 */
export const BULLET_CHAR = '•';

/** Hanging indent in em of the paragraph's font size (the size of its first run). */
export const BULLET_INDENT_EM = 1.2;

export function bulletIndentPt(fontSizePt: number): number {
  return fontSizePt * BULLET_INDENT_EM;
}
