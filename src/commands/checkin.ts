// talkcoach checkin: after the talk. Interactive on a terminal; piped otherwise, printing the next
// steps, the date to check in again and the safety object. -o saves the follow-up plan, --calendar
// writes a reminder, --keep adds it to the private history; nothing else is written unless asked,
// and every file is looked at before the first is written (checkin-save.ts).
import { factsOf } from '../engine/checkin.js';
import { runPiped } from '../frontends/piped.js';
import { fileLines, linesOf } from '../io/std.js';
import { saveFileAtomic } from '../io/save.js';
import { msg } from '../messages/index.js';
import { renderCheckin, withCheckinDate } from '../render/checkin.js';
import { checkDate, datesFor } from './checkin-date.js';
import { checkinFlow, checkTargets, keep, saveInTurn, writeCalendar, type CheckinOptions } from './checkin-save.js';
import { crisisStepsFor } from './context.js';
import { onTerminal, type Io } from '../io/types.js';
import { openForRun } from './open.js';
import { today as localToday } from './run.js';
import { chooseRegion, crisisOf } from './region.js';
import { cutNote, note } from './note.js';
import { terminalRoom } from './rooms.js';

export async function checkinCommand(o: CheckinOptions, io: Io): Promise<void> {
  const today = checkDate(o.today ?? localToday());
  const chosen = o.date === undefined ? undefined : checkDate(o.date);
  const targets = checkTargets(o, io.env);
  const scenario = await openForRun('checkin', o, io);
  const region = chooseRegion(o, io);
  const crisis = crisisOf(region);
  // As for run: standard output sent to a file or a pipe, with a person at the keyboard, still asks.
  const asking = onTerminal(io) || (io.canAsk !== false && io.stdin.isTTY === true && io.stderr.isTTY === true);
  if (o.answers === undefined && o.input && asking) {
    const { runInteractive } = await terminalRoom();
    await runInteractive(scenario, { crisis }, io, o, {
      crisisSteps: crisisStepsFor(),
      askRegion: region.unsaid === true,
      checkin: checkinFlow(scenario, o, targets, io.env, today, chosen),
    });
    return;
  }
  const lines = o.answers !== undefined ? fileLines(o.answers) : io.lines ? io.lines() : linesOf(io.stdin);
  const { plan, leftOver } = await runPiped(scenario, lines, { crisis }, cutNote(io));
  const facts = factsOf(scenario, plan.answers);
  if (leftOver > 0) note(io, msg('cli.run.leftOver', { count: leftOver }));
  const when = datesFor(scenario, facts, today, chosen);
  const { output, calendar, history } = targets;
  // A saved file is the whole plan, dated, without the answers (as run saves it).
  const text = renderCheckin(
    plan,
    when,
    o.format,
    output !== undefined ? { full: true, date: today, answers: false } : {},
  );
  if (output === undefined) io.stdout.write(text);
  const force = o.force === true;
  await saveInTurn([
    output !== undefined && {
      what: 'plan',
      file: output,
      run: () => {
        saveFileAtomic(output, text, { overwrite: force });
        note(io, msg('checkin.saved', { file: output }));
      },
    },
    calendar !== undefined && {
      what: 'calendar',
      file: calendar,
      run: async () => {
        await writeCalendar(calendar, withCheckinDate(plan, when), when, o.details === true, force);
        note(io, msg('checkin.calendarSaved', { file: calendar, title: msg('checkin.ics.title') }));
      },
    },
    history !== undefined && {
      what: 'keep',
      run: async () => note(io, msg('checkin.kept', { file: await keep(when, plan, scenario, history) })),
    },
  ]);
}
