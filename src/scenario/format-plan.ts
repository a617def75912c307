// The format's keys for a safe, lean plan (issue 11): how a point takes part in the main plan and
// its summary, and the scenario's safety conditions. Apart from format.ts to keep each file small;
// documented in scenarios/README.md ("How a plan is made").
import { NEEDS, SCENARIO_KINDS, SUMMARY_ROLES, type Condition } from '../engine/model.js';
import { integer, list, literal, object, optional, text, type Named } from './schema-kit.js';

export const planFields = {
  needs: optional(
    list(literal(NEEDS, 'safe: only for a relationship where the user is not afraid'), {
      unique: true,
      description: 'what the point needs to be good advice; a plan made with fear never holds a point needing safe',
    }),
  ),
  priority: optional(
    integer({
      min: 1,
      max: 3,
      description:
        '1: always in the main plan; 2 (the default): in it while there is room (10 points); 3: in "More" only',
    }),
  ),
  summary: optional(
    list(literal(SUMMARY_ROLES, 'a line of the "In short" summary'), {
      unique: true,
      description: 'the summary lines this point can give: say, avoid, next, care',
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
      substances: optional(condition),
    },
    {
      description: "conditions that mark a plan as made with risk, fear or substance use (the plan's safety object)",
    },
  );

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
