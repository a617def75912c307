// The JSON Schema files shipped in scenarios/, and their exact text (written by `npm run schema`).
import { jsonSchema } from '../scenario/json-schema.js';
import { practiceJsonSchema } from '../scenario/practice-format.js';
import { testJsonSchema } from './format.js';

const text = (schema: object) => () => `${JSON.stringify(schema, null, 2)}\n`;

export const SCHEMA_FILES: readonly { path: string; schema: () => string }[] = [
  { path: 'scenarios/scenario.schema.json', schema: text(jsonSchema()) },
  { path: 'scenarios/test.schema.json', schema: text(testJsonSchema()) },
  { path: 'scenarios/practice.schema.json', schema: text(practiceJsonSchema()) },
];
