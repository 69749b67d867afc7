/**
 * The studio's whole rendering helper: build elements from a tag, a few properties and children. Styles go through
 * `element.style` (the CSP forbids style="" in markup), events through addEventListener; nothing parses HTML, so
 * report text can never become markup.
 */

type Listener<K extends keyof HTMLElementEventMap> = (event: HTMLElementEventMap[K]) => void;

export type Child = Node | string | number | false | null | undefined | readonly Child[];

export interface Props {
  readonly class?: string | readonly (string | false | null | undefined)[];
  readonly text?: string;
  /** Attributes set verbatim (aria-*, role, data-*, type, for…); `false`/undefined leaves one out. */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Inline styles through the CSSOM, e.g. `{ left: '12px' }` or custom properties `{ '--accent': '#c00' }`. */
  readonly style?: Readonly<Record<string, string>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: Listener<K> };
  /** DOM properties that are not attributes (value, checked, disabled…). */
  readonly props?: Readonly<Record<string, unknown>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, props);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** SVG elements take only attributes: numbers are written as they come (the viewBox gives them their unit). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | number | undefined>> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, String(value));
  append(element, children);
  return element;
}

export function apply(element: HTMLElement, props: Props): void {
  const classes = typeof props.class === 'string' ? props.class : (props.class ?? []).filter(Boolean).join(' ');
  if (classes) element.className = classes;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.style ?? {})) element.style.setProperty(cssName(name), value);
  for (const [name, listener] of Object.entries(props.on ?? {})) element.addEventListener(name, listener as EventListener);
  for (const [name, value] of Object.entries(props.props ?? {})) (element as unknown as Record<string, unknown>)[name] = value;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else parent.appendChild(typeof child === 'object' ? (child as Node) : document.createTextNode(String(child)));
  }
}

/** camelCase → kebab-case for setProperty; custom properties (--x) pass through. */
function cssName(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
