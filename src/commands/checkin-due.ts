// When the coach starts: a kept check-in whose date has come is offered first. Only the private
// history (kept with --keep) records such a date; without it nothing is read, and nothing is written.
// A history that cannot be read, or read whole, never stops the coach (crisis help is inside it):
// what was skipped is said on standard error, with how to mend it, and the coach starts.
import { TalkcoachError } from '../errors.js';
import { hasHistory, historyFile, readHistory } from '../io/history.js';
import { msg } from '../messages/index.js';
import { dateWords } from '../render/checkin.js';
import { checkinCommand } from './checkin.js';
import type { Io } from '../io/types.js';
import { today as localToday } from './today.js';
import { terminalRoom } from './rooms.js';

/** The date of the latest kept check-in's next one, when it is today or past; and warnings. */
export function dueCheckin(env: Io['env'], today = localToday()): { due?: string; warnings: string[] } {
  let file: string;
  try {
    file = historyFile(env);
  } catch (e) {
    // No home folder to look in: no history, and nothing to warn about until one is kept.
    if (e instanceof TalkcoachError) return { warnings: [] };
    throw e;
  }
  if (!hasHistory(file)) return { warnings: [] };
  const { kept, warnings } = readHistory(file);
  const next = kept.at(-1)?.next;
  return next !== undefined && next <= today ? { due: next, warnings } : { warnings };
}

/** Asks whether to do the check-in now; yes runs it (kept in the history again, as before). */
export async function offerDueCheckin(
  o: { plain?: boolean; color?: boolean; region?: string },
  io: Io,
): Promise<boolean> {
  const { due, warnings } = dueCheckin(io.env);
  for (const w of warnings) io.stderr.write(`${msg('folders.warning', { text: w })}\n`);
  if (due === undefined) return false;
  const { Terminal, lookFor, crisisHint } = await terminalRoom();
  const t = new Terminal(io, () => lookFor(io, o));
  let yes: boolean;
  try {
    // The first screen of the run: it says how to reach crisis help, as the welcome does.
    t.tell(crisisHint(io.env));
    yes = await t.confirm(msg('checkin.screen.offer', { date: dateWords(due) }));
  } finally {
    t.close();
  }
  if (!yes) return false;
  await checkinCommand({ ...o, input: true, format: 'text', color: o.color !== false, keep: true }, io);
  return true;
}
