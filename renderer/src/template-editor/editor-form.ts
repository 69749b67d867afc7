/**
 * The editor's simple fields: theme colours (pickers, with the WCAG AA contrast warnings the handlers compute),
 * fonts (face names, previewed in the page), logo and background images, footer and organisation text, KPI tiles
 * and charts. Each field sends one edit when the user commits it (change, not every keystroke): the handler checks
 * and saves the whole pack, and the preview is re-planned from what was saved.
 */
import type { ImageSlotName, TemplateEdit, TemplateSourceView } from '../../../main/contract.js';
import { h, type Child } from '../dom/h.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { fileToBase64 } from '../transport/index.js';
import { contrastPlace } from './contrast-place.js';
import { fontSample } from './font-sample.js';

export const COLOR_FIELDS = ['primary', 'primaryDark', 'accent', 'background', 'surface', 'text', 'muted', 'onPrimary', 'positive', 'negative', 'neutral', 'line'] as const satisfies readonly (keyof TemplateSourceView['colors'])[];
const IMAGE_FIELDS: readonly ImageSlotName[] = ['logo', 'titleBackground', 'contentBackground', 'closingBackground'];
/** Face names offered in the font fields (any installed face may be typed). */
const FONT_SUGGESTIONS = ['微软雅黑', '宋体', '黑体', '仿宋', '楷体', '方正小标宋简体', '思源黑体', 'Microsoft YaHei', 'SimSun', 'SimHei', 'FangSong', 'KaiTi', 'Noto Sans SC', 'Arial', 'Calibri', 'Times New Roman'];

/** How long a colour must rest under the pointer before it is saved and previewed while the picker is still open. */
export const LIVE_COLOR_DELAY_MS = 250;

export interface FormActions {
  /** `live`: sent while the user is still choosing (a colour picker open); the form must not be redrawn under them. */
  apply(edit: TemplateEdit, live?: boolean): void;
  /** A picked file could not be read (the handler judges its content). */
  failed(error: unknown): void;
}

export function editorForm(view: TemplateSourceView, actions: FormActions): HTMLElement {
  const readOnly = view.source === 'built-in';
  return h(
    'div',
    { class: 'editor-form' },
    section('editor.section.colors', colorFields(view, actions, readOnly), h('div', { class: 'contrast-slot' }, contrastList(view))),
    section('editor.section.fonts', fontFields(view, actions, readOnly)),
    section('editor.section.images', imageFields(view, actions, readOnly)),
    section('editor.section.texts', textFields(view, actions, readOnly)),
    section('editor.section.layout', layoutFields(view, actions, readOnly)),
  );
}

function section(title: MessageKey, ...children: Child[]): HTMLElement {
  return h('fieldset', { class: 'editor-section' }, h('legend', { text: t(title) }), ...children);
}

const hex = (value: string): string => `#${value.toLowerCase()}`;

function colorFields(view: TemplateSourceView, actions: FormActions, readOnly: boolean): HTMLElement {
  return h(
    'div',
    { class: 'color-grid' },
    COLOR_FIELDS.map((name) => {
      const id = `editor-color-${name}`;
      const code = h('code', { class: 'color-code', text: view.colors[name] });
      let resting: ReturnType<typeof setTimeout> | undefined;
      const input = h('input', {
        attrs: { type: 'color', id, 'data-color': name, 'data-focus-key': id },
        props: { value: hex(view.colors[name]), disabled: readOnly },
        on: {
          input: () => {
            code.textContent = input.value.slice(1).toUpperCase();
            // While the picker is open, a colour the pointer rests on is saved and previewed (one undo step for the run).
            clearTimeout(resting);
            resting = setTimeout(() => actions.apply({ kind: 'color', name, value: input.value }, true), LIVE_COLOR_DELAY_MS);
          },
          change: () => {
            clearTimeout(resting);
            actions.apply({ kind: 'color', name, value: input.value });
          },
        },
      });
      const warned = view.contrast.some((warning) => warning.foreground === view.colors[name] || warning.background === view.colors[name]);
      return h('label', { class: ['color-field', warned && 'has-warning'], attrs: { for: id } }, input, h('span', { class: 'color-name', text: t(`editor.color.${name}`) }), code);
    }),
  );
}

export function contrastList(view: TemplateSourceView): HTMLElement {
  if (view.contrast.length === 0) return h('p', { class: 'contrast-ok small', text: t('editor.contrastOk') });
  return h(
    'ul',
    { class: 'contrast-warnings', attrs: { role: 'status' } },
    view.contrast.map((warning) => {
      const place = contrastPlace(warning.where);
      return h('li', { text: t('editor.contrast', { place: place ? t(place) : '', where: warning.where, fg: warning.foreground, bg: warning.background, ratio: warning.ratio.toFixed(2), required: warning.required }) });
    }),
  );
}

function fontFields(view: TemplateSourceView, actions: FormActions, readOnly: boolean): Child[] {
  const list = h('datalist', { attrs: { id: 'editor-font-faces' } }, FONT_SUGGESTIONS.map((face) => h('option', { attrs: { value: face } })));
  const sample = fontSample(view.fonts, t('editor.font.sample'));
  const field = (key: 'eastAsian' | 'latin', label: MessageKey): HTMLElement => {
    const id = `editor-font-${key}`;
    const input = h('input', {
      attrs: { type: 'text', id, list: 'editor-font-faces', maxlength: 100, 'data-focus-key': id, autocomplete: 'off' },
      props: { value: view.fonts[key], disabled: readOnly },
      on: {
        input: () => sample.show({ ...view.fonts, [key]: input.value }),
        change: () => {
          const face = input.value.trim();
          if (face === '' || face === view.fonts[key]) {
            input.value = view.fonts[key];
            sample.show(view.fonts);
            return;
          }
          actions.apply({ kind: 'fonts', [key]: face });
        },
      },
    });
    return h('div', { class: 'field' }, h('label', { class: 'field-label', attrs: { for: id }, text: t(label) }), input);
  };
  return [list, h('div', { class: 'field-pair' }, field('eastAsian', 'editor.font.eastAsian'), field('latin', 'editor.font.latin')), sample.element, h('p', { class: 'muted small', text: t('editor.font.note') })];
}

