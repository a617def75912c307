// Practice: how the loved one took the reply, and the coach's word on it (the skill, a better
// reply for one that hurt, what they might be thinking). Then the next line, or the summary.
import { isOver } from '../../engine/practice/session.js';
import { msg } from '../../messages/index.js';
import { CRISIS } from '../question-prompt.js';
import { drawExchange, toCrisis } from './practice-run.js';
import { go, screen, type Events, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'practice-feedback'>;
type Done = Events['practice-feedback'];

function next(s: State, e: Done): ScreenState {
  if (e && 'crisis' in e) return toCrisis(s);
  return go(s, { screen: isOver(s.run.state) ? 'practice-summary' : 'practice-line', run: s.run });
}

export const practiceFeedback = screen<State, Done>({
  async show(s, t) {
    drawExchange(s.run, t);
    const chosen = await t.choose(msg('practice.screen.ready'), [{ value: 'on', name: msg('practice.screen.next') }]);
    return chosen === CRISIS ? { crisis: true } : undefined;
  },
  next,
});
