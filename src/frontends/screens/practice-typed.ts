// Practice: the person says it their own way; the checker judges the words. Esc goes back to the
// offered replies, and crisis help stays one key away, as at every question.
import { typed } from '../../engine/practice/session.js';
import type { Question } from '../../engine/types.js';
import { msg } from '../../messages/index.js';
import { toCrisis } from './practice-run.js';
import { go, screen, type Events, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'practice-typed'>;
type Typed = Events['practice-typed'];

function next(s: State, e: Typed): ScreenState {
  if ('crisis' in e) return toCrisis(s);
  if ('back' in e || e.text.trim() === '') return go(s, { screen: 'practice-line', run: s.run });
  const run = { ...s.run, state: typed(s.run.state, s.run.input, e.text.trim()) };
  const feedback = go(s, { screen: 'practice-feedback', run });
  // Words about suicide, self-harm or violence: crisis help first, then the feedback on the words.
  const last = run.state.exchanges.at(-1)?.reply;
  if (last && 'typed' in last && last.check.crisis)
    return go(
      s,
      { screen: 'crisis', then: { ...feedback, notices: [] } },
      { kind: 'message', id: 'practice.crisisFirst' },
    );
  return feedback;
}

export const practiceTyped = screen<State, Typed>({
  // The line screen has already drawn what the loved one said.
  async show(s, t) {
    const step = s.run.state.exchanges.length + 1;
    const total = s.run.state.lines.length;
    // Said as on the rest of the practice ("Exchange 3 of 4"), not as a question of a scenario.
    const q: Question & { progress: string } = {
      node: 'practice',
      kind: 'text',
      ask: msg('practice.screen.typeHere'),
      options: [],
      step,
      aboutTotal: total,
      canGoBack: true,
      progress: msg('practice.screen.progress', { step, total }),
    };
    const reply = await t.ask(q, undefined);
    if ('crisis' in reply) return { crisis: true };
    if ('back' in reply) return { back: true };
    return { text: 'text' in reply.answer ? reply.answer.text : '' };
  },
  next,
});
