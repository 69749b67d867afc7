/** Brief / full / one page: how long the deck is, as a segmented radio group (arrow keys move within it). */
import type { Preset } from '../../../main/engine/selection/schema.js';
import { h } from '../dom/h.js';
import { renderInto } from '../dom/render-into.js';
import { t } from '../i18n/i18n.js';
import { liveText } from '../app/live-text.js';
import type { Studio } from '../app/studio.js';
import { sameItems } from '../state/store.js';

const PRESETS: readonly Preset[] = ['brief', 'full', 'onepage'];

export function presetPicker(studio: Studio): HTMLElement {
  const group = h('div', { class: 'segmented', attrs: { role: 'radiogroup', 'aria-labelledby': 'presets-title' } });
  const help = h('p', { class: 'side-help', attrs: { id: 'preset-help' } });

  studio.store.watch(
    (s) => [s.history?.present.selection.preset, s.doc, s.locale] as const,
    ([preset, doc]) => {
      renderInto(
        group,
        PRESETS.map((option) =>
          h(
            'label',
            { class: ['segment', option === preset && 'is-checked'], attrs: { 'data-preset': option } },
            h('input', {
              class: 'visually-hidden',
              attrs: { type: 'radio', name: 'preset', value: option, 'data-focus-key': `preset:${option}`, 'aria-describedby': 'preset-help' },
              props: { checked: option === preset, disabled: !doc },
              on: { change: () => studio.setPreset(option) },
            }),
            h('span', { text: t(`presets.${option}`) }),
          ),
        ),
      );
      help.textContent = preset ? t(`presets.${preset}.help`) : '';
    },
    sameItems,
  );

  return h('section', { class: 'side-section' }, h('h2', { class: 'side-title', attrs: { id: 'presets-title' } }, liveText(studio.store, 'presets.title')), group, help);
}
