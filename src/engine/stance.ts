// A plan's safety stance: which of the scenario's safety conditions hold, in order of precedence,
// and the one table of what each stance rules out. A plan never holds a point with a tag that one of
// its stances forbids (the union over all of them), so "let it rest" never stands beside "call a
// crisis line now". `validate` proves it of a scenario's conditions (scenario/lint-stances.ts), and
// the walk checks the plans it plays (authoring/safety-checks.ts).
import { any, holds } from './conditions.js';
import { STANCES, type Condition, type Scenario, type Stance, type Tag } from './model.js';
import type { Facts } from './types.js';

/** What each stance forbids. Every plan keeps the user's own boundaries and self-care whatever the stance. */
export const FORBIDS: Readonly<Record<Stance, readonly Tag[]>> = {
  // Someone may be in danger, or things are getting worse fast: nothing that says give it time.
  danger: ['wait'],
  'self-at-risk': ['wait'],
  'risk-unsure': ['wait'],
  // Afraid of the person: no opener, no joint sessions, no limit-setting, no talk of the relationship's future.
  afraid: ['raise-it', 'together', 'limits', 'relationship-future'],
  // Would rather not say: a cautious talk is still possible, but nothing joint and no limit-setting.
  undisclosed: ['together', 'limits'],
  urgent: ['wait'],
  ordinary: [],
};

type Conditioned = Pick<Scenario, 'safety' | 'about'>;

/** The scenario's condition for a stance (undefined when it has none; ordinary has none). */
export function stanceCondition(scenario: Conditioned, stance: Stance): Condition | undefined {
  const s = scenario.safety ?? {};
  const self = scenario.about === 'self';
  const yes = s['risk-yes'];
  const unsure = s['risk-unsure'];
  switch (stance) {
    case 'danger':
      return self ? undefined : yes;
    // The user's own risk: yes or not sure, both mean the plan is about getting through today.
    case 'self-at-risk':
      return self ? any([yes, unsure]) : undefined;
    // "Yes" wins over "not sure": a plan is never both in danger and unsure of it.
    case 'risk-unsure':
      return self || !unsure ? undefined : yes ? { all: [unsure, { not: yes }] } : unsure;
    case 'afraid':
      return s.afraid;
    case 'undisclosed':
      return s.undisclosed;
    case 'urgent':
      return s.urgent;
    case 'ordinary':
      return undefined;
  }
}

/** Every stance that holds, in order of precedence; ordinary alone when none does. */
export function stancesOf(scenario: Conditioned, facts: Facts): Stance[] {
  const on = STANCES.filter((s) => {
    const c = stanceCondition(scenario, s);
    return c !== undefined && holds(c, facts);
  });
  return on.length > 0 ? on : ['ordinary'];
}

/** The tags a plan with these stances may not hold. */
export const forbiddenBy = (stances: readonly Stance[]): Set<Tag> => new Set(stances.flatMap((s) => FORBIDS[s]));

/** The point's tags that these stances forbid. */
export const forbiddenTags = (stances: readonly Stance[], tags: readonly Tag[] = []): Tag[] => {
  const no = forbiddenBy(stances);
  return tags.filter((t) => no.has(t));
};
