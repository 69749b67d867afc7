/** A text node for fixed chrome (headings, button labels) that re-words itself when the UI language changes. */
import { t, type MessageKey, type Params } from '../i18n/i18n.js';
import type { Store } from '../state/store.js';

export function liveText(store: Store<{ readonly locale: string }>, key: MessageKey, params?: Params): Text {
  const text = document.createTextNode('');
  store.watch(
    (s) => s.locale,
    () => (text.data = t(key, params)),
  );
  return text;
}

/** Keeps an attribute (aria-label, title) in the UI language. */
export function liveAttr(store: Store<{ readonly locale: string }>, element: Element, name: string, key: MessageKey, params?: Params): void {
  store.watch(
    (s) => s.locale,
    () => element.setAttribute(name, t(key, params)),
  );
}
