import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedSchemas } from '../../scripts/shipped-schemas.js';

describe('shipped JSON Schemas', () => {
  for (const { file, schema } of shippedSchemas()) {
    it(`${file} matches its zod schema (run "npm run schema" if this fails)`, () => {
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(schema);
    });
  }
});
