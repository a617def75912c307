// Help beyond the crisis lines, chosen by the plan's safety object: domestic-abuse support when the
// user is afraid, substance-use support when that is the problem. Only verified lines (from
// src/safety/crisis.ts); where none is verified, the directory, never a guessed number.
import type { CrisisInfo, Plan } from '../engine/types.js';
import { msg } from '../messages/index.js';

export interface HelpBlock {
  heading: string;
  advice: string;
  items: string[];
}

function abuseBlock(c: CrisisInfo): HelpBlock {
  const lines = c.abuse ?? [];
  const where = c.region ? c.regionName : msg('plan.abuse.yourRegion');
  return {
    heading: msg('plan.abuse.heading'),
    advice: msg('plan.abuse.advice'),
    items:
      lines.length > 0
        ? lines.map((l) => `${l.name}: ${l.how}`)
        : [msg('plan.abuse.none', { where, url: c.directory.url })],
  };
}

function substanceBlock(c: CrisisInfo): HelpBlock {
  const lines = c.substance ?? [];
  return {
    heading: msg('plan.substance.heading'),
    advice: msg('plan.substance.advice'),
    items:
      lines.length > 0
        ? lines.map((l) => `${l.name}: ${l.how}`)
        : [msg('plan.substance.none', { url: c.directory.url })],
  };
}

/** The blocks a plan needs, in the order they are shown. */
export function helpBlocks(plan: Pick<Plan, 'crisis' | 'safety'>): HelpBlock[] {
  return [
    ...(plan.safety.afraid ? [abuseBlock(plan.crisis)] : []),
    ...(plan.safety.substances ? [substanceBlock(plan.crisis)] : []),
  ];
}
