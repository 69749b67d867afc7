/** The JSON Schema files shipped in the repo, and the zod schema each is generated from. */
import { reportJsonSchema } from '../main/engine/report/json-schema.js';
import { templateJsonSchema } from '../main/engine/template/json-schema.js';

export interface ShippedSchema {
  readonly file: string;
  readonly schema: Record<string, unknown>;
}

export function shippedSchemas(): ShippedSchema[] {
  return [
    { file: 'assets/schema/report.schema.json', schema: reportJsonSchema() },
    { file: 'assets/schema/template.schema.json', schema: templateJsonSchema() },
  ];
}
