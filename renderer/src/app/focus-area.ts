/** Where a key press happens, from its target element: text fields, the tree and radio groups have keys of their own. */
import type { FocusArea } from './shortcuts.js';

export function focusArea(target: EventTarget | null): FocusArea {
  if (!(target instanceof Element)) return 'other';
  if (target.closest('input[type=text], input[type=search], input:not([type]), textarea, [contenteditable="true"]')) return 'text';
  if (target.closest('[role="tree"]')) return 'tree';
  if (target.closest('select, input[type=radio], [role="radiogroup"], [role="listbox"]')) return 'arrows';
  return 'other';
}
