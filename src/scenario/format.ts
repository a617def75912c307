// The scenario format, version 1: the single source of the TypeScript types, the runtime checks
// and the JSON Schema (scenarios/scenario.schema.json). Documented in scenarios/README.md.
import { flag, integer, lazy, list, literal, named, text, textOrList, type Named } from './schema-kit/values.js';
import { object, oneKeyOf, record, tagged } from './schema-kit/mappings.js';
import { optional, type Schema } from './schema-kit/core.js';
import { msg } from '../messages/index.js';
import { checkinKeys, planFields, safetySchema, stanceKeys } from './format-plan.js';
import { SECTIONS, type Condition, type SectionId } from '../engine/model.js';

export const FORMAT_VERSION = 1;

export const ID = /^[a-z0-9][a-z0-9-]*$/;
export const ID_HINT = 'use lowercase letters, digits and dashes, starting with a letter or digit';
export const id = (description: string) => text({ pattern: ID, patternHint: ID_HINT, maxLength: 64, description });

const factValues = record(textOrList(text({ maxLength: 64 }), 'a value, or a list meaning "any of these"'), {
  min: 1,
  minMessage: msg('scenario.emptyCondition'),
  key: ID,
  keyHint: ID_HINT,
  description: 'fact name → the value it must have; a list means "any of these"',
});

const conditionRef = () => lazy(() => ConditionSchema, 'condition');

export const ConditionSchema: Named<Condition> = named(
  'condition',
  oneKeyOf(
    {
      equals: factValues,
      includes: factValues,
      all: list(conditionRef(), { min: 1, description: 'true when every condition in the list is true' }),
      any: list(conditionRef(), { min: 1, description: 'true when at least one condition in the list is true' }),
      not: conditionRef(),
    },
    'A condition over the facts gathered so far, written as data (never code): ' +
      'equals (a fact has this value), includes (a multiple-choice fact includes this option), all, any, not.',
  ) as Schema<Condition>,
);

const effects = {
  set: optional(
    record(text({ maxLength: 64 }), {
      key: ID,
      keyHint: ID_HINT,
      description: 'facts to record when this is chosen: fact name → value',
    }),
  ),
  add: optional(
    list(id('a talking point id'), {
      unique: true,
      description: 'talking points added to the plan when this is chosen',
    }),
  ),
};

export const OptionSchema = named(
  'option',
  object(
    {
      id: id('how piped answers, conditions and tests name this option'),
      label: text({ maxLength: 160, description: 'what the user sees' }),
      hint: optional(text({ maxLength: 200, description: 'a short line shown beside the option' })),
      ...effects,
      next: optional(id("the node to go to when this option is chosen; defaults to the question's own next")),
    },
    { description: 'One answer the user can pick.' },
  ),
);

export const BranchSchema = named(
  'branch',
  object(
    { ...effects, next: optional(id("the node to go to; defaults to the question's own next")) },
    { description: 'What happens after a yes (or a no).' },
  ),
);

const asking = {
  ask: text({ maxLength: 300, description: 'the question, in plain words; may use {{fill-ins}}' }),
  why: optional(text({ maxLength: 300, description: 'why we ask: shown under the question' })),
  fact: optional(id('the fact this answer is recorded as, for conditions')),
  alias: optional(
    id(
      'a readable name for the question, accepted beside its id in answers keyed by question ' +
        '(--answers answers.json), such as name, problem or outcome; unique in the scenario',
    ),
  ),
  next: optional(id('the node that follows (an option or branch may say otherwise)')),
};

const kind = (k: string, description: string) => literal([k], description);

export const NodeSchema = named(
  'node',
  tagged(
    'kind',
    {
      choice: object(
        {
          kind: kind('choice', 'a single choice'),
          ...asking,
          options: list(OptionSchema, { min: 1, description: 'the answers to pick from' }),
        },
        { description: 'A question with one answer from a list.' },
      ),
      multi: object(
        {
          kind: kind('multi', 'a multiple choice'),
          ...asking,
          options: list(OptionSchema, { min: 1, description: 'the answers to pick from (any number, or none)' }),
        },
        {
          description:
            'A question where the user picks any number of answers, or none. ' +
            'Its fact is the list of option ids picked.',
          // The walk leaves a missing next to the graph check, which says it once and better.
          alsoRequired: ['next'],
        },
      ),
      yesno: object(
        {
          kind: kind('yesno', 'a yes/no question'),
          ...asking,
          yes: optional(BranchSchema),
          no: optional(BranchSchema),
        },
        { description: 'A yes/no question. Its fact is "yes" or "no".' },
      ),
      text: object(
        {
          kind: kind('text', 'short free text'),
          ...asking,
          fact: id('the fact the typed text is kept as; usable as a {{fill-in}}'),
          default: text({ maxLength: 80, description: 'used in fill-ins when the question is skipped' }),
          placeholder: optional(text({ maxLength: 80, description: 'an example shown in the empty answer box' })),
        },
        { description: 'Short free text, such as a name. May be skipped; then fill-ins use the default.' },
      ),
      note: object(
        {
          kind: kind('note', 'a note: something to read, no answer'),
          title: text({ maxLength: 120, description: 'the heading of the note' }),
          body: optional(text({ maxLength: 1200, multiline: true, description: 'the text of the note' })),
          show: optional(
            list(id('a talking point id'), {
              unique: true,
              description: 'talking points shown now (and kept for the plan)',
            }),
          ),
          crisis: optional(flag("show the crisis lines for the user's region with this note")),
          next: id('the node that follows'),
        },
        { description: 'Something to read before going on: no answer is asked.' },
      ),
      end: object(
        {
          kind: kind('end', 'an ending: the plan is made here'),
          title: text({ maxLength: 120, description: "the plan's headline; may use {{fill-ins}}" }),
          add: list(id('a talking point id'), {
            min: 1,
            unique: true,
            description: 'points this ending adds; at least one in the boundaries section',
          }),
        },
        {
          description:
            'An ending: the plan is assembled from the points gathered on the way, plus every point whose when holds.',
        },
      ),
    },
    'One step of the conversation with the user: a question (choice, multi, yesno, text), a note, or an ending (end).',
  ),
);

