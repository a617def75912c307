// Crisis help, asked for with ! or the last choice: the steps to take now, then the lines, then back
// to where it was asked from when the person presses Enter. Whose steps: in a scenario, those its
// `crisis-help` note names (in `myself`, steps for the user themselves), else the steps for helping
// someone else; where it is not known who is struggling (the list, practice), both, the user's own
// first, as `talkcoach crisis` shows them. The lines come last, right above the prompt, so they stay
// on screen however short the terminal is.
import { crisisHelpSteps } from '../../engine/crisis-help.js';
import type { PlanPoint } from '../../engine/types.js';
import { msg, type MessageId } from '../../messages/index.js';
import { otherHelpItems } from '../../render/crisis.js';
import { renderCrisisScreen } from '../../render/screen.js';
import { pointLines } from '../../render/text.js';
import type { Terminal } from '../terminal.js';
import { go, screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'crisis'>;

const inPractice = (s: ScreenState) => s.screen.startsWith('practice');

const next = (s: State): ScreenState =>
  go(s, s.then, {
    kind: 'message',
    id: inPractice(s.then) ? 'terminal.crisis.stillPractising' : 'terminal.crisis.stillHere',
    dim: true,
  });

const backTo = (then: ScreenState): MessageId =>
  then.screen === 'picker'
    ? 'terminal.crisis.backToList'
    : inPractice(then)
      ? 'terminal.crisis.backToPractice'
      : 'terminal.crisis.backToQuestion';

interface Steps {
  heading: MessageId;
  points: PlanPoint[];
}

/** The steps to show, by where crisis help was asked from. */
async function stepsFor(then: ScreenState, setup: Setup): Promise<Steps[]> {
  if (then.screen === 'question') {
    const own = crisisHelpSteps(then.scenario, then.step.state.current.facts);
    return [{ heading: 'terminal.crisis.whatNow', points: own ?? (await setup.crisisSteps()) }];
  }
  const [self, other] = await Promise.all([setup.selfSteps?.() ?? [], setup.crisisSteps()]);
  if (self.length === 0) return [{ heading: 'terminal.crisis.whatNow', points: other }];
  return [
    { heading: 'terminal.crisis.forYou', points: self },
    { heading: 'terminal.crisis.forSomeone', points: other },
  ];
}

function drawSteps(all: readonly Steps[], t: Terminal): void {
  const { look } = t;
  for (const { heading, points } of all) {
    if (points.length === 0) continue;
    t.say(look.style.heading(msg(heading)));
    for (const p of points) t.say(pointLines(p, look.width, look.style, true).join('\n'));
    t.say();
  }
}

export const crisis = screen<State, void>({
  async show(s, t, setup) {
    const { look } = t;
    const all = await stepsFor(s.then, setup);
    t.say();
    drawSteps(all, t);
    // Where it is not known who is struggling, the domestic-abuse and substance lines too.
    const more = all.length > 1 ? otherHelpItems(setup.start.crisis) : [];
    t.say(renderCrisisScreen(setup.start.crisis, look, more).trimEnd());
    await t.pause(msg(backTo(s.then)));
  },
  next,
});
