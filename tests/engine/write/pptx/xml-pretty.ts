/**
 * A small XML tokenizer for the tests: checks that a part is well-formed (every tag closed in order, no characters
 * XML forbids) and pretty-prints it for golden files, one element per line with attributes in written order.
 */

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|[^<]+/gy;
// eslint-disable-next-line no-control-regex -- finding forbidden control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function checkWellFormed(xml: string, part: string): void {
  prettyXml(xml, part);
}

export function prettyXml(xml: string, part = 'xml'): string {
  if (FORBIDDEN.test(xml)) throw new Error(`${part}: contains a character XML forbids`);
  const lines: string[] = [];
  const open: string[] = [];
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match; match = TOKEN.exec(xml)) {
    at = TOKEN.lastIndex;
    const [token, closing, name, attributes = '', selfClosing] = match;
    const indent = '  '.repeat(open.length);
    if (closing) {
      if (open.pop() !== closing) throw new Error(`${part}: </${closing}> does not close the open element`);
      const last = lines[lines.length - 1];
      if (last !== undefined && last.startsWith(`${'  '.repeat(open.length)}<${closing}`) && !last.endsWith('/>') && !last.includes('</')) lines[lines.length - 1] = `${last}</${closing}>`;
      else lines.push(`${'  '.repeat(open.length)}</${closing}>`);
    } else if (name) {
      const attrs = [...attributes.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g)].map(([, key, value]) => ` ${key}=${value}`).join('');
      lines.push(`${indent}<${name}${attrs}${selfClosing ? '/>' : '>'}`);
      if (!selfClosing) open.push(name);
    } else if (token.startsWith('<?') || token.startsWith('<!--')) {
      lines.push(`${indent}${token}`);
    } else if (token.trim() !== '') {
      // Text content sits on its parent's line: <a:t>text</a:t>.
      lines[lines.length - 1] += token;
    } else if (token.startsWith('<')) {
      throw new Error(`${part}: malformed markup near ${JSON.stringify(token.slice(0, 40))}`);
    }
  }
  if (at !== xml.length) throw new Error(`${part}: malformed markup at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
  if (open.length > 0) throw new Error(`${part}: <${open[open.length - 1]}> is never closed`);
  return `${lines.join('\n')}\n`;
}
