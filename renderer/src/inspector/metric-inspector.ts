/**
 * The metric inspector: the number chosen in the outline, with its label, value and unit editable (committed when
 * a field is left or Enter is pressed, checked first), "pin as a tile", "include", "restore the original", what the
 * slide will show, and the source sentence with the number marked. The fields are built once per metric and then
 * updated in place, so committing an edit never pulls the focus out from under the keyboard.
 */
import type { MetricEdit, Selection } from '../../../main/engine/selection/schema.js';
import { formatChange } from '../../../main/engine/template/format/format-change.js';
import { h } from '../dom/h.js';
import { icon } from '../dom/icons.js';
import { renderInto } from '../dom/render-into.js';
import { t } from '../i18n/i18n.js';
import { liveText } from '../app/live-text.js';
import type { Studio } from '../app/studio.js';
import { editedMetric, locate, metricText, type Located } from '../outline/outline-model.js';
import { editMetric, resetMetric, setIncluded, setPinned } from '../state/selection-edits.js';
import { sameItems } from '../state/store.js';
import { checkLabel, checkUnit, checkValue, type FieldCheck } from './metric-form.js';
import { sourceQuote } from './quote.js';
import { formatValue } from './value-input.js';

interface Field {
  readonly input: HTMLInputElement;
  readonly error: HTMLElement;
  readonly wrap: HTMLElement;
}

export function metricInspector(studio: Studio): HTMLElement {
  const body = h('div', { class: 'inspector-body' });
  let shown: { id: string; locale: string; update: (selection: Selection) => void } | null = null;

  studio.store.watch(
    (s) => [s.doc, s.activeId, s.history?.present.selection, s.locale] as const,
    ([doc, activeId, selection, locale]) => {
      const found = doc && activeId ? locate(doc.report, activeId) : null;
      if (!found || !selection) {
        shown = null;
        return renderInto(body, h('p', { class: 'muted', text: t('inspector.empty') }));
      }
      const { metric, section } = found;
      if (!metric || !section) {
        shown = null;
        const count = (found.section ? [found.section] : found.pillar.sections).reduce((sum, sec) => sum + sec.metrics.length, 0);
        return renderInto(body, h('p', { class: 'muted', text: t('inspector.container', { title: found.section?.title ?? found.pillar.title, count }) }));
      }
      if (shown?.id !== metric.id || shown.locale !== locale) {
        const form = buildForm(found as Required<Located>, selection);
        shown = { id: metric.id, locale, update: form.update };
        renderInto(body, form.element);
      }
      shown.update(selection);
    },
    sameItems,
  );

  function buildForm(found: Required<Located>, initial: Selection): { element: HTMLElement; update: (selection: Selection) => void } {
    const { metric, section, pillar } = found;
    const label = field('inspector-label', t('inspector.label'), 'text');
    const value = field('inspector-value', t('inspector.value'), 'text', t('inspector.valueHelp'));
    const unit = field('inspector-unit', t('inspector.unit'), 'text');
    value.input.inputMode = 'decimal';
    const shownAs = h('strong', { class: 'inspector-shown' });
    const include = h('input', { attrs: { type: 'checkbox', id: 'inspector-include', 'data-focus-key': 'inspector-include' } });
    const pin = h('button', { class: 'button toggle', attrs: { type: 'button', 'data-focus-key': 'inspector-pin' } }, icon('pin'), h('span', {}));
    const reset = h('button', { class: 'button', text: t('inspector.reset'), attrs: { type: 'button', 'data-focus-key': 'inspector-reset' } });

    const commit = (edit: MetricEdit): void => studio.change((c) => ({ ...c, selection: editMetric(c.selection, metric, { ...currentEdit(c.selection), ...edit }) }));
    const currentEdit = (selection: Selection): MetricEdit => {
      const shownMetric = editedMetric(metric, selection);
      return { label: shownMetric.label, value: shownMetric.value, unit: shownMetric.unit };
    };
    onCommit(label, checkLabel, (v) => commit({ label: v }));
    onCommit(value, checkValue, (v) => commit({ value: v }));
    onCommit(unit, checkUnit, (v) => commit({ unit: v }));
    include.addEventListener('change', () => studio.change((c) => ({ ...c, selection: setIncluded(c.selection, metric.id, include.checked) })));
    pin.addEventListener('click', () => studio.change((c) => ({ ...c, selection: setPinned(c.selection, metric.id, !c.selection.pinned.includes(metric.id)) })));
    reset.addEventListener('click', () => studio.change((c) => ({ ...c, selection: resetMetric(c.selection, metric.id) })));

    const quote = sourceQuote(metric, section);
    const change = metric.change ? formatChange(metric.change) : null;
    // How the report wrote it (when the quote cannot show it) and its change, under the result.
    const extra = [quote.length > 0 ? '' : t('inspector.raw', { raw: metric.raw }), change ? t('inspector.change', { change: change.text }) : ''].filter(Boolean).join(' · ');
    const element = h(
      'div',
      { class: 'inspector-form', attrs: { 'data-metric-id': metric.id } },
      h('p', { class: 'inspector-where', text: t('inspector.where', { pillar: pillar.title, section: section.title }) }),
      // The source first: the user sees where the figure comes from before changing it.
      h(
        'figure',
        { class: 'source-quote' },
        h('figcaption', { text: t('inspector.source') }),
        quote.length > 0 ? h('blockquote', {}, quote.map((part) => (part.mark ? h('mark', { text: part.text }) : part.text))) : h('p', { class: 'muted small', text: t('inspector.noSource') }),
      ),
      label.wrap,
      h('div', { class: 'field-pair' }, value.wrap, unit.wrap),
      h('p', { class: 'inspector-result' }, h('span', { class: 'muted', text: t('inspector.shownAs') }), ' ', shownAs),
      extra ? h('p', { class: 'muted small', text: extra }) : null,
      h('div', { class: 'inspector-actions' }, h('label', { class: 'check-label' }, include, t('inspector.include')), pin, reset),
    );

    const update = (selection: Selection): void => {
      const current = editedMetric(metric, selection);
      setField(label, current.label);
      setField(value, formatValue(current.value));
      setField(unit, current.unit);
      shownAs.textContent = metricText(metric, selection);
      include.checked = !selection.excluded.includes(metric.id);
      const pinned = selection.pinned.includes(metric.id);
      pin.setAttribute('aria-pressed', String(pinned));
      pin.classList.toggle('is-on', pinned);
      (pin.lastElementChild as HTMLElement).textContent = pinned ? t('inspector.pinned') : t('inspector.pin');
      reset.disabled = !(metric.id in selection.metricEdits);
    };
    update(initial);
    return { element, update };
  }

  return h('section', { class: 'side-section inspector', attrs: { 'aria-labelledby': 'inspector-title' } }, h('h2', { class: 'side-title', attrs: { id: 'inspector-title' } }, liveText(studio.store, 'inspector.title')), body);
}

