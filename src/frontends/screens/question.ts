// A question of the scenario (or a note), with a way back and a way to crisis help. Going back skips
// notes: it returns to the previous question, with the earlier answers shown again.
import { answer, back, start } from '../../engine/session.js';
import type { Question, SessionState, Step } from '../../engine/types.js';
import { numbersAgain } from '../../render/crisis.js';
import { renderCrisisScreen } from '../../render/screen.js';
import { pointLines } from '../../render/text.js';
import { wrap } from '../../render/wrap.js';
import type { Scenario } from '../../engine/model.js';
import { stripUnsafe } from '../../engine/typed.js';
import { words } from '../../render/words.js';
import { aboutTotal } from '../progress.js';
import { isPage, type Reply } from '../question-prompt.js';
import type { Terminal } from '../terminal.js';
import { go, screen, type Notice, type Remembered, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'question'>;

/** The screen for where the engine is: the question it asks, or the plan when it is done. */
function at(
  from: { plans: ScreenState['plans']; total?: number },
  scenario: Scenario,
  step: Step,
  before: Remembered,
  ...notices: Notice[]
): ScreenState {
  if (step.done) return go({ plans: [...from.plans, step.plan] }, { screen: 'plan', plan: step.plan }, ...notices);
  const total = aboutTotal(scenario, step, from.total);
  return go(from, { screen: 'question', scenario, step, before, arrived: true, total }, ...notices);
}

/** The first question of a scenario, with nothing remembered. */
export const begin = (from: { plans: ScreenState['plans'] }, scenario: Scenario, setup: Setup, ...notices: Notice[]) =>
  at({ plans: from.plans }, scenario, start(scenario, setup.start), new Map(), ...notices);

function backToQuestion(scenario: Scenario, state: SessionState): Step {
  let step = back(scenario, state);
  while (!step.done && isPage(step.question) && step.question.canGoBack) step = back(scenario, step.state);
  return step;
}

/** Esc at the first question leads back to the list of situations, when the coach started from it. */
const leavesToPicker = (q: Question, setup: Setup): boolean => !q.canGoBack && setup.scenario === undefined;

function next(s: State, reply: Reply, setup: Setup): ScreenState {
  const q = s.step.question;
  if ('crisis' in reply) {
    const before = reply.keep === undefined ? s.before : new Map(s.before).set(q.node, reply.keep);
    return go(s, { screen: 'crisis', then: { ...s, before, arrived: false, notices: [] } });
  }
  if ('back' in reply && leavesToPicker(q, setup)) {
    const chosen = setup.choices.indexOf(s.scenario);
    const picker = chosen >= 0 ? { screen: 'picker' as const, chosen } : { screen: 'picker' as const };
    return go(s, picker, { kind: 'message', id: 'terminal.question.toList', dim: true });
  }
  // Nowhere to go back to (the prompt offers no way back there): the same question again.
  if ('back' in reply && !q.canGoBack) return go(s, s);
  if ('back' in reply) {
    const before = new Map(s.before);
    for (const a of s.step.state.current.answers) before.set(a.node, a.answer);
    // Ticks given here before going back are shown again on coming forward.
    if (reply.keep !== undefined) before.set(q.node, reply.keep);
    return at(s, s.scenario, backToQuestion(s.scenario, s.step.state), before, { kind: 'back' });
  }
  const step = answer(s.scenario, s.step.state, reply.answer);
  const record = step.state.current.answers.at(-1);
  const echo: Notice[] = !isPage(q) && record ? [{ kind: 'done', text: q.ask, answer: words(record.shown) }] : [];
  return at(s, s.scenario, step, s.before, ...echo);
}

/** A note; a crisis note opens with the lines to call (with the month they were checked), and when it
 * is taller than the screen, the numbers come again in one short line right above the prompt. */
function drawNote(q: Question, t: Terminal, setup: Setup): void {
  const { look } = t;
  const crisis = q.crisis === true ? renderCrisisScreen(setup.start.crisis, look) : '';
  const page = [
    '',
    ...(crisis ? [crisis] : []),
    wrap(stripUnsafe(q.ask), look.width).map(look.style.title).join('\n'),
    ...(q.body ? [wrap(stripUnsafe(q.body), look.width).join('\n')] : []),
    ...(q.points ?? []).map((p) => pointLines(p, look.width, look.style, p.section === 'safety').join('\n')),
  ];
  for (const part of page) t.say(part);
  const rows = t.io.stdout.rows;
  const tall = rows === undefined || page.join('\n').split('\n').length > rows - 4;
  const again = numbersAgain(setup.start.crisis);
  if (crisis && tall && again) t.say(['', ...wrap(again, look.width)].map(look.paint.safety).join('\n'));
}

export const question = screen<State, Reply>({
  async show(s, t, setup) {
    const q = s.step.question;
    // A page (a note) is drawn once, on arriving; after crisis help only its prompt comes back.
    if (isPage(q) && s.arrived) drawNote(q, t, setup);
    const shown = { ...q, aboutTotal: s.total, ...(leavesToPicker(q, setup) ? { canGoBack: true } : {}) };
    return t.ask(shown, s.before.get(q.node));
  },
  next,
});
