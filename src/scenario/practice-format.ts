// The practice formats, version 1, written once with the schema kit: the loved one's lines and the
// offered replies (scenarios/practice/lines.yaml), and the typed-reply checker's signals
// (scenarios/practice/checker.yaml). Their JSON Schema is scenarios/practice.schema.json.
import type { CheckerRules, PracticeContent, PracticeLine, PracticeReply } from '../engine/practice/model.js';
import { JSON_SCHEMA_DRAFT } from './json-schema.js';
import { flag, integer, list, literal, named, text } from './schema-kit/values.js';
import { object, record } from './schema-kit/mappings.js';
import { optional, type Infer } from './schema-kit/core.js';
import { id, ID, ID_HINT } from './format.js';

const line = (description: string, maxLength = 300) => text({ maxLength, description });

const ReplySchema = named(
  'practice-reply',
  object(
    {
      id: id('how piped answers and tests name this reply'),
      kind: id('the kind of reply: one of the file\'s "kinds" (reflection, blame, ...)'),
      say: line('what the person says; may use {{fill-ins}}'),
      react: line('what the loved one says back'),
      openness: integer({ min: -2, max: 2, description: 'how far their openness moves: -2 to 2' }),
      feedback: line('why it helps or hurts, in a sentence or two', 400),
      better: optional(line('for a reply that hurts: one to try instead')),
      thinking: line('"what they might be thinking"'),
    },
    { description: 'A reply offered to the person, with what it does.' },
  ),
);

const LineSchema = named(
  'practice-line',
  object(
    {
      say: line('what the loved one says; may use {{fill-ins}}'),
      guarded: optional(line('what they say instead when guarded (after a reply that hurt)')),
      replies: list(ReplySchema, { min: 3, description: 'three or four replies; some help, some hurt' }),
    },
    { description: 'One thing the loved one says, and the replies offered.' },
  ),
);

const reaction = object(
  {
    react: line('what the loved one says back'),
    openness: integer({ min: -2, max: 2, description: 'how far their openness moves' }),
    thinking: line('"what they might be thinking"'),
  },
  { description: 'How the loved one takes a typed reply with this verdict.' },
);

export const PracticeSchema = object(
  {
    format: literal([1], 'the format version'),
    practice: literal(['lines'], "this file holds the loved one's lines"),
    title: line('what this practice is', 120),
    kinds: record(
      object({
        helps: flag('true for a helping kind of reply'),
        skill: line('the skill, named in feedback ("a reflection: you said back what you heard")', 160),
      }),
      { key: ID, keyHint: ID_HINT, description: 'the kinds of reply, by id' },
    ),
    opening: LineSchema,
    closing: LineSchema,
    reasons: record(LineSchema, {
      key: ID,
      keyHint: ID_HINT,
      description: 'one line a reason, keyed by the option ids of the reasons question',
    }),
    fallback: list(id('a reason'), { min: 1, unique: true, description: 'the reasons practised when none was picked' }),
    typed: object(
      { helps: reaction, mixed: reaction, hurts: reaction, unclear: reaction },
      { description: 'how the loved one takes a typed reply, by verdict' },
    ),
  },
  { title: 'talkcoach practice lines', description: 'What the loved one says in practice, and the replies offered.' },
);

const SignalSchema = named(
  'checker-signal',
  object(
    {
      id: id('the signal, as the checker reports it'),
      helps: flag('true for a helping signal'),
      strong: optional(flag('a strong hurting signal makes the verdict "hurts" whatever else is there')),
      label: line('the skill or slip, named in feedback', 160),
      feedback: line('why it helps or hurts', 400),
      better: optional(line('for a hurting signal: a reply to try instead')),
      patterns: list(text({ maxLength: 200 }), { min: 1, description: 'phrase patterns (scenarios/README.md)' }),
      except: optional(list(text({ maxLength: 200 }), { description: 'patterns that mean the signal is not there' })),
    },
    { description: 'Something the checker looks for in a typed reply.' },
  ),
);

