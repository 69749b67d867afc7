/** The JSON Schema people point their editor at when they hand-write a report. Generated, never hand-edited. */
import { z } from 'zod';
import { ReportSchema } from './schema.js';

export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ReportSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'urn:huibao:schema:report',
    title: 'Huibao structured report',
  };
}
