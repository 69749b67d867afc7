/**
 * Report text dropped into the summary's Markdown must stay text: a title like "*重点*项目" or a paragraph starting
 * with "1." would otherwise turn into emphasis or a list. HTML-significant characters become entities, the way
 * Handlebars' own escaping writes them, so the Markdown converter decodes one convention whichever way text arrived.
 */

const INLINE_SPECIAL = /[\\`*_[\]{}|~!]/g;
const HTML_SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escape text for use inside a Markdown line (heading, paragraph, list item or table cell); newlines become spaces. */
export function escapeMarkdownInline(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const escaped = oneLine.replace(/[&<>"]/g, (c) => HTML_SPECIAL[c] ?? c).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // Block syntax only matters at the start of a line and before a space: "# …", "- …", "+ …", "1. …", "1) …"
  // ("13.9万亩" stays as it is). ">" is already an entity.
  return escaped.replace(/^(#{1,6}|[-+])(?=\s|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
