/**
 * The template picker: each pack as a radio button showing its title slide drawn small (planned from the open
 * report, so the user sees their own title in each design), with its name in the UI language.
 */
import type { TemplateInfo } from '../../../main/contract.js';
import { h } from '../dom/h.js';
import { renderInto } from '../dom/render-into.js';
import { getLocale, t } from '../i18n/i18n.js';
import { liveAttr, liveText } from '../app/live-text.js';
import type { Studio } from '../app/studio.js';
import { drawScaledSlide, type SlideFrame } from '../preview/draw-slide.js';
import { sameItems } from '../state/store.js';
import { openTemplateEditor } from '../template-editor/template-editor.js';

const THUMB_WIDTH = 86;
/** Before a deck is planned the thumbnails need some face names; the fallbacks after them do the real work. */
const DEFAULT_FONTS = { eastAsian: 'Microsoft YaHei', latin: 'Microsoft YaHei' };

export function templatePicker(studio: Studio): HTMLElement {
  const list = h('div', { class: 'template-list', attrs: { role: 'radiogroup', 'aria-labelledby': 'templates-title' } });

  studio.store.watch(
    // Fonts by name, not by object: every re-plan brings a new deck object with the same faces.
    (s) => [s.templates, s.history?.present.templateId, s.preview.deck ? `${s.preview.deck.fonts.eastAsian}\n${s.preview.deck.fonts.latin}` : '', s.doc, s.locale] as const,
    ([templates, chosen]) => {
      if (templates.length === 0) return renderInto(list, h('p', { class: 'muted', text: t('templates.none') }));
      const fonts = studio.store.get().preview.deck?.fonts ?? DEFAULT_FONTS;
      renderInto(list, templates.map((template) => option(template, template.id === chosen, fonts)));
    },
    sameItems,
  );

  function option(template: TemplateInfo, checked: boolean, fonts: SlideFrame['fonts']): HTMLElement {
    const name = getLocale() === 'zh' ? template.name.zh : template.name.en;
    const description = getLocale() === 'zh' ? template.description.zh : template.description.en;
    const input = h('input', {
      class: 'visually-hidden',
      attrs: { type: 'radio', name: 'template', value: template.id, 'data-focus-key': `template:${template.id}`, 'aria-describedby': `template-desc-${template.id}` },
      props: { checked, disabled: !studio.store.get().doc },
      on: { change: () => studio.setTemplate(template.id) },
    });
    return h(
      'label',
      { class: ['template-option', checked && 'is-checked'], attrs: { 'data-template-id': template.id } },
      input,
      h(
        'span',
        { class: 'template-thumb', attrs: { 'aria-hidden': 'true' } },
        template.thumbnail ? drawScaledSlide(template.thumbnail, { size: template.size, fonts }, THUMB_WIDTH) : h('span', { class: 'template-missing', text: t('templates.noThumbnail') }),
      ),
      h('span', { class: 'template-name', text: name }, template.source === 'user' ? h('span', { class: 'template-badge', text: t('templates.mine') }) : null),
      h('span', { class: 'visually-hidden', text: description, attrs: { id: `template-desc-${template.id}` } }),
    );
  }

  // The editor opens on the chosen pack: a built-in one is shown read-only with "duplicate", a user pack is edited.
  const edit = h('button', {
    class: 'button small',
    attrs: { type: 'button', 'data-action': 'edit-template' },
    on: { click: () => openTemplateEditor(studio, studio.store.get().history?.present.templateId ?? studio.store.get().templates[0]?.id ?? 'gov-blue') },
  }, liveText(studio.store, 'editor.open'));
  liveAttr(studio.store, edit, 'title', 'editor.openLabel');
  return h('section', { class: 'side-section' }, h('h2', { class: 'side-title', attrs: { id: 'templates-title' } }, liveText(studio.store, 'templates.title')), list, edit);
}
