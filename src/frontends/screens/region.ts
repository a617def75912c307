// Where the person is, asked once on a terminal when the locale names no country (LANG=C.UTF-8), at
// the first moment numbers matter: crisis help (!), a crisis note, an answer that brings risk or
// fear, or a plan made with them. The known regions, and "somewhere else" for the directory; the
// answer holds for the rest of the session (every plan, note and crisis screen after it).
import { holds } from '../../engine/conditions.js';
import type { CrisisInfo } from '../../engine/types.js';
import { msg } from '../../messages/index.js';
import { askedRegions, crisisFor } from '../../safety/crisis.js';
import { CRISIS } from '../question-prompt.js';
import type { Terminal } from '../terminal.js';
import { go, screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'region'>;

const ELSEWHERE = ':elsewhere';

/** Whether `state` shows numbers, or follows an answer that makes them matter. */
function numbersMatter(state: ScreenState): boolean {
  switch (state.screen) {
    case 'crisis':
      return true;
    case 'plan':
      return state.plan.safety.risk !== 'none' || state.plan.safety.afraid;
    case 'question': {
      if (state.step.question.crisis === true) return true;
      const facts = state.step.state.current.facts;
      const { safety } = state.scenario;
      return [safety?.['risk-yes'], safety?.['risk-unsure'], safety?.afraid].some((c) => c && holds(c, facts));
    }
    default:
      return false;
  }
}

/** The region question first, when it is still to be asked and `state` needs numbers. */
export const regionFirst = <S extends Exclude<ScreenState, { screen: 'done' }>>(
  state: S,
  setup: Setup,
): S | StateOf<'region'> =>
  setup.askRegion && !setup.askRegion.asked && numbersMatter(state)
    ? { screen: 'region', then: { ...state, notices: [] }, plans: state.plans }
    : state;

/** `state` with the region's lines in every plan and session it carries. */
function withCrisis(state: ScreenState, crisis: CrisisInfo): ScreenState {
  const plans = state.plans.map((p) => ({ ...p, crisis }));
  switch (state.screen) {
    case 'question': {
      const session = state.step.state;
      const step = { ...state.step, state: { ...session, options: { ...session.options, crisis } } };
      return { ...state, plans, step };
    }
    case 'plan':
      return { ...state, plans, plan: { ...state.plan, crisis } };
    case 'crisis':
    case 'region':
      return { ...state, plans, then: withCrisis(state.then, crisis) };
    default:
      return { ...state, plans };
  }
}

/** On the way to crisis help: the lines come first, and the offer to keep the region waits. */
const toCrisis = (then: ScreenState): boolean =>
  then.screen === 'crisis' || (then.screen === 'question' && then.step.question.crisis === true);

const next = (s: State, chosen: string | null, setup: Setup): ScreenState => {
  const name = askedRegions().find((r) => r.code === chosen)?.name;
  const then = withCrisis(s.then, setup.start.crisis);
  if (name === undefined) return go(s, then, { kind: 'message', id: 'terminal.region.elsewhere', dim: true });
  const chosenNotice = { kind: 'message', id: 'terminal.region.chosen', params: { region: name }, dim: true } as const;
  if (chosen === null || toCrisis(then)) return go(s, then, chosenNotice);
  return go(s, { screen: 'region-keep', code: chosen, then: { ...then, notices: [] } }, chosenNotice);
};

/** Asks where the person is: a region code, or null for somewhere else. */
export async function askWhere(t: Terminal): Promise<string | null> {
  const items = [
    ...askedRegions().map((r) => ({ value: r.code, name: msg('terminal.region.in', { region: r.name }) })),
    { value: ELSEWHERE, name: msg('terminal.region.somewhereElse') },
  ];
  const answer = await t.choose(msg('terminal.region.ask'), items);
  // Crisis help chosen here: the lines are wanted now, so go on with the directory rather than ask again.
  return answer === CRISIS || answer === ELSEWHERE ? null : answer;
}

export const region = screen<State, string | null>({
  async show(_s, t, setup) {
    const code = await askWhere(t);
    // A country chosen is offered to keep for next time: now, or at the end after crisis help.
    setup.askRegion = code === null ? { asked: true } : { asked: true, offer: code };
    setup.start = { ...setup.start, crisis: crisisFor(code) };
    return code;
  },
  next,
});
