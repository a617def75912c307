// Crisis help, asked for with ! or the last choice: the same as `talkcoach crisis` (the steps to take
// now, then the lines), then back to where it was asked from when the person presses Enter. The lines
// come last, right above the prompt, so they stay on screen however short the terminal is.
import { msg } from '../../messages/index.js';
import { renderCrisisScreen } from '../../render/screen.js';
import { pointLines } from '../../render/text.js';
import { go, screen, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'crisis'>;

export const next = (s: State): ScreenState =>
  go(s, s.then, {
    kind: 'message',
    id: s.then.screen.startsWith('practice') ? 'terminal.crisis.stillPractising' : 'terminal.crisis.stillHere',
    dim: true,
  });

const backTo = (then: ScreenState) =>
  then.screen === 'picker'
    ? 'terminal.crisis.backToList'
    : then.screen.startsWith('practice')
      ? 'terminal.crisis.backToPractice'
      : 'terminal.crisis.backToQuestion';

export const crisis = screen<State, void>({
  async show(s, t, setup) {
    const { look } = t;
    const steps = await setup.crisisSteps();
    t.say();
    if (steps.length > 0) {
      t.say(look.style.heading(msg('terminal.crisis.whatNow')));
      for (const p of steps) t.say(pointLines(p, look.width, look.style, true).join('\n'));
      t.say();
    }
    t.say(renderCrisisScreen(setup.start.crisis, look).trimEnd());
    await t.pause(msg(backTo(s.then)));
  },
  next,
});
