// What the check-in writes, only when asked: the follow-up plan (-o), the calendar reminder
// (--calendar, or yes on the screen) and the kept history (--keep); and what the interactive
// check-in is given to do so (the screens ask; this layer decides where files go).
// Every file is looked at before the first is written: a name that is taken (without --force), a
// folder, a device, a dangling link, or a history that cannot be kept stops the check-in with
// nothing saved. Should a write fail all the same (a full disk), the message says what was saved
// and what was not.
import { factsOf, type CheckinDate } from '../engine/checkin.js';
import type { Plan } from '../engine/types.js';
import type { Scenario } from '../engine/model.js';
import { TalkcoachError } from '../errors.js';
import type { CheckinSetup } from '../frontends/screens/checkin-types.js';
import type { Format } from '../render/index.js';
import { summaryTexts } from '../render/summary.js';
import { appendHistory, historyFile, prepareHistory } from '../io/history.js';
import { saveFileAtomic, writableTarget } from '../io/save.js';
import { msg } from '../messages/index.js';
import { fullPath } from '../paths.js';
import { keptAnswers } from './checkin-date.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { outputPath } from './output.js';
import { calendarRoom } from './rooms.js';

export interface CheckinOptions extends CommonOptions {
  answers?: string;
  input: boolean;
  format: Format;
  output?: string;
  /** Replace an existing -o or --calendar file. */
  force?: boolean;
  region?: string;
  plain?: boolean;
  color: boolean;
  today?: string;
  date?: string;
  calendar?: string;
  details?: boolean;
  keep?: boolean;
}

/** Where the check-in will write, each looked at already: -o (undefined: standard output),
 * --calendar, and the history with --keep. */
export interface CheckinTargets {
  output?: string;
  calendar?: string;
  history?: string;
}

/** Looks at every file the check-in will write before any is written; throws for the first that cannot be. */
export function checkTargets(o: CheckinOptions, env: Io['env']): CheckinTargets {
  const force = o.force === true;
  const output = outputPath(o.output, env);
  if (output !== undefined) writableTarget(output, force, 'plan');
  const calendar = o.calendar === undefined ? undefined : fullPath(o.calendar, env.HOME || undefined);
  if (calendar !== undefined) writableTarget(calendar, force, 'reminder');
  const history = o.keep ? historyFile(env) : undefined;
  if (history !== undefined) prepareHistory(history);
  return {
    ...(output !== undefined ? { output } : {}),
    ...(calendar !== undefined ? { calendar } : {}),
    ...(history !== undefined ? { history } : {}),
  };
}

interface SaveStep {
  what: 'plan' | 'calendar' | 'keep';
  file?: string;
  run: () => unknown;
}

/** Runs the writes asked for, in order; when one fails, its error also says what was saved before
 * it and what was not. */
export async function saveInTurn(asked: (SaveStep | false)[]): Promise<void> {
  const steps = asked.filter((s): s is SaveStep => s !== false);
  const saved: string[] = [];
  for (const [i, step] of steps.entries()) {
    try {
      await step.run();
    } catch (e) {
      if (!(e instanceof TalkcoachError) || (saved.length === 0 && i === steps.length - 1)) throw e;
      const rest = steps.slice(i).map((s) => msg(`checkin.what.${s.what}`));
      throw new TalkcoachError(e.kind, e.message, [
        ...e.details,
        ...(saved.length > 0 ? [msg('checkin.savedSoFar', { files: saved.join('; ') })] : []),
        msg('checkin.notSaved', { what: rest.join('; ') }),
      ]);
    }
    saved.push(
      step.file === undefined ? msg(`checkin.what.${step.what}`) : `${msg(`checkin.what.${step.what}`)} (${step.file})`,
    );
  }
}

/** The reminder's text when the user asked for details: the headline and "In short". */
const reminderDetails = (plan: Plan): string => [plan.title, ...summaryTexts(plan)].join('\n');

/** Writes the reminder for `plan` (its headline already dated) atomically, at mode 0600. */
export async function writeCalendar(
  file: string,
  plan: Plan,
  when: CheckinDate,
  details: boolean,
  overwrite: boolean,
): Promise<void> {
  const { calendarText } = await calendarRoom();
  const text = calendarText({ date: when.date, ...(details ? { details: reminderDetails(plan) } : {}) });
  saveFileAtomic(file, text, { overwrite, hint: 'reminder' });
}

/** Adds the check-in to the private history; the file it went to. */
export function keep(when: CheckinDate, plan: Plan, scenario: Scenario, file: string): Promise<string> {
  return appendHistory(
    { date: when.today, answers: keptAnswers(factsOf(scenario, plan.answers)), next: when.date },
    file,
  );
}

export const checkinFlow = (
  scenario: Scenario,
  o: CheckinOptions,
  targets: CheckinTargets,
  env: Io['env'],
  today: string,
  chosen?: string,
): CheckinSetup => ({
  scenario,
  today,
  ...(chosen !== undefined ? { chosen } : {}),
  ...(targets.calendar !== undefined ? { calendar: targets.calendar } : {}),
  details: o.details === true,
  keep: targets.history !== undefined,
  // A name typed on the screen never replaces a file; --calendar FILE does only with --force.
  writeCalendar: (file, plan, when, details, overwrite) =>
    writeCalendar(file, plan, when, details, overwrite && o.force === true),
  keepCheckin: (when, plan) => keep(when, plan, scenario, targets.history ?? historyFile(env)),
});
