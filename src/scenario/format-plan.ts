// The format's keys for a safe, lean plan (issue 11): how a point takes part in the main plan and
// its summary, and the scenario's safety conditions. Apart from format.ts to keep each file small;
// documented in scenarios/README.md ("How a plan is made").
import { ABOUT, SCENARIO_KINDS, STANCES, SUMMARY_ROLES, TAGS, type Condition } from '../engine/model.js';
import { flag, integer, list, literal, text, type Named } from './schema-kit/values.js';
import { object } from './schema-kit/mappings.js';
import { optional } from './schema-kit/core.js';

export const planFields = {
  tags: optional(
    list(
      literal(
        TAGS,
        'wait: give it time; raise-it: an opener or practising one; together: joint sessions; ' +
          'limits: limit-setting toward the person; relationship-future: whether the relationship fits',
      ),
      {
        unique: true,
        description:
          'what the point does; a plan whose safety stance forbids one of its tags never holds it, and validate ' +
          'refuses a point whose condition can hold with such a stance (scenarios/README.md, "Safety stances")',
      },
    ),
  ),
  private: optional(
    flag(
      'a safety-plan detail (a code word, a go-bag, a hiding place): shown on screen, kept out of saved files ' +
        'unless --with-safety-details is given',
    ),
  ),
  priority: optional(
    integer({
      min: 1,
      max: 3,
      description:
        '1: always in the main plan; 2 (the default): in it while there is room (9 points); 3: in "More" only',
    }),
  ),
  summary: optional(
    list(literal(SUMMARY_ROLES, 'a line of the "In short" summary'), {
      unique: true,
      description: 'the summary lines this point can give: say, listen, choice, next, care, avoid',
    }),
  ),
  short: optional(text({ maxLength: 160, description: 'the line the summary shows for next and care' })),
};

/** When a plan is made with risk, fear or substance use: conditions over the facts, as data. */
export const safetySchema = (condition: Named<Condition>) =>
  object(
    {
      'risk-yes': optional(condition),
      'risk-unsure': optional(condition),
      afraid: optional(condition),
      undisclosed: optional(condition),
      urgent: optional(condition),
      substances: optional(condition),
      household: optional(condition),
    },
    {
      description:
        'conditions that give a plan its safety stances (risk-yes: danger; risk-unsure; afraid; undisclosed: would ' +
        'rather not say; urgent: getting worse fast), mark substance use (drinking or drugs), and household: a ' +
        'plan about someone at home or close family, where the domestic-abuse line is shown discreetly',
    },
  );

const stanceTitle = (s: string) =>
  optional(text({ maxLength: 120, description: `the plan's title when its stance is ${s}` }));

/** Whom the plan is about, and the plan's title for a stance. */
export const stanceKeys = {
  about: optional(
    literal(ABOUT, 'other (the default): someone the user is worried about; self: the user, hesitating themselves'),
  ),
  titles: optional(
    object(
      Object.fromEntries(STANCES.filter((s) => s !== 'ordinary').map((s) => [s, stanceTitle(s)])) as Record<
        Exclude<(typeof STANCES)[number], 'ordinary'>,
        ReturnType<typeof stanceTitle>
      >,
      { description: "the plan's title by safety stance, in place of the ending's (which fits ordinary plans)" },
    ),
  ),
};

/** A scenario's kind (situations are listed and picked; a check-in runs with `talkcoach checkin`) and
 * when to check in again: the first rule whose condition holds gives the days from today. */
export const checkinKeys = (condition: Named<Condition>) => ({
  kind: optional(
    literal(SCENARIO_KINDS, 'situation (the default): listed and picked; checkin: run by talkcoach checkin'),
  ),
  revisit: optional(revisitList(condition)),
});

const revisitList = (condition: Named<Condition>) =>
  list(
    object(
      {
        when: optional(condition),
        days: integer({ min: 1, max: 365, description: 'days from today to the next check-in' }),
      },
      { description: 'a rule for the next check-in: days from today, when its condition holds' },
    ),
    { description: 'when to check in again: the first rule that holds wins; give a last one without when' },
  );
