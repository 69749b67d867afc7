/**
 * Plain words as a pack text, for the editor's simple fields (the footer): "{{" is escaped so the words are printed
 * as typed, never run as template code, and a text that is plain words is read back for the field.
 */
import Handlebars from 'handlebars';

/** One line: runs of whitespace (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The Handlebars source that prints `text` exactly, or undefined when no escaping can (a "\" right before "{{"). */
export function literalTemplate(text: string): string | undefined {
  const source = text.replace(/\{\{/g, '\\{{');
  return literalTextOf(source) === text ? source : undefined;
}

/** The words a text prints when it is plain words (no {{…}} at all); undefined for a real template. */
export function literalTextOf(source: string): string | undefined {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch {
    return undefined;
  }
  if (!program.body.every((statement) => statement.type === 'ContentStatement')) return undefined;
  return program.body.map((statement) => (statement as hbs.AST.ContentStatement).value).join('');
}
