// After a plan: the offer to practise the conversation, with the reasons the person picked.
import { msg } from '../../messages/index.js';
import { onToSaving } from './after-plan.js';
import { newRun } from './practice-run.js';
import { go, screen, type Events, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'practice-offer'>;

const next = (s: State, e: Events['practice-offer'], setup: Setup): ScreenState =>
  e
    ? go(
        s,
        { screen: 'practice-line', run: e.run },
        { kind: 'message', id: 'practice.screen.intro', params: { name: e.run.name } },
      )
    : onToSaving(s, s.plan, setup);

export const practiceOffer = screen<State, Events['practice-offer']>({
  async show(s, t, setup) {
    const source = setup.practice!;
    const { input, name, reasons } = await source.load(s.plan);
    if (!(await t.confirm(msg('practice.screen.offer', { name })))) return false;
    return { run: newRun(input, name, reasons, s.plan) };
  },
  next,
});
