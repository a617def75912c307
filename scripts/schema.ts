// Writes the JSON Schemas editors use, from the same definitions the validator runs:
// scenarios/scenario.schema.json (scenarios and shared modules) and scenarios/test.schema.json;
// and the authoring guide's table of what the built-in modules offer (as `talkcoach describe`).
// Run with `npm run schema`; a test fails when the shipped files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { SCHEMA_FILES } from '../src/authoring/schema-files.js';
import { builtInModuleTable, GUIDE, withTable } from '../src/authoring/guide-table.js';

for (const { path, schema } of SCHEMA_FILES) {
  writeFileSync(new URL(`../${path}`, import.meta.url), schema());
  console.log(`wrote ${path}`);
}
const guide = new URL(`../${GUIDE}`, import.meta.url);
writeFileSync(guide, withTable(readFileSync(guide, 'utf8'), builtInModuleTable()));
console.log(`wrote the module table in ${GUIDE}`);