export const CheckerSchema = object(
  {
    format: literal([1], 'the format version'),
    practice: literal(['checker'], "this file holds the typed-reply checker's signals"),
    spellings: record(text({ maxLength: 40 }), {
      key: /^[a-z0-9']+$/,
      keyHint: 'a lowercase word',
      description: 'whole words read as others: text spellings and contractions ("dont": "do not")',
    }),
    suffixes: optional(
      record(text({ maxLength: 40 }), {
        key: /^[a-z']+$/,
        keyHint: 'a lowercase ending',
        description: 'endings read as words ("n\'t": "not"), for contractions not in spellings',
      }),
    ),
    'read-by-next': optional(
      list(
        object({
          word: text({ maxLength: 40, description: 'the written word ("ur")' }),
          as: text({ maxLength: 40, description: 'how it reads before one of `before` or at the end' }),
          otherwise: text({ maxLength: 40, description: 'how it reads otherwise' }),
          before: list(text({ maxLength: 40 }), { description: 'the words after it that mean `as`' }),
          'before-ending': optional(
            list(text({ maxLength: 10 }), { description: 'endings of the next word that mean `as`' }),
          ),
        }),
        { description: 'words read by the word after them ("ur crazy", "ur mum")' },
      ),
    ),
    negators: list(text({ maxLength: 40 }), { min: 1, description: 'words that deny a phrase after them' }),
    fillers: list(text({ maxLength: 40 }), { description: 'words skipped at the start of a clause' }),
    'clause-breaks': optional(list(text({ maxLength: 40 }), { description: 'words that start a new clause' })),
    softeners: optional(list(text({ maxLength: 60 }), { description: 'softeners ("no offence but"), noted' })),
    classes: optional(
      record(list(text({ maxLength: 40 })), {
        key: ID,
        keyHint: ID_HINT,
        description: 'word classes for patterns (@name)',
      }),
    ),
    'negated-orders': optional(
      list(text({ maxLength: 200 }), { description: 'patterns of a negated order, which denies nothing' }),
    ),
    reported: optional(
      object({
        frames: list(text({ maxLength: 200 }), { description: 'patterns that report their view ("you feel like")' }),
        until: list(text({ maxLength: 40 }), { description: 'words that end a reported view ("but")' }),
      }),
    ),
    unclear: object({ feedback: line('feedback when nothing is recognised', 400) }),
    negated: object({
      feedback: line('feedback when a hurting phrase appears only denied', 400),
      better: line('a reply to try instead'),
    }),
    scored: optional(
      object({
        hurts: object({
          feedback: line('feedback when only the trained scorer finds the reply hurtful', 400),
          better: line('a reply to try instead'),
        }),
        helps: object({ feedback: line('feedback when only the trained scorer finds the reply helpful', 400) }),
      }),
    ),
    signals: list(SignalSchema, { min: 1, description: 'the signals, helping and hurting' }),
    crisis: object(
      {
        always: list(text({ maxLength: 200 }), {
          min: 1,
          description: 'patterns about suicide or self-harm: a crisis even when denied',
        }),
        'unless-denied': list(text({ maxLength: 200 }), {
          description: 'patterns about harm to others: a crisis unless denied ("I\'d never hit you")',
        }),
        except: optional(
          list(text({ maxLength: 200 }), { description: 'patterns that mean the words are not about harm' }),
        ),
        skip: optional(
          list(text({ maxLength: 40 }), {
            description: 'small words that may stand between a denial and the harm it denies ("not a violent")',
          }),
        ),
      },
      {
        description:
          'words about suicide, self-harm or violence: a reply using them brings crisis help first, and ' +
          '`practice --check` marks it "crisis": true',
      },
    ),
  },
  { title: 'talkcoach typed-reply checker', description: 'The signals the checker looks for in typed replies.' },
);

/** The JSON Schema for both practice files (scenarios/practice.schema.json). */
export function practiceJsonSchema() {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    $id: 'https://talkcoach.invalid/practice.schema.json',
    title: 'talkcoach practice files (format 1)',
    description: 'scenarios/practice/lines.yaml (practice: lines) or checker.yaml (practice: checker).',
    if: { type: 'object', properties: { practice: { const: 'checker' } } },
    then: CheckerSchema.json(),
    else: PracticeSchema.json(),
    $defs: Object.fromEntries([ReplySchema, LineSchema, SignalSchema].map((d) => [d.defName, d.definition()])),
  };
}

// The engine owns the model; the schemas must infer exactly its types (see format.ts).
type Flat<T> = T extends (infer U)[] ? Flat<U>[] : T extends object ? { [K in keyof T]: Flat<T[K]> } : T;
type Equal<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** @public A compile-time check: tsc fails here when the schema and the engine drift apart. */
export type PracticeSchemaMatchesEngine = [
  Assert<Equal<Infer<typeof PracticeSchema>, PracticeContent>>,
  Assert<Equal<Infer<typeof CheckerSchema>, CheckerRules>>,
  Assert<Equal<Infer<typeof LineSchema>, PracticeLine>>,
  Assert<Equal<Infer<typeof ReplySchema>, PracticeReply>>,
];
