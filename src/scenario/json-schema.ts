// The JSON Schema for scenario and module files (scenarios/scenario.schema.json), generated from the
// format's definitions in ./format.ts.
import {
  BranchSchema,
  ConditionSchema,
  ModuleSchema,
  NodeSchema,
  OptionSchema,
  PointSchema,
  ScenarioSchema,
} from './format.js';
import type { JsonSchema } from './schema-kit/core.js';
import type { Named } from './schema-kit/values.js';

/** Every definition the JSON Schemas refer to by $ref. */
export const DEFINITIONS: readonly Named<unknown>[] = [
  NodeSchema,
  OptionSchema,
  BranchSchema,
  PointSchema,
  ConditionSchema,
];

function defs(list: readonly Named<unknown>[]): Record<string, JsonSchema> {
  return Object.fromEntries(list.map((d) => [d.defName, d.definition()]));
}

// Draft-07 because that is what editors (yaml-language-server, VS Code) implement; $ref works by
// JSON pointer, so the shared definitions can still sit under $defs.
export const JSON_SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';

/** The JSON Schema for scenario and module files, generated from the definitions above. */
export function jsonSchema(): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: 'https://talkcoach.invalid/scenario.schema.json',
    title: 'talkcoach scenario or shared module (format 1)',
    description:
      'A scenario file (scenarios/<id>.yaml), or a shared module (a file with module: instead of id:). ' +
      'See scenarios/README.md.',
    // A file with `module:` is a shared module; anything else is checked as a scenario.
    if: { type: 'object', required: ['module'] },
    then: ModuleSchema.json(),
    else: ScenarioSchema.json(),
    $defs: defs(DEFINITIONS),
  };
}
