// Regenerates the JSON Schemas shipped for editors from the zod schemas (the single source of truth).
// tests/assets/schemas.test.ts fails when a shipped file is out of date, so run `npm run schema` after changing a schema.
import { writeFileSync } from 'node:fs';
import { shippedSchemas } from './shipped-schemas.js';

for (const { file, schema } of shippedSchemas()) {
  writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${file}`);
}
