// "In short" as lines of words: the engine picks the lines, this words the crisis and abuse lines
// from the region's verified data (a line's brief way where it has one: In short is a glance, and
// the whole of it is in the crisis box).
import type { CrisisInfo, Plan, SummaryLine } from '../engine/types.js';
import { msg } from '../messages/index.js';

const label = (role: SummaryLine['role']) => msg(`plan.summary.${role}`);

function crisisText(c: CrisisInfo): string {
  // One number, or several (Ireland's 112 or 999): "or" is the language's word, not code's.
  const numbers = c.emergency.map((e) => e.number);
  const last = numbers.at(-1);
  const call =
    last === undefined
      ? msg('plan.summary.callLocal')
      : numbers.length === 1
        ? msg('plan.summary.call', { numbers: last })
        : msg('plan.summary.callEither', { first: numbers.slice(0, -1).join(', '), second: last });
  const line = c.lines[0];
  return line
    ? msg('plan.summary.crisisLine', { call, name: line.name, how: line.brief ?? line.how })
    : msg('plan.summary.crisisDirectory', { call, url: c.directory.url });
}

/** The plan's "In short" crisis line on its own ("In danger now? Call 999. Samaritans: …"), for
 * the first line of `talkcoach crisis`. */
export const crisisAtOnce = (c: CrisisInfo): string => `${label('crisis')} ${crisisText(c)}`;

function abuseText(c: CrisisInfo, undisclosed = false): string {
  const line = c.abuse?.[0];
  // "I'd rather not say" is not a disclosure: the line offers, it does not presume.
  const first = msg(undisclosed ? 'plan.summary.advocateUndisclosed' : 'plan.summary.advocate');
  return line
    ? msg('plan.summary.advocateLine', { first, name: line.name, how: line.brief ?? line.how })
    : msg('plan.summary.advocateDirectory', { first, url: c.directory.url });
}

function substanceText(c: CrisisInfo): string {
  const line = c.substance?.[0];
  return line
    ? msg('plan.summary.substanceLine', { name: line.name, how: line.brief ?? line.how })
    : msg('plan.summary.substanceDoctor');
}

const WORDED: Partial<Record<SummaryLine['role'], (c: CrisisInfo, undisclosed: boolean) => string>> = {
  crisis: crisisText,
  abuse: abuseText,
  substance: substanceText,
};

/** The user would rather not say whether they are afraid, and did not say they are. */
export const undisclosedOnly = (safety: Plan['safety']): boolean =>
  safety.stances.includes('undisclosed') && !safety.stances.includes('afraid');

export function summaryText(line: SummaryLine, c: CrisisInfo, undisclosed = false): string {
  const worded = WORDED[line.role];
  const body = worded ? worded(c, undisclosed) : line.role === 'say' ? `“${line.text ?? ''}”` : (line.text ?? '');
  return `${label(line.role)} ${body}`;
}

export const summaryTexts = (plan: Pick<Plan, 'summary' | 'crisis' | 'safety'>): string[] =>
  plan.summary.map((l) => summaryText(l, plan.crisis, undisclosedOnly(plan.safety)));
