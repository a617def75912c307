// After the plan: start again with new answers (the same scenario, or the picker), or finish.
import { msg } from '../../messages/index.js';
import { drawNotice } from './notices.js';
import { begin } from './question.js';
import { keptNotices, offerToKeep } from './region-keep.js';
import { go, screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'again'>;

function next(s: State, yes: boolean, setup: Setup): ScreenState {
  if (!yes) return go(s, { screen: 'done' }, { kind: 'message', id: 'terminal.again.farewell', dim: true });
  const blank = { kind: 'blank' } as const;
  return setup.scenario ? begin(s, setup.scenario, setup, blank) : go(s, { screen: 'picker' }, blank);
}

export const again = screen<State, boolean>({
  async show(_s, t, setup) {
    // The region asked on the way to crisis help, offered to keep now that the session is ending.
    const offer = setup.askRegion?.offer;
    if (offer !== undefined) for (const n of keptNotices(await offerToKeep(t, offer, setup), offer)) drawNotice(n, t);
    // After a check-in, what starts again is the check-in: said so, not "new answers" to a plan.
    return t.confirm(msg(setup.checkin ? 'checkin.screen.again' : 'terminal.again.ask'));
  },
  next,
});
