// Writes the JSON Schemas editors use, from the same definitions the validator runs:
// scenarios/scenario.schema.json (scenarios and shared modules) and scenarios/test.schema.json.
// Run with `npm run schema`; a test fails when the shipped files are stale.
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILES } from '../src/testing/schema-files.js';

for (const { path, schema } of SCHEMA_FILES) {
  writeFileSync(new URL(`../${path}`, import.meta.url), schema());
  console.log(`wrote ${path}`);
}
