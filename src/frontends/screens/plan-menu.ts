// After the plan: go on (to practice, saving), or read it in the session: "More" (the ideas left out,
// as --full shows them) or the plan again, a page at a time with the crisis lines one key away.
import type { Plan } from '../../engine/types.js';
import { msg } from '../../messages/index.js';
import { renderCrisisScreen, renderPlanScreen } from '../../render/screen.js';
import { stripVTControlCharacters } from 'node:util';
import { CRISIS } from '../question-prompt.js';
import type { Terminal } from '../terminal.js';
import { afterPlan } from './after-plan.js';
import { go, screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'plan-menu'>;
export type PlanMenuEvent = 'on' | 'more' | 'again' | 'crisis';

/** How many ideas were left out to keep the plan short. */
export const leftOut = (plan: Plan): number => plan.more.reduce((n, s) => n + s.points.length, 0);

const next = (s: State, e: PlanMenuEvent, setup: Setup): ScreenState => {
  const { plan, view: _view, ...rest } = s;
  if (e === 'on') return afterPlan(rest, plan, setup);
  const menu = { screen: 'plan-menu', plan } as const;
  if (e === 'crisis') return go(s, { screen: 'crisis', then: { ...menu, plans: s.plans, notices: [] } });
  return go(s, { ...menu, view: e });
};

/** The line a text's `heading` is on (colour and case aside: without colour headings are capitals), or the top. */
const lineOf = (text: string, heading: string): number =>
  Math.max(
    0,
    text.split('\n').findIndex((l) => stripVTControlCharacters(l).trim().toLowerCase() === heading.toLowerCase()),
  );

/** The plan again (as shown), or the whole of it opened at "More, if you want it". */
const view = (s: State, t: Terminal): Promise<void> =>
  t.page((look) => {
    const crisis = renderCrisisScreen(s.plan.crisis, look);
    if (s.view === 'again') return { text: renderPlanScreen(s.plan, look), crisis };
    const whole = renderPlanScreen(s.plan, look, undefined, true);
    return { text: whole, crisis, start: lineOf(whole, msg('plan.more.heading')) };
  });

export const planMenu = screen<State, PlanMenuEvent>({
  async show(s, t) {
    if (s.view) await view(s, t);
    const count = leftOut(s.plan);
    const chosen = await t.choose(msg('terminal.planMenu.ask'), [
      { value: 'on', name: msg('terminal.planMenu.on') },
      ...(count > 0 ? [{ value: 'more', name: msg('terminal.planMenu.more', { count }) }] : []),
      { value: 'again', name: msg('terminal.planMenu.again') },
    ]);
    return chosen === CRISIS ? 'crisis' : (chosen as PlanMenuEvent);
  },
  next,
});
