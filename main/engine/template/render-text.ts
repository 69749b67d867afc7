/** Rendering a pack's texts with template data; the one place slides, notes and summaries get their words from. */
import type { TemplateData } from './data.js';
import type { TemplatePack } from './pack.js';

/** The rendered text, trimmed; "" when the pack does not have an optional template of that name. */
export function renderPackText(pack: TemplatePack, name: string, data: TemplateData): string {
  const template = pack.texts.get(name);
  return template ? template(data).trim() : '';
}

/** The rendered text as lines: blank lines dropped, each line trimmed and inner runs of spaces collapsed. */
export function renderPackLines(pack: TemplatePack, name: string, data: TemplateData): string[] {
  return renderPackText(pack, name, data)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
