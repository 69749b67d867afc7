/**
 * docs/templates.md stays true: it names every manifest field, colour, text, data field and helper the engine has,
 * its Handlebars examples pass the pack check, and the mistake it shows is reported as it says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTextTemplate } from '../../main/engine/template-library/check-text.js';
import { TEMPLATE_DATA_FIELDS } from '../../main/engine/template/data.js';
import { templateHelpers } from '../../main/engine/template/helpers/index.js';
import { COLOR_NAMES, TemplateManifestSchema } from '../../main/engine/template/manifest-schema.js';
import { TEXT_TEMPLATES } from '../../main/engine/template/text-names.js';

const guide = readFileSync('docs/templates.md', 'utf8');
/** `name` as code, alone or as the head of a path (`name.zh`). */
const code = (name: string): boolean => guide.includes(`\`${name}\``) || guide.includes(`\`${name}.`);

describe('the template author’s guide', () => {
  it('names every manifest field, colour, text, data field and helper', () => {
    const fields = Object.keys(TemplateManifestSchema.shape);
    expect(fields.length).toBeGreaterThan(10);
    const missing = [...fields, ...COLOR_NAMES, ...TEXT_TEMPLATES.map((spec) => spec.name), ...TEMPLATE_DATA_FIELDS, ...Object.keys(templateHelpers)].filter((name) => !code(name));
    expect(missing).toEqual([]);
  });

  it('gives each text’s purpose as the engine states it', () => {
    for (const spec of TEXT_TEMPLATES) expect(guide, spec.name).toContain(`| \`${spec.name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.purpose} |`);
  });

  it('has Handlebars examples that pass the pack check, and shows the mistake as it is reported', () => {
    const examples = [...guide.matchAll(/```handlebars\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const source of examples) expect(checkTextTemplate(source, 'example'), source).toEqual([]);
    const wrong = examples[1]!.replace('{{ordinal', '{{ordnal');
    const [problem] = checkTextTemplate(wrong, 'pillar-title');
    expect(guide).toContain(`text/pillar-title.hbs:${problem!.line}:${problem!.column}: ${problem!.message}`);
  });

  it('links the shipped JSON Schema', () => {
    expect(guide).toContain('(../assets/schema/template.schema.json)');
    expect(JSON.parse(readFileSync('assets/schema/template.schema.json', 'utf8'))).toHaveProperty('$id', 'urn:huibao:schema:template');
  });
});
