// The session state machine: start, answer, back. Pure and synchronous; state is plain data.
import type { Scenario, ScenarioNode } from './model.js';
import { checkAnswer, checkStartOptions, checkState as checkShape, issue } from './check-shape.js';
import { EngineError } from './errors.js';
import { fill, fillDefaults } from './fill.js';
import { stepsToEnd } from './graph.js';
import { kindOf } from './kinds/index.js';
import { assemblePlan, planPoint } from './plan.js';
import type { Answer, Facts, Frame, Question, SessionState, StartOptions, Step } from './types.js';

interface Prepared {
  defaults: Map<string, string>;
  toEnd: Map<string, number>;
}

// Derived from the scenario alone, so worth computing once per scenario object.
const prepared = new WeakMap<Scenario, Prepared>();
function prepare(scenario: Scenario): Prepared {
  let p = prepared.get(scenario);
  if (!p) {
    p = { defaults: fillDefaults(scenario), toEnd: stepsToEnd(scenario) };
    prepared.set(scenario, p);
  }
  return p;
}

function nodeOf(scenario: Scenario, id: string): ScenarioNode {
  const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
  if (!node) throw new EngineError('broken-scenario', { node: id });
  return node;
}

export function start(scenario: Scenario, options: StartOptions): Step {
  const checked = checkStartOptions(options);
  const frame: Frame = { node: scenario.start, facts: {}, added: [], answers: [] };
  return settle(scenario, { scenario: scenario.id, current: frame, history: [], options: checked });
}

export function answer(scenario: Scenario, stateGiven: SessionState, answerGiven: Answer): Step {
  // Checked copies: what comes from outside is read once, and only the copies are used.
  const state = checkState(scenario, stateGiven);
  const node = nodeOf(scenario, state.current.node);
  const given = checkAnswer(answerGiven, node.kind);
  const asked = (t: string) => fill(t, state.current.facts, prepare(scenario).defaults);
  const next = apply(node, state.current, given, asked);
  return settle(scenario, { ...state, current: next, history: [...state.history, state.current] });
}

export function back(scenario: Scenario, stateGiven: SessionState): Step {
  const state = checkState(scenario, stateGiven);
  const previous = state.history.at(-1);
  if (!previous) throw new EngineError('no-previous');
  return settle(scenario, { ...state, current: previous, history: state.history.slice(0, -1) });
}

/** The state's shape (it may come from storage), then that it belongs to this scenario. */
function checkState(scenario: Scenario, given: SessionState): SessionState {
  const state = checkShape(given);
  if (state.scenario !== scenario.id) throw new EngineError('wrong-scenario', { scenario: state.scenario });
  return state;
}

/** The question at the current node, or the plan when it is an ending. */
function settle(scenario: Scenario, made: SessionState): Step {
  const state = issue(made);
  const node = nodeOf(scenario, state.current.node);
  const kind = kindOf(node);
  const ending = kind.ending?.(node);
  if (ending) {
    const added = [...state.current.added, ...ending.add];
    return {
      done: true,
      state,
      plan: assemblePlan(
        scenario,
        { ...state.current, added },
        ending.title,
        state.options.crisis,
        prepare(scenario).defaults,
      ),
    };
  }
  const { defaults, toEnd } = prepare(scenario);
  // Notes ask nothing, so they are not counted as questions.
  const asked = state.history.filter((f) => {
    const n = scenario.nodes[f.node];
    return n !== undefined && kindOf(n).asks;
  }).length;
  const remaining = toEnd.get(state.current.node) ?? 1;
  const parts = kind.question(node, {
    fill: (t) => fill(t, state.current.facts, defaults),
    points: (ids) => ids.map((id) => planPoint(scenario, id, state.current.facts, defaults)),
  });
  const question: Question = {
    node: state.current.node,
    kind: node.kind as Question['kind'],
    step: asked + 1,
    aboutTotal: asked + Math.max(remaining, 1),
    canGoBack: state.history.length > 0,
    ...parts,
  };
  return { done: false, state, question };
}

/** The frame after answering `node` with `given`: new facts, added points, and the next node. */
function apply(node: ScenarioNode, frame: Frame, given: Answer, asked: (template: string) => string): Frame {
  const facts: Facts = { ...frame.facts };
  const added = [...frame.added];
  const kind = kindOf(node);
  const moved = kind.apply(node, given, {
    remember: (id, value) => {
      if (!id) return;
      if (value === undefined) delete facts[id];
      else facts[id] = value;
    },
    effects: (e) => {
      for (const [k, v] of Object.entries(e.set ?? {})) facts[k] = v;
      for (const id of e.add ?? []) if (!added.includes(id)) added.push(id);
    },
  });
  if (moved.next === undefined) throw new EngineError('broken-scenario', { node: frame.node });
  const answers = moved.record
    ? [...frame.answers, { node: frame.node, question: asked(kind.heading(node)), ...moved.record }]
    : frame.answers;
  return { node: moved.next, facts, added, answers };
}
