// The check-in's date: the one the answers suggest (sooner when things are worse), which the
// person can change; a date before today, or not a date, is asked again.
import { checkinDate, factsOf, isCalendarDate, LAST_DATE, type CheckinDate } from '../../engine/checkin.js';
import { msg } from '../../messages/index.js';
import { dateWords, inDays, withCheckinDate } from '../../render/checkin.js';
import { go, screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'checkin-date'>;

const next = ({ plan, ...s }: State, when: CheckinDate): ScreenState =>
  go(
    s,
    { screen: 'checkin-calendar', plan: withCheckinDate(plan, when), when },
    { kind: 'done', text: msg('checkin.screen.date'), answer: dateWords(when.date) },
  );

export const checkinDateScreen = screen<State, CheckinDate>({
  async show(s, t, setup: Setup) {
    const c = setup.checkin!;
    const facts = factsOf(c.scenario, s.plan.answers);
    const first = checkinDate(c.scenario, facts, c.today, c.chosen);
    const { date, days } = first.suggested;
    t.say();
    t.tell(msg('checkin.screen.suggested', { date: dateWords(date), days: inDays(days) }));
    for (;;) {
      const typed = (await t.text(msg('checkin.screen.dateAsk'), first.date)).trim() || first.date;
      if (!isCalendarDate(typed)) {
        t.tell(msg('checkin.badDate', { value: typed }));
        continue;
      }
      // A calendar file cannot hold a later day (its event would end in the year 10000).
      if (typed > LAST_DATE) {
        t.tell(msg('checkin.tooLate', { last: LAST_DATE }));
        continue;
      }
      const when = checkinDate(c.scenario, facts, c.today, typed);
      if (when.days >= 0) return when;
      t.tell(msg('checkin.pastDate', { date: typed, today: c.today }));
    }
  },
  next,
});
