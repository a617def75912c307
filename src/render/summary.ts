// "In short" as lines of words: the engine picks the lines, this words the crisis and abuse lines
// from the region's verified data.
import type { CrisisInfo, Plan, SummaryLine } from '../engine/types.js';
import { msg } from '../messages/index.js';

const label = (role: SummaryLine['role']) => msg(`plan.summary.${role}`);

function crisisText(c: CrisisInfo): string {
  const call =
    c.emergency.length > 0
      ? msg('plan.summary.call', { numbers: c.emergency.map((e) => e.number).join(' or ') })
      : msg('plan.summary.callLocal');
  const line = c.lines[0];
  return line
    ? msg('plan.summary.crisisLine', { call, name: line.name, how: line.how })
    : msg('plan.summary.crisisDirectory', { call, url: c.directory.url });
}

function abuseText(c: CrisisInfo): string {
  const line = c.abuse?.[0];
  const first = msg('plan.summary.advocate');
  return line
    ? msg('plan.summary.advocateLine', { first, name: line.name, how: line.how })
    : msg('plan.summary.advocateDirectory', { first, url: c.directory.url });
}

function substanceText(c: CrisisInfo): string {
  const line = c.substance?.[0];
  return line
    ? msg('plan.summary.substanceLine', { name: line.name, how: line.how })
    : msg('plan.summary.substanceDoctor');
}

const WORDED: Partial<Record<SummaryLine['role'], (c: CrisisInfo) => string>> = {
  crisis: crisisText,
  abuse: abuseText,
  substance: substanceText,
};

export function summaryText(line: SummaryLine, c: CrisisInfo): string {
  const worded = WORDED[line.role];
  const body = worded ? worded(c) : line.role === 'say' ? `“${line.text ?? ''}”` : (line.text ?? '');
  return `${label(line.role)} ${body}`;
}

export const summaryTexts = (plan: Pick<Plan, 'summary' | 'crisis'>): string[] =>
  plan.summary.map((l) => summaryText(l, plan.crisis));
