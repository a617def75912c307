// Practice: the loved one says a line; the person picks a reply (offered in a shuffled order), says
// it their own way, stops, or asks for crisis help.
import { offered, pick } from '../../engine/practice/session.js';
import { languageCode, msg } from '../../messages/index.js';
import { checksTypedReplies } from '../../messages/languages.js';
import { wrap } from '../../render/wrap.js';
import { stripUnsafe } from '../../engine/typed.js';
import { CRISIS } from '../question-prompt.js';
import { drawLine, toCrisis } from './practice-run.js';
import type { LineEvent } from './practice-types.js';
import { go, screen, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'practice-line'>;

const OWN = ':own';
const STOP = ':stop';

function next(s: State, e: LineEvent): ScreenState {
  if ('crisis' in e) return toCrisis(s);
  if ('own' in e) return go(s, { screen: 'practice-typed', run: s.run });
  if ('stop' in e) return go(s, { screen: 'practice-summary', run: s.run });
  const run = { ...s.run, state: pick(s.run.state, s.run.input, e.reply) };
  return go(s, { screen: 'practice-feedback', run });
}

export const practiceLine = screen<State, LineEvent>({
  async show(s, t, setup) {
    drawLine(s.run, t);
    // Typed replies are checked in English only: elsewhere the replies alone, said once why.
    const typing = checksTypedReplies(languageCode());
    if (!typing && s.run.state.exchanges.length === 0)
      t.say(wrap(msg('practice.typedEnglishOnly'), t.look.width).join('\n'));
    const replies = offered(s.run.state, s.run.input, setup.practice!.random);
    const chosen = await t.choose(msg('practice.screen.pick'), [
      ...replies.map((r) => ({ value: r.id, name: stripUnsafe(r.say) })),
      ...(typing ? [{ value: OWN, name: msg('practice.screen.ownWords') }] : []),
      ...(s.run.state.exchanges.length > 0 ? [{ value: STOP, name: msg('practice.screen.stop') }] : []),
    ]);
    if (chosen === CRISIS) return { crisis: true };
    if (chosen === OWN) return { own: true };
    if (chosen === STOP) return { stop: true };
    return { reply: chosen };
  },
  next,
});
