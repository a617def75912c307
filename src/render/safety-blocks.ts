// Help beyond the crisis lines, chosen by the plan's safety object: domestic-abuse support when the
// user is afraid (or, worded discreetly, in every plan about someone at home or close family:
// universal education), substance-use support when that is the problem. Only verified lines (from
// src/safety/crisis.ts); where none is verified, the directory, never a guessed number.
import type { CrisisInfo, Plan } from '../engine/types.js';
import { msg } from '../messages/index.js';
import { undisclosedOnly } from './summary.js';

export interface HelpBlock {
  heading: string;
  advice: string;
  items: string[];
  /** Shown for everyone at home or close family (no fear said): printed on its own, just above the
   * closing crisis lines, so the numbers to call stay the last thing on screen. */
  discreet?: boolean;
}

function abuseBlock(c: CrisisInfo, discreet = false, undisclosed = false): HelpBlock {
  const lines = c.abuse ?? [];
  const where = c.region ? c.regionName : msg('plan.abuse.yourRegion');
  return {
    // For a user who said they are not afraid: the same lines, without presuming anything; for one who
    // would rather not say, the same advice on staying private, under a heading that presumes nothing.
    heading: msg(
      discreet ? 'plan.abuse.homeHeading' : undisclosed ? 'plan.abuse.undisclosedHeading' : 'plan.abuse.heading',
    ),
    advice: msg(discreet ? 'plan.abuse.homeAdvice' : 'plan.abuse.advice'),
    items:
      lines.length > 0
        ? lines.map((l) => `${l.name}: ${l.how}`)
        : [msg('plan.abuse.none', { where, url: c.directory.url })],
    ...(discreet ? { discreet: true } : {}),
  };
}

function substanceBlock(c: CrisisInfo): HelpBlock {
  const lines = c.substance ?? [];
  return {
    heading: msg('plan.substance.heading'),
    // Where no line is verified, the advice says what to do instead of introducing a list of none.
    advice: msg(lines.length > 0 ? 'plan.substance.advice' : 'plan.substance.adviceNone'),
    items:
      lines.length > 0
        ? lines.map((l) => `${l.name}: ${l.how}`)
        : [msg('plan.substance.none', { url: c.directory.url })],
  };
}

/** The blocks a plan needs, in the order they are shown. */
export function helpBlocks(plan: Pick<Plan, 'crisis' | 'safety'>): HelpBlock[] {
  return [
    ...(plan.safety.afraid ? [abuseBlock(plan.crisis, false, undisclosedOnly(plan.safety))] : []),
    ...(plan.safety.household ? [abuseBlock(plan.crisis, true)] : []),
    ...(plan.safety.substances ? [substanceBlock(plan.crisis)] : []),
  ];
}
