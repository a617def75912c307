// The session state machine: start, answer, back. Pure and synchronous; state is plain data.
import type { Scenario, ScenarioNode } from './model.js';
import { cleanTyped } from './typed.js';
import { EngineError } from './errors.js';
import { fill, fillDefaults } from './fill.js';
import { stepsToEnd } from './graph.js';
import { assemblePlan, planPoint } from './plan.js';
import type {
  Answer,
  AnswerRecord,
  Choice,
  Facts,
  Frame,
  Question,
  SessionState,
  StartOptions,
  Step,
} from './types.js';

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
  if (!node) throw new EngineError('broken-scenario', `the scenario has no node "${id}"`);
  return node;
}

export function start(scenario: Scenario, options: StartOptions): Step {
  const frame: Frame = { node: scenario.start, facts: {}, added: [], answers: [] };
  return settle(scenario, { scenario: scenario.id, current: frame, history: [], options });
}

export function answer(scenario: Scenario, state: SessionState, given: Answer): Step {
  checkState(scenario, state);
  const node = nodeOf(scenario, state.current.node);
  const asked = (t: string) => fill(t, state.current.facts, prepare(scenario).defaults);
  const next = apply(node, state.current, given, asked);
  return settle(scenario, { ...state, current: next, history: [...state.history, state.current] });
}

export function back(scenario: Scenario, state: SessionState): Step {
  checkState(scenario, state);
  const previous = state.history.at(-1);
  if (!previous) throw new EngineError('no-previous', 'this is the first question; there is nothing to go back to');
  return settle(scenario, { ...state, current: previous, history: state.history.slice(0, -1) });
}

function checkState(scenario: Scenario, state: SessionState): void {
  if (state.scenario !== scenario.id)
    throw new EngineError('wrong-scenario', `this session belongs to "${state.scenario}", not "${scenario.id}"`);
}

/** The question at the current node, or the plan when it is an ending. */
function settle(scenario: Scenario, state: SessionState): Step {
  const node = nodeOf(scenario, state.current.node);
  if (node.kind === 'end') {
    const added = [...state.current.added, ...node.add];
    return {
      done: true,
      state,
      plan: assemblePlan(
        scenario,
        { ...state.current, added },
        node.title,
        state.options.crisis,
        prepare(scenario).defaults,
      ),
    };
  }
  return { done: false, state, question: question(scenario, node, state) };
}

function question(scenario: Scenario, node: Exclude<ScenarioNode, { kind: 'end' }>, state: SessionState): Question {
  const { defaults, toEnd } = prepare(scenario);
  const f = (t: string) => fill(t, state.current.facts, defaults);
  // Notes ask nothing, so they are not counted as questions.
  const asked = state.history.filter((f) => scenario.nodes[f.node]?.kind !== 'note').length;
  const step = asked + 1;
  const remaining = toEnd.get(state.current.node) ?? 1;
  const base = {
    node: state.current.node,
    kind: node.kind,
    step,
    aboutTotal: asked + Math.max(remaining, 1),
    canGoBack: state.history.length > 0,
  };
  switch (node.kind) {
    case 'choice':
    case 'multi':
      return {
        ...base,
        ask: f(node.ask),
        ...why(node.why, f),
        options: node.options.map((o): Choice => ({
          id: o.id,
          label: f(o.label),
          ...(o.hint ? { hint: f(o.hint) } : {}),
        })),
      };
    case 'yesno':
      return {
        ...base,
        ask: f(node.ask),
        ...why(node.why, f),
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
      };
    case 'text':
      return {
        ...base,
        ask: f(node.ask),
        ...why(node.why, f),
        options: [],
        default: f(node.default),
        ...(node.placeholder ? { placeholder: f(node.placeholder) } : {}),
      };
    case 'note':
      return {
        ...base,
        ask: f(node.title),
        options: [],
        ...(node.body ? { body: f(node.body) } : {}),
        points: (node.show ?? []).map((id) => planPoint(scenario, id, state.current.facts, defaults)),
        crisis: node.crisis === true,
      };
  }
}

const why = (text: string | undefined, f: (t: string) => string) => (text ? { why: f(text) } : {});

/** The frame after answering `node` with `given`: new facts, added points, and the next node. */
function apply(node: ScenarioNode, frame: Frame, given: Answer, asked: (template: string) => string): Frame {
  const facts: Facts = { ...frame.facts };
  const added = [...frame.added];
  const remember = (id: string | undefined, value: string | string[]) => {
    if (id) facts[id] = value;
  };
  const effects = (e: { set?: Record<string, string>; add?: string[] }) => {
    for (const [k, v] of Object.entries(e.set ?? {})) facts[k] = v;
    for (const id of e.add ?? []) if (!added.includes(id)) added.push(id);
  };
  const record = (answerValue: AnswerRecord['answer'], shown: string): AnswerRecord[] => [
    ...frame.answers,
    {
      node: frame.node,
      question: asked(node.kind === 'note' || node.kind === 'end' ? node.title : node.ask),
      answer: answerValue,
      shown,
    },
  ];
  const to = (next: string | undefined): string => {
    if (next === undefined) throw new EngineError('broken-scenario', `node "${frame.node}" has nowhere to go`);
    return next;
  };

  switch (node.kind) {
    case 'choice': {
      if (!('choice' in given)) throw wrongKind(node.kind, given);
      const option = node.options.find((o) => o.id === given.choice);
      if (!option) throw new EngineError('invalid-answer', `"${given.choice}" is not an option here`);
      remember(node.fact, option.id);
      effects(option);
      return { node: to(option.next ?? node.next), facts, added, answers: record(option.id, option.label) };
    }
    case 'multi': {
      if (!('choices' in given)) throw wrongKind(node.kind, given);
      const chosen = node.options.filter((o) => given.choices.includes(o.id));
      const unknown = given.choices.find((c) => !node.options.some((o) => o.id === c));
      if (unknown !== undefined) throw new EngineError('invalid-answer', `"${unknown}" is not an option here`);
      remember(
        node.fact,
        chosen.map((o) => o.id),
      );
      chosen.forEach(effects);
      const jump = chosen.find((o) => o.next)?.next;
      return {
        node: to(jump ?? node.next),
        facts,
        added,
        answers: record(
          chosen.map((o) => o.id),
          chosen.map((o) => o.label).join('; ') || 'none of these',
        ),
      };
    }
    case 'yesno': {
      if (!('yes' in given)) throw wrongKind(node.kind, given);
      const branch = (given.yes ? node.yes : node.no) ?? {};
      remember(node.fact, given.yes ? 'yes' : 'no');
      effects(branch);
      return { node: to(branch.next ?? node.next), facts, added, answers: record(given.yes, given.yes ? 'Yes' : 'No') };
    }
    case 'text': {
      if (!('text' in given)) throw wrongKind(node.kind, given);
      const typed = cleanTyped(given.text);
      if (typed) facts[node.fact] = typed;
      else delete facts[node.fact];
      return { node: to(node.next), facts, added, answers: record(typed || null, typed || '(skipped)') };
    }
    case 'note': {
      if (!('continue' in given)) throw wrongKind(node.kind, given);
      for (const id of node.show ?? []) if (!added.includes(id)) added.push(id);
      return { node: to(node.next), facts, added, answers: frame.answers };
    }
    case 'end':
      throw new EngineError('finished', 'the session has finished; there is nothing left to answer');
  }
}

function wrongKind(kind: ScenarioNode['kind'], given: Answer): EngineError {
  return new EngineError('invalid-answer', `a ${kind} question cannot take ${JSON.stringify(given)}`);
}