export const PointSchema = named(
  'point',
  object(
    {
      section: literal(SECTIONS, 'the plan section this point belongs to (sections are shown in this order)'),
      do: text({ maxLength: 600, multiline: true, description: 'the guidance: what to do' }),
      say: optional(
        text({ maxLength: 400, multiline: true, description: 'an example line to say, in the first person' }),
      ),
      avoid: optional(text({ maxLength: 400, multiline: true, description: 'what not to do or say' })),
      when: optional(ConditionSchema),
      ...planFields,
      source: text({
        maxLength: 160,
        description: 'where the advice comes from: an article section or a named practice',
      }),
    },
    {
      description:
        'A talking point: one piece of advice for the plan. Added by options, notes and endings, or by its own when.',
    },
  ),
);

const sectionTitle = (section: SectionId) =>
  optional(text({ maxLength: 80, description: `the heading of the ${section} section in this scenario's plans` }));
/** Section headings a scenario may word for its reader (the person hesitating themselves, say). */
export const SectionTitlesSchema = object(
  Object.fromEntries(SECTIONS.map((s) => [s, sectionTitle(s)])) as Record<SectionId, ReturnType<typeof sectionTitle>>,
  {
    description: 'plan section headings for this scenario, where the usual ones would read wrong',
  },
);

export const SafetySchema = safetySchema(ConditionSchema);

const points = optional(
  record(PointSchema, { key: ID, keyHint: ID_HINT, description: 'talking points by id', lenient: true }),
);
const nodes = record(NodeSchema, { key: ID, keyHint: ID_HINT, description: 'nodes by id', lenient: true });
const formatKey = literal([FORMAT_VERSION], 'the format version: 1');

export const ScenarioSchema = object(
  {
    format: formatKey,
    id: id('the scenario id; built-in scenarios use their file name'),
    title: text({ maxLength: 120, description: 'the scenario title, shown in the list and on the plan' }),
    summary: text({ maxLength: 200, description: 'one line for the scenario list' }),
    for: text({ maxLength: 200, description: 'who this scenario is for' }),
    order: optional(
      integer({
        min: 0,
        max: 9999,
        description: 'place in the list of scenarios, lowest first; without it, after those with one, by id',
      }),
    ),
    uses: optional(
      list(id('a shared module: shared/<name>.yaml beside the scenario, or a built-in one'), {
        unique: true,
        description: 'shared modules whose nodes and points this scenario uses',
      }),
    ),
    start: id('the first node: a safety question'),
    'crisis-help': optional(
      id(
        'a note with crisis: true whose steps crisis help (!) shows in this scenario; ' +
          'without it, the shared steps for helping someone else',
      ),
    ),
    sections: optional(SectionTitlesSchema),
    safety: optional(SafetySchema),
    ...stanceKeys,
    ...checkinKeys(ConditionSchema),
    nodes,
    points,
  },
  {
    title: 'talkcoach scenario',
    description: 'A talkcoach scenario: questions for the user, and the talking points a plan is made of.',
    lenient: true,
  },
);

export const ModuleSchema = object(
  {
    format: formatKey,
    module: id('the module name, as written in uses: (the file is shared/<module>.yaml)'),
    title: optional(text({ maxLength: 120, description: 'what this module holds' })),
    nodes: optional(
      record(NodeSchema, {
        key: ID,
        keyHint: ID_HINT,
        description: 'nodes by id, shared by the scenarios that use this module',
        lenient: true,
      }),
    ),
    points,
  },
  {
    title: 'talkcoach shared module',
    description: 'Nodes and talking points written once and used by several scenarios.',
    lenient: true,
  },
);
