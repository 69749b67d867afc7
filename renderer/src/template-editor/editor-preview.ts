/** The editor's live preview: a few slides of the pack planned with the open report (or the sample), drawn small. */
import type { TemplatePreview } from '../../../main/contract.js';
import { h } from '../dom/h.js';
import { t } from '../i18n/i18n.js';
import { drawScaledSlide } from '../preview/draw-slide.js';
import { previewSlides } from './pick-slides.js';

const PREVIEW_WIDTH = 380;

export function editorPreview(preview: TemplatePreview | null, error: string | null): HTMLElement {
  if (error !== null) return h('p', { class: 'editor-error', attrs: { role: 'alert' }, text: `${t('editor.preview.empty')}: ${error}` });
  if (!preview) return h('p', { class: 'muted', text: t('editor.loading') });
  const { deck } = preview;
  const frame = { size: deck.size, fonts: deck.fonts };
  return h(
    'div',
    { class: 'editor-slides', attrs: { 'data-template-id': preview.templateId } },
    previewSlides(deck.slides).map((slide) => h('figure', { class: 'editor-slide', attrs: { 'data-kind': slide.kind } }, drawScaledSlide(slide, frame, PREVIEW_WIDTH))),
    h('p', { class: 'muted small', text: t('editor.preview.sample') }),
  );
}
