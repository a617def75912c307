// The test-file format (scenarios/<id>.test.yaml), version 1: scripted play-throughs of a scenario
// and what each plan must and must not hold. Written with the same schema kit as scenarios, so
// test files get the same located messages, and a JSON Schema (scenarios/test.schema.json).
import { FORMAT_VERSION, id } from '../scenario/format.js';
import { JSON_SCHEMA_DRAFT } from '../scenario/json-schema.js';
import { list, literal, named, text } from '../scenario/schema-kit/values.js';
import { object } from '../scenario/schema-kit/mappings.js';
import { optional, type Infer, type JsonSchema } from '../scenario/schema-kit/core.js';
import { PracticeCaseSchema } from './practice-format.js';
import { STANCES } from '../engine/model.js';

const phrases = (description: string) =>
  optional(
    list(text({ maxLength: 400, description: 'a phrase (case and spacing do not matter)' }), { min: 1, description }),
  );
const pointIds = (description: string) =>
  optional(list(id('a talking point id'), { min: 1, unique: true, description }));
const region = (description: string) =>
  optional(
    text({
      maxLength: 8,
      pattern: /^[A-Za-z]{2}$/,
      patternHint: 'a two-letter country code such as GB or US',
      description,
    }),
  );

export const ExpectSchema = named(
  'expect',
  object(
    {
      ending: optional(id('the id of the ending node the answers lead to')),
      title: optional(text({ maxLength: 200, description: "a phrase the plan's headline contains" })),
      stance: optional(literal(STANCES, "the plan's safety stance (the first by precedence)")),
      points: pointIds('talking points the plan must include'),
      'not-points': pointIds('talking points the plan must not include'),
      text: phrases('phrases the plan must contain, anywhere: headline, points, crisis block, disclaimer'),
      'not-text': phrases('phrases the plan must not contain'),
    },
    {
      description:
        'What the plan must (and must not) hold. Every expectation is checked, and each failure is reported.',
    },
  ),
);

export const CaseSchema = named(
  'case',
  object(
    {
      name: text({ maxLength: 120, description: 'what this play-through is about; unique in the file' }),
      answers: list(
        text({ minLength: 0, maxLength: 400, numbers: true, description: 'one answer, as one line of piped input' }),
        {
          description:
            'the answers, one per question, exactly as piped lines: an option number, id or label; ' +
            'ids or labels separated by commas for a multiple choice ("" for none); yes or no; ' +
            'the typed text ("" to skip). Notes take no answer.',
        },
      ),
      region: region('the crisis lines shown in this plan (default: the file region)'),
      expect: optional(ExpectSchema),
    },
    { description: 'One scripted play-through.' },
  ),
);

export const TestFileSchema = object(
  {
    format: literal([FORMAT_VERSION], 'the format version: 1'),
    scenario: optional(
      text({
        maxLength: 300,
        description:
          'the scenario under test: an id (see talkcoach list) or a file path relative to this file; ' +
          'default: <name>.yaml beside <name>.test.yaml',
      }),
    ),
    region: region(
      'the crisis lines shown in the plans (default: none, so plans show the advice for an unknown region)',
    ),
    cases: list(CaseSchema, { min: 1, description: 'the play-throughs' }),
    practice: optional(list(PracticeCaseSchema, { min: 1, description: 'scripted practices (issue 15)' })),
  },
  {
    title: 'talkcoach scenario test',
    description: 'Scripted play-throughs of a scenario, run by talkcoach test. See scenarios/README.md.',
  },
);

export type TestFile = Infer<typeof TestFileSchema>;
export type TestCase = Infer<typeof CaseSchema>;
export type Expect = Infer<typeof ExpectSchema>;

export function testJsonSchema(): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: 'https://talkcoach.invalid/test.schema.json',
    ...TestFileSchema.json(),
    $defs: {
      case: CaseSchema.definition(),
      expect: ExpectSchema.definition(),
      'practice-case': PracticeCaseSchema.definition(),
    },
  };
}
