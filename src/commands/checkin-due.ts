// When the coach starts: a kept check-in whose date has come is offered first. Only the private
// history (kept with --keep) records such a date; without it nothing is read, and nothing is written.
import { hasHistory, historyFile, readHistory } from '../io/history.js';
import { msg } from '../messages/index.js';
import { dateWords } from '../render/checkin.js';
import { checkinCommand } from './checkin.js';
import type { Io } from './context.js';
import { today as localToday } from './today.js';

/** The date of the latest kept check-in's next one, when it is today or past. */
export function dueCheckin(env: Io['env'], today = localToday()): string | undefined {
  const file = historyFile(env);
  if (!hasHistory(file)) return undefined;
  const next = readHistory(file).kept.at(-1)?.next;
  return next !== undefined && next <= today ? next : undefined;
}

/** Asks whether to do the check-in now; yes runs it (kept in the history again, as before). */
export async function offerDueCheckin(
  o: { plain?: boolean; color?: boolean; region?: string },
  io: Io,
): Promise<boolean> {
  const due = dueCheckin(io.env);
  if (due === undefined) return false;
  const { Terminal, lookFor } = await io.rooms.terminal();
  const t = new Terminal(io, () => lookFor(io, o));
  let yes: boolean;
  try {
    yes = await t.confirm(msg('checkin.screen.offer', { date: dateWords(due) }), true);
  } finally {
    t.close();
  }
  if (!yes) return false;
  await checkinCommand({ ...o, input: true, format: 'text', color: o.color !== false, keep: true }, io);
  return true;
}