function field(id: string, labelText: string, type: string, help?: string): Field {
  const error = h('span', { class: 'field-error', attrs: { id: `${id}-error`, 'aria-live': 'polite' } });
  const helpEl = help ? h('span', { class: 'field-help', text: help, attrs: { id: `${id}-help` } }) : null;
  const input = h('input', {
    attrs: { id, type, 'data-focus-key': id, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': [helpEl ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' ') },
  });
  const wrap = h('div', { class: 'field' }, h('label', { attrs: { for: id }, text: labelText }), input, helpEl, error);
  return { input, error, wrap };
}

/** Commit on change (Enter or leaving the field); refuse with a message when the check fails; Escape puts the value back. */
function onCommit<T>(target: Field, check: (input: string) => FieldCheck<T>, commit: (value: T) => void): void {
  const { input } = target;
  input.addEventListener('change', () => {
    const result = check(input.value);
    if (!result.ok) return showError(target, t(result.error));
    showError(target, '');
    commit(result.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') input.dispatchEvent(new Event('change'));
    if (event.key === 'Escape' && input.dataset['committed'] !== undefined) {
      input.value = input.dataset['committed'];
      showError(target, '');
    }
  });
}

function showError(target: Field, message: string): void {
  target.error.textContent = message;
  target.input.setAttribute('aria-invalid', String(message !== ''));
}

/** Puts the committed value in the field unless the user is in the middle of typing something else into it. */
function setField(target: Field, value: string): void {
  const previous = target.input.dataset['committed'];
  target.input.dataset['committed'] = value;
  if (document.activeElement === target.input && previous !== undefined && target.input.value !== previous) return;
  target.input.value = value;
  if (target.input.getAttribute('aria-invalid') === 'true' && document.activeElement !== target.input) showError(target, '');
}
