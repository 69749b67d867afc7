/** The JSON Schema template authors point their editor at for template.json. Generated, never hand-edited. */
import { z } from 'zod';
import { TemplateManifestSchema } from './manifest-schema.js';

export function templateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(TemplateManifestSchema, { io: 'input', target: 'draft-2020-12', reused: 'ref' }),
    $id: 'urn:huibao:schema:template',
    title: 'Huibao template pack manifest',
  };
}
