/**
 * Just enough XML reading for an Office theme part: elements with their attributes and children, by local name
 * (the "a:" prefix is whatever the file declares). No DTDs, no entity expansion beyond the five predefined ones and
 * character references, so a hostile file cannot make it fetch or grow anything. Text content is not kept: theme
 * colours and fonts live in attributes.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document's root element; undefined when there is none. */
export function parseXml(xml: string): XmlElement | undefined {
  const root: XmlElement = { name: '#document', attributes: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  for (const match of xml.matchAll(TAG)) {
    const [, closing, rawName, rawAttributes, selfClosing] = match;
    if (rawName === undefined) continue;
    const name = localName(rawName);
    if (closing) {
      if (stack.length > 1 && stack.at(-1)?.name === name) stack.pop();
      continue;
    }
    const element: XmlElement = { name, attributes: attributesOf(rawAttributes ?? ''), children: [] };
    stack.at(-1)?.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  return root.children[0];
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function attributesOf(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of raw.matchAll(ATTRIBUTE)) out.set(localName(match[1] ?? ''), decodeEntities(match[2] ?? match[3] ?? ''));
  return out;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_entity, code: string) => {
    if (code.startsWith('#')) {
      const point = code.startsWith('#x') ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point <= 0x10ffff ? String.fromCodePoint(point) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[code] ?? '';
  });
}

/** The first child with that local name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((candidate) => candidate.name === name);
}

/** The first element with that local name, searching depth-first. */
export function descendant(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const candidate of element.children) {
    if (candidate.name === name) return candidate;
    const found = descendant(candidate, name);
    if (found) return found;
  }
  return undefined;
}
