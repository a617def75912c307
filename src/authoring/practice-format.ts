// The test-file format's practice cases (issue 15): a scripted practice, and what the coach's
// feedback must say. One optional list, `practice:`, beside `cases:` in a test file.
import { OPENNESS, VERDICTS } from '../engine/practice/model.js';
import { id } from '../scenario/format.js';
import { list, literal, named, text } from '../scenario/schema-kit/values.js';
import { object } from '../scenario/schema-kit/mappings.js';
import { optional, type Infer } from '../scenario/schema-kit/core.js';

const phrases = (description: string) =>
  optional(
    list(text({ maxLength: 400, description: 'a phrase (case and spacing do not matter)' }), { min: 1, description }),
  );

export const PracticeCaseSchema = named(
  'practice-case',
  object(
    {
      name: text({ maxLength: 120, description: 'what this practice is about' }),
      reasons: optional(list(id('a reason id'), { description: 'the reasons practised (default: the fallback ones)' })),
      called: optional(
        text({ maxLength: 80, description: "the loved one's name, for the lines (default: the scenario's)" }),
      ),
      replies: list(text({ maxLength: 400, description: 'a reply id, or "> your own words"' }), {
        min: 1,
        description: 'one reply a line of the practice, in order: an offered reply by id, or typed words after ">"',
      }),
      expect: optional(
        object(
          {
            verdicts: optional(
              list(literal([...VERDICTS]), { min: 1, description: 'the verdict of each reply, in order' }),
            ),
            feedback: phrases("phrases the coach's feedback must contain (any exchange)"),
            'not-feedback': phrases("phrases the coach's feedback must not contain"),
            signals: optional(list(id('a signal id'), { min: 1, description: 'signals the typed replies must show' })),
            openness: optional(literal([...OPENNESS], 'how open the loved one is at the end')),
            carry: phrases('phrases the lines to carry into the real talk must contain'),
          },
          { description: 'What the practice must show. Every expectation is checked.' },
        ),
      ),
    },
    { description: 'A scripted practice of the conversation.' },
  ),
);

export type PracticeCase = Infer<typeof PracticeCaseSchema>;
