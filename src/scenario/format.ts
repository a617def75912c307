// The scenario format, version 1: the single source of the TypeScript types, the runtime checks
// and the JSON Schema (scenarios/scenario.schema.json). Documented in scenarios/README.md.
import { flag, lazy, list, literal, object, oneKeyOf, optional, record, tagged, text, textOrList, type Infer, type Schema } from './schema-kit.js';

export const FORMAT_VERSION = 1;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const ID_HINT = 'use lowercase letters, digits and dashes, starting with a letter or digit';
const id = (description: string) => text({ pattern: ID, patternHint: ID_HINT, maxLength: 64, description });

/** Plan sections, in the order a plan shows them (safety moves first when it has anything). */
export const SECTIONS = ['safety', 'before', 'opening', 'listening', 'worries', 'practical', 'if-no', 'boundaries'] as const;
export type SectionId = (typeof SECTIONS)[number];

const factValues = record(textOrList(text({ maxLength: 64 })), {
  key: ID,
  keyHint: ID_HINT,
  description: 'fact name → value; a list means "any of these"',
});

type ConditionShape =
  | { equals: Record<string, string | string[]> }
  | { includes: Record<string, string | string[]> }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };
export type Condition = ConditionShape;

export const ConditionSchema: Schema<Condition> = oneKeyOf(
  {
    equals: factValues,
    includes: factValues,
    all: list(lazy(() => ConditionSchema, 'condition'), { min: 1 }),
    any: list(lazy(() => ConditionSchema, 'condition'), { min: 1 }),
    not: lazy(() => ConditionSchema, 'condition'),
  },
  'A condition over the facts gathered so far. Data, never code.',
) as Schema<Condition>;

const effects = {
  set: optional(record(text({ maxLength: 64 }), { key: ID, keyHint: ID_HINT, description: 'facts to record when chosen' })),
  add: optional(list(id('a talking point id'), { unique: true, description: 'talking points added to the plan when chosen' })),
};

const OptionSchema = object({
  id: id('how answers and conditions name this option'),
  label: text({ maxLength: 160, description: 'what the user sees' }),
  hint: optional(text({ maxLength: 200, description: 'a short line shown beside the option' })),
  ...effects,
  next: optional(id('the node to go to; defaults to the node\'s own next')),
});

const BranchSchema = object({ ...effects, next: optional(id('the node to go to')) });

const asking = {
  ask: text({ maxLength: 300, description: 'the question, in plain words' }),
  why: optional(text({ maxLength: 300, description: 'why we ask: shown under the question' })),
  fact: optional(id('the fact this answer is recorded as')),
  next: optional(id('the node that follows (an option or branch may say otherwise)')),
};

const NodeSchema = tagged(
  'kind',
  {
    choice: object({ kind: literal(['choice']), ...asking, options: list(OptionSchema, { min: 1 }) }),
    multi: object({ kind: literal(['multi']), ...asking, options: list(OptionSchema, { min: 1 }) }),
    yesno: object({ kind: literal(['yesno']), ...asking, yes: optional(BranchSchema), no: optional(BranchSchema) }),
    text: object({
      kind: literal(['text']),
      ...asking,
      fact: id('the fact the typed text is kept as; usable as a {{fill-in}}'),
      default: text({ maxLength: 80, description: 'used in fill-ins when the question is skipped' }),
      placeholder: optional(text({ maxLength: 80 })),
    }),
    note: object({
      kind: literal(['note']),
      title: text({ maxLength: 120 }),
      body: optional(text({ maxLength: 1200, multiline: true })),
      show: optional(list(id('a talking point shown now (and kept for the plan)'), { unique: true })),
      crisis: optional(flag('show the crisis lines for the user\'s region here')),
      next: id('the node that follows'),
    }),
    end: object({
      kind: literal(['end']),
      title: text({ maxLength: 120, description: 'the plan\'s headline' }),
      add: list(id('a talking point id'), { min: 1, unique: true, description: 'points this ending adds; at least one in the boundaries section' }),
    }),
  },
  'One step of the conversation with the user: a question, a note, or an ending.',
);

export const PointSchema = object({
  section: literal(SECTIONS, 'the plan section this point belongs to'),
  do: text({ maxLength: 600, multiline: true, description: 'the guidance: what to do' }),
  say: optional(text({ maxLength: 400, multiline: true, description: 'an example line, in the first person' })),
  avoid: optional(text({ maxLength: 400, multiline: true, description: 'what not to do or say' })),
  when: optional(ConditionSchema),
  source: text({ maxLength: 160, description: 'where the advice comes from: an article section or a named practice' }),
});

const sectionTitle = () => optional(text({ maxLength: 80 }));
/** Section headings a scenario may word for its reader (the person hesitating themselves, say). */
const SectionTitlesSchema = object(
  {
    safety: sectionTitle(),
    before: sectionTitle(),
    opening: sectionTitle(),
    listening: sectionTitle(),
    worries: sectionTitle(),
    practical: sectionTitle(),
    'if-no': sectionTitle(),
    boundaries: sectionTitle(),
  },
  { description: 'plan section headings for this scenario, where the usual ones would read wrong' },
);

const points = optional(record(PointSchema, { key: ID, keyHint: ID_HINT, description: 'talking points by id' }));
const nodes = record(NodeSchema, { key: ID, keyHint: ID_HINT, description: 'nodes by id' });

export const ScenarioSchema = object(
  {
    format: literal([FORMAT_VERSION], 'the format version'),
    id: id('the scenario id; built-in scenarios use their file name'),
    title: text({ maxLength: 120 }),
    summary: text({ maxLength: 200, description: 'one line for the scenario list' }),
    for: text({ maxLength: 200, description: 'who this scenario is for' }),
    uses: optional(list(id('a shared module: shared/<name>.yaml'), { unique: true })),
    start: id('the first node: a safety question'),
    sections: optional(SectionTitlesSchema),
    nodes,
    points,
  },
  { title: 'talkcoach scenario' },
);

export const ModuleSchema = object(
  {
    format: literal([FORMAT_VERSION], 'the format version'),
    module: id('the module name, as used in uses:'),
    title: optional(text({ maxLength: 120 })),
    nodes: optional(record(NodeSchema, { key: ID, keyHint: ID_HINT })),
    points,
  },
  { title: 'talkcoach shared module' },
);

export type Scenario = Infer<typeof ScenarioSchema>;
export type Module = Infer<typeof ModuleSchema>;
export type ScenarioNode = Infer<typeof NodeSchema>;
export type Point = Infer<typeof PointSchema>;
export type Option = Infer<typeof OptionSchema>;
export type Branch = Infer<typeof BranchSchema>;

/** The JSON Schema for scenario and module files, generated from the definitions above. */
export function jsonSchema(): Record<string, unknown> {
  const scenario = ScenarioSchema.json();
  const module = ModuleSchema.json();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://talkcoach.invalid/scenario.schema.json',
    title: 'talkcoach scenario or shared module (format 1)',
    $defs: { condition: ConditionSchema.json() },
    oneOf: [scenario, module],
  };
}
