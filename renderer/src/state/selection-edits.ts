/**
 * The edits a user makes to a selection, as pure functions Selection → Selection: include or leave out, pin as a
 * tile, edit a metric, choose a preset, reorder. Each returns the same object when nothing changes, so the history
 * records no empty steps.
 */
import type { Metric } from '../../../main/engine/report/schema.js';
import type { MetricEdit, Preset, Selection } from '../../../main/engine/selection/schema.js';

export function setIncluded(selection: Selection, id: string, included: boolean): Selection {
  const excluded = selection.excluded.includes(id);
  if (excluded === !included) return selection;
  return { ...selection, excluded: included ? selection.excluded.filter((other) => other !== id) : [...selection.excluded, id] };
}

export const toggleIncluded = (selection: Selection, id: string): Selection => setIncluded(selection, id, selection.excluded.includes(id));

export function setPreset(selection: Selection, preset: Preset): Selection {
  return selection.preset === preset ? selection : { ...selection, preset };
}

export function setPinned(selection: Selection, metricId: string, pinned: boolean): Selection {
  if (selection.pinned.includes(metricId) === pinned) return selection;
  return { ...selection, pinned: pinned ? [...selection.pinned, metricId] : selection.pinned.filter((id) => id !== metricId) };
}

/**
 * Record the metric as the user wants it: fields equal to the report's own value are not stored as edits, so
 * typing the original back (or "reset") removes the edit and the slide quotes the source unchanged again.
 */
export function editMetric(selection: Selection, metric: Pick<Metric, 'id' | 'label' | 'value' | 'unit'>, wanted: MetricEdit): Selection {
  const edit: { label?: string; value?: number; unit?: string } = {};
  if (wanted.label !== undefined && wanted.label !== metric.label) edit.label = wanted.label;
  if (wanted.value !== undefined && wanted.value !== metric.value) edit.value = wanted.value;
  if (wanted.unit !== undefined && wanted.unit !== metric.unit) edit.unit = wanted.unit;
  const current = selection.metricEdits[metric.id];
  if (JSON.stringify(current ?? {}) === JSON.stringify(edit)) return selection;
  const { [metric.id]: _old, ...others } = selection.metricEdits;
  return { ...selection, metricEdits: Object.keys(edit).length === 0 ? others : { ...others, [metric.id]: edit } };
}

export function resetMetric(selection: Selection, metricId: string): Selection {
  if (!(metricId in selection.metricEdits)) return selection;
  const { [metricId]: _old, ...others } = selection.metricEdits;
  return { ...selection, metricEdits: others };
}
