/**
 * Views redraw a region by replacing its children. Keyboard users must not lose their place when that happens:
 * the focused element's `data-focus-key` (and a text field's caret) is remembered and restored in the new DOM.
 */
import { append, type Child } from './h.js';

export function renderInto(container: HTMLElement, ...children: Child[]): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset['focusKey'] : undefined;
  const caret = active instanceof HTMLInputElement ? { start: active.selectionStart, end: active.selectionEnd } : undefined;
  const fragment = document.createDocumentFragment();
  append(fragment, children);
  container.replaceChildren(fragment);
  if (key === undefined) return;
  const again = container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  if (!again) return;
  again.focus({ preventScroll: true });
  if (again instanceof HTMLInputElement && caret && caret.start !== null && again.type === 'text') {
    again.setSelectionRange(Math.min(caret.start, again.value.length), Math.min(caret.end ?? caret.start, again.value.length));
  }
}
