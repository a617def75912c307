// After the date: a calendar reminder if the person wants one (--calendar FILE: there, without
// asking), neutral unless they choose details; then the kept history with --keep. Then the usual
// offer to save the follow-up plan.
import { TalkcoachError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import type { Terminal } from '../terminal.js';
import { onToSaving } from './after-plan.js';
import { screen, type Notice, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'checkin-calendar'>;

const DEFAULT_FILE = 'check-in.ics';

const next = ({ plan, ...s }: State, said: Notice[], setup: Setup): ScreenState => onToSaving(s, plan, setup, ...said);

async function calendar(s: State, t: Terminal, setup: Setup): Promise<Notice> {
  const c = setup.checkin!;
  let file: string;
  let details = c.details;
  if (c.calendar !== undefined) file = c.calendar;
  else {
    if (!(await t.confirm(msg('checkin.screen.calendarOffer'))))
      return { kind: 'message', id: 'checkin.screen.calendarDeclined' };
    details = await t.confirm(msg('checkin.screen.calendarDetails'));
    file = (await t.text(msg('checkin.screen.calendarFile'), DEFAULT_FILE)).trim() || DEFAULT_FILE;
  }
  try {
    // A name typed here never replaces a file; --calendar FILE does, as --output does.
    await c.writeCalendar(file, s.plan, s.when, details, c.calendar !== undefined);
    return { kind: 'message', id: 'checkin.calendarSaved', params: { file, title: msg('checkin.ics.title') } };
  } catch (e) {
    if (!(e instanceof TalkcoachError)) throw e;
    return { kind: 'message', id: 'terminal.save.failed', params: { reason: e.message } };
  }
}

export const checkinCalendar = screen<State, Notice[]>({
  async show(s, t, setup) {
    const said = [await calendar(s, t, setup)];
    const c = setup.checkin!;
    if (c.keep)
      said.push({ kind: 'message', id: 'checkin.kept', params: { file: await c.keepCheckin(s.when, s.plan) } });
    return said;
  },
  next,
});
