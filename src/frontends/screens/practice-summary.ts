// Practice: the summary (what worked, two lines to carry into the real talk), and after a plan the
// offer to add those lines to it before it is saved.
import { summarise } from '../../engine/practice/session.js';
import { msg } from '../../messages/index.js';
import { summaryLines } from '../../render/practice.js';
import { stripUnsafe } from '../../engine/typed.js';
import { CRISIS } from '../question-prompt.js';
import { onToSaving } from './after-plan.js';
import { toCrisis, withLines } from './practice-run.js';
import { go, screen, type Events, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'practice-summary'>;
type Kept = Events['practice-summary'];

function next(s: State, e: Kept, setup: Setup): ScreenState {
  if ('crisis' in e) return toCrisis(s);
  const plan = s.run.plan;
  if (!plan) return go(s, { screen: 'done' }, { kind: 'message', id: 'terminal.again.farewell', dim: true });
  if (!e.keep) return onToSaving(s, plan, setup);
  const kept = withLines(plan, summarise(s.run.state, s.run.input).carry);
  const plans = [...s.plans.slice(0, -1), kept];
  return onToSaving({ plans }, kept, setup, { kind: 'message', id: 'practice.screen.kept' });
}

export const practiceSummary = screen<State, Kept>({
  async show(s, t) {
    const summary = summarise(s.run.state, s.run.input);
    t.say();
    const [heading, ...rest] = summaryLines(summary, stripUnsafe(s.run.name), t.look.width);
    t.say(t.look.style.heading(heading!));
    t.say(rest.join('\n'));
    if (!s.run.plan || summary.carry.length === 0) return { keep: false };
    const chosen = await t.choose(msg('practice.screen.keep'), [
      { value: 'yes', name: msg('practice.screen.keepYes') },
      { value: 'no', name: msg('practice.screen.keepNo') },
    ]);
    return chosen === CRISIS ? { crisis: true } : { keep: chosen === 'yes' };
  },
  next,
});
