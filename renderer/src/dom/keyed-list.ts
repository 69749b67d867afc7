/**
 * Updates a list in place by key instead of rebuilding it: items whose key stays are neither recreated nor moved
 * unless their order changed. For the slide strip this matters — a re-inserted slide drawing must be laid out again
 * (hundreds of positioned CJK text runs), while one left in place costs nothing.
 */

export interface KeyedItem {
  readonly key: string;
  /** Makes the element for a key seen for the first time. */
  create(): HTMLElement;
  /** Brings an existing element up to date (its position, labels, state). */
  update(element: HTMLElement): void;
}

export function updateKeyedList(container: HTMLElement, items: readonly KeyedItem[]): void {
  const existing = new Map<string, HTMLElement>();
  for (const child of [...container.children]) {
    const key = (child as HTMLElement).dataset['key'];
    if (key !== undefined && !existing.has(key)) existing.set(key, child as HTMLElement);
    else child.remove();
  }
  const wanted = new Set(items.map((item) => item.key));
  for (const [key, element] of existing) if (!wanted.has(key)) element.remove();
  let cursor: Element | null = container.firstElementChild;
  for (const item of items) {
    let element = existing.get(item.key);
    if (!element) {
      element = item.create();
      element.dataset['key'] = item.key;
    }
    item.update(element);
    if (element === cursor) cursor = cursor.nextElementSibling;
    else container.insertBefore(element, cursor);
  }
}
