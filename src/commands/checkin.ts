// talkcoach checkin: after the talk. Interactive on a terminal; piped otherwise, printing the next
// steps, the date to check in again and the safety object. --calendar writes a reminder, --keep
// adds it to the private history; nothing else is written unless asked.
import { factsOf } from '../engine/index.js';
import { runPiped } from '../frontends/piped.js';
import { fileLines, linesOf } from '../io/std.js';
import { msg } from '../messages/index.js';
import { renderCheckin, withCheckinDate } from '../render/checkin.js';
import { crisisFor } from '../safety/crisis.js';
import { checkDate, datesFor } from './checkin-date.js';
import { checkinFlow, keep, writeCalendar, type CheckinOptions } from './checkin-save.js';
import { saveFileAtomic } from '../io/save.js';
import { crisisStepsFor, onTerminal, type Io } from './context.js';
import { openForRun } from './open.js';
import { regionFor, today as localToday } from './run.js';

export async function checkinCommand(o: CheckinOptions, io: Io): Promise<void> {
  const today = checkDate(o.today ?? localToday());
  const chosen = o.date === undefined ? undefined : checkDate(o.date);
  const scenario = await openForRun('checkin', o, io);
  const crisis = crisisFor(regionFor(o, io));
  // As for run: standard output sent to a file or a pipe, with a person at the keyboard, still asks.
  const asking = onTerminal(io) || (io.canAsk !== false && io.stdin.isTTY === true && io.stderr.isTTY === true);
  if (o.answers === undefined && o.input && asking) {
    const { runInteractive } = await io.rooms.terminal();
    await runInteractive(scenario, { crisis }, io, o, {
      crisisSteps: crisisStepsFor(io),
      checkin: checkinFlow(io, scenario, o, today, chosen),
    });
    return;
  }
  const lines = o.answers !== undefined ? fileLines(o.answers) : io.lines ? io.lines() : linesOf(io.stdin);
  const { plan, leftOver } = await runPiped(scenario, lines, { crisis });
  const facts = factsOf(scenario, plan.answers);
  if (leftOver > 0) io.stderr.write(`${msg('cli.run.leftOver', { count: leftOver })}\n`);
  const when = datesFor(scenario, facts, today, chosen);
  // A saved file is the whole plan, dated, without the answers (as run saves it).
  const saving = o.output !== undefined;
  const text = renderCheckin(plan, when, o.format, saving ? { full: true, date: today, answers: false } : {});
  if (o.output !== undefined) {
    saveFileAtomic(o.output, text);
    io.stderr.write(`${msg('checkin.saved', { file: o.output })}\n`);
  } else io.stdout.write(text);
  if (o.calendar !== undefined) {
    await writeCalendar(io.rooms, o.calendar, withCheckinDate(plan, when), when, o.details === true, true);
    io.stderr.write(`${msg('checkin.calendarSaved', { file: o.calendar, title: msg('checkin.ics.title') })}\n`);
  }
  if (o.keep) io.stderr.write(`${msg('checkin.kept', { file: keep(io.env, when, plan, scenario) })}\n`);
}