function imageFields(view: TemplateSourceView, actions: FormActions, readOnly: boolean): Child[] {
  return [
    h(
      'div',
      { class: 'image-grid' },
      IMAGE_FIELDS.map((slot) => {
        const src = view.images[slot];
        const file = h('input', {
          class: 'visually-hidden',
          attrs: { type: 'file', accept: 'image/png,image/jpeg', 'data-image-slot': slot, tabindex: -1 },
          on: {
            change: () => {
              const chosen = file.files?.[0];
              file.value = '';
              if (chosen) fileToBase64(chosen).then((base64) => actions.apply({ kind: 'image', slot, base64 }), actions.failed);
            },
          },
        });
        return h(
          'div',
          { class: 'image-field', attrs: { 'data-slot': slot } },
          h('span', { class: 'field-label', text: t(`editor.image.${slot}`) }),
          h('span', { class: 'image-thumb' }, src ? h('img', { attrs: { src, alt: t(`editor.image.${slot}`) } }) : h('span', { class: 'muted small', text: t('editor.image.none') })),
          readOnly
            ? null
            : h(
                'span',
                { class: 'button-row' },
                h('button', { class: 'button', attrs: { type: 'button', 'data-focus-key': `editor-image-${slot}` }, text: t('editor.image.choose'), on: { click: () => file.click() } }),
                src ? h('button', { class: 'button quiet', attrs: { type: 'button' }, text: t('editor.image.remove'), on: { click: () => actions.apply({ kind: 'removeImage', slot }) } }) : null,
              ),
          file,
        );
      }),
    ),
    h('p', { class: 'muted small', text: t('editor.image.hint') }),
  ];
}

function textFields(view: TemplateSourceView, actions: FormActions, readOnly: boolean): Child[] {
  const footer = h('input', {
    attrs: { type: 'text', id: 'editor-footer', maxlength: 200, 'data-focus-key': 'editor-footer', autocomplete: 'off', placeholder: view.footerText === null ? t('editor.footerCode') : '' },
    props: { value: view.footerText ?? '', disabled: readOnly },
    on: { change: () => actions.apply({ kind: 'footerText', text: footer.value }) },
  });
  const organization = h('input', {
    attrs: { type: 'text', id: 'editor-organization', maxlength: 100, 'data-focus-key': 'editor-organization', autocomplete: 'organization' },
    props: { value: view.organization, disabled: readOnly },
    on: { change: () => actions.apply({ kind: 'organizationText', text: organization.value }) },
  });
  const name = (key: 'zh' | 'en', label: MessageKey, max: number): HTMLElement => {
    const id = `editor-name-${key}`;
    const input = h('input', {
      attrs: { type: 'text', id, maxlength: max, 'data-focus-key': id, autocomplete: 'off' },
      props: { value: view.name[key], disabled: readOnly },
      on: {
        change: () => {
          if (input.value.trim() === '') input.value = view.name[key];
          else actions.apply({ kind: 'name', ...view.name, [key]: input.value.trim() });
        },
      },
    });
    return h('div', { class: 'field' }, h('label', { class: 'field-label', attrs: { for: id }, text: t(label) }), input);
  };
  return [
    h('div', { class: 'field-pair' }, name('zh', 'editor.name.zh', 40), name('en', 'editor.name.en', 60)),
    h('div', { class: 'field' }, h('label', { class: 'field-label', attrs: { for: 'editor-footer' }, text: t('editor.footer') }), footer, view.footerText === null ? h('p', { class: 'muted small', text: t('editor.footerCode') }) : null),
    h('div', { class: 'field' }, h('label', { class: 'field-label', attrs: { for: 'editor-organization' }, text: t('editor.organization') }), organization),
  ];
}

function layoutFields(view: TemplateSourceView, actions: FormActions, readOnly: boolean): Child[] {
  const tiles = h(
    'select',
    { attrs: { id: 'editor-kpi-tiles', 'data-focus-key': 'editor-kpi-tiles' }, props: { disabled: readOnly }, on: { change: () => actions.apply({ kind: 'kpiTiles', count: Number(tiles.value) }) } },
    [3, 4, 5, 6].map((count) => h('option', { attrs: { value: count }, props: { selected: count === view.kpiTiles }, text: String(count) })),
  );
  const chart = h('input', {
    attrs: { type: 'checkbox', id: 'editor-chart', 'data-focus-key': 'editor-chart' },
    props: { checked: view.chartEnabled, disabled: readOnly },
    on: { change: () => actions.apply({ kind: 'chart', enabled: chart.checked }) },
  });
  return [
    h('div', { class: 'field inline' }, h('label', { class: 'field-label', attrs: { for: 'editor-kpi-tiles' }, text: t('editor.kpiTiles') }), tiles),
    h('div', { class: 'field inline' }, chart, h('label', { attrs: { for: 'editor-chart' }, text: t('editor.chart') })),
  ];
}
