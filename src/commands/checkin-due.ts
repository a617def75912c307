// When the coach starts: a kept check-in whose date has come is offered first. Only the private
// history (kept with --keep) records such a date; without it nothing is read, and nothing is written.
import type { Io } from './context.js';
import { today as localToday } from './today.js';

/** The date of the latest kept check-in's next one, when it is today or past. */
export async function dueCheckin(today = localToday()): Promise<string | undefined> {
  const { hasHistory, readHistory } = await import('../io/history.js');
  if (!hasHistory()) return undefined;
  const next = readHistory().kept.at(-1)?.next;
  return next !== undefined && next <= today ? next : undefined;
}

/** Asks whether to do the check-in now; yes runs it (kept in the history again, as before). */
export async function offerDueCheckin(
  o: { plain?: boolean; color?: boolean; region?: string },
  io: Io,
): Promise<boolean> {
  const due = await dueCheckin();
  if (due === undefined) return false;
  const [{ Terminal }, { lookFor }, { dateWords }, { msg }] = await Promise.all([
    import('../frontends/terminal.js'),
    import('../frontends/interactive.js'),
    import('../render/checkin.js'),
    import('../messages/index.js'),
  ]);
  const t = new Terminal(io, () => lookFor(io, o));
  let yes: boolean;
  try {
    yes = await t.confirm(msg('checkin.screen.offer', { date: dateWords(due) }), true);
  } finally {
    t.close();
  }
  if (!yes) return false;
  const { checkinCommand } = await import('./checkin.js');
  await checkinCommand({ ...o, input: true, format: 'text', color: o.color !== false, keep: true }, io);
  return true;
}
