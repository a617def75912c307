// Graph checks on a linked scenario: missing targets and points, dead ends, endings without a
// boundary reminder, a start that is not a safety question; warnings for what cannot be reached.
// Linear in the size of the scenario.
import { edges, pointRefs, reachable, showsCrisis, stepsToEnd } from '../engine/graph.js';
import { kindOf } from '../engine/kinds/index.js';
import { didYouMean, msg } from '../messages/index.js';
import { FILL_IN } from '../engine/fill.js';
import type { Condition, Scenario, ScenarioNode } from '../engine/model.js';
import type { Severity } from './diagnostics.js';
import { closest } from './suggest.js';

export interface LintProblem {
  severity: Severity;
  /** Path inside the linked scenario; its first two parts name the node or point it belongs to. */
  path: (string | number)[];
  message: string;
}

/** Nodes and points left out because they had schema problems: checks that could only echo those stay quiet. */
export interface Broken {
  nodes: ReadonlySet<string>;
  points: ReadonlySet<string>;
}

const NONE_BROKEN: Broken = { nodes: new Set(), points: new Set() };
const MAX_SUGGESTIONS = 50;

export function lint(written: Scenario, broken: Broken = NONE_BROKEN): LintProblem[] {
  const out: LintProblem[] = [];
  const reported = new Set<string>();
  const push = (severity: Severity, path: (string | number)[], message: string) => {
    // An option without its own next reports a missing question next once, not once per option.
    const key = `${path.join('/')}\n${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    out.push({ severity, path, message });
  };
  const error = (path: (string | number)[], message: string) => push('error', path, message);
  const warning = (path: (string | number)[], message: string) => push('warning', path, message);
  const anyBroken = broken.nodes.size > 0;
  // A broken or missing node counts as an ending for the graph checks: what lies beyond it is
  // unknown, and its own error says so already.
  const missing = new Set<string>();
  const noteMissing = (target: string) => {
    if (!Object.hasOwn(written.nodes, target)) missing.add(target);
  };
  noteMissing(written.start);
  for (const n of Object.values(written.nodes)) for (const e of edges(n)) noteMissing(e.target);
  const stubs = new Set([...broken.nodes, ...missing]);
  const scenario = stubs.size > 0 ? withStubs(written, stubs) : written;
  const nodeIds = Object.keys(written.nodes);
  const points = scenario.points ?? {};
  const pointIds = Object.keys(points);
  const hasNode = (id: string) => Object.hasOwn(written.nodes, id) || broken.nodes.has(id);
  const hasPoint = (id: string) => Object.hasOwn(points, id);
  // Each suggestion compares a name with every id: only the first few problems get one, so a file
  // with thousands of problems is still checked in time that grows with its size alone.
  let suggestions = 0;
  const suggest = (id: string, among: readonly string[]) =>
    suggestions++ < MAX_SUGGESTIONS ? closest(id, among) : undefined;
  const meant = (id: string, among: string[]) => didYouMean(suggest(id, among));

  if (!hasNode(written.start))
    error(['start'], msg('scenario.lint.noStart', { id: scenario.start }) + meant(scenario.start, nodeIds));
  const isStub = (id: string) => stubs.has(id);
  const misspeltTo = new Set<string>();

  const textFacts = new Set<string>();
  const factValues = new Map<string, Set<string> | 'any'>();
  const noteValue = (fact: string, v: string | 'any') => {
    const known = factValues.get(fact);
    if (v === 'any' || known === 'any') factValues.set(fact, 'any');
    else if (known) known.add(v);
    else factValues.set(fact, new Set([v]));
  };
  const used = new Set<string>();

  for (const [id, node] of Object.entries(written.nodes)) {
    const at = (...rest: (string | number)[]) => ['nodes', id, ...rest];
    for (const e of edges(node)) {
      if (!hasNode(e.target)) {
        error(at(...e.path), msg('scenario.lint.noTarget', { id: e.target }) + meant(e.target, nodeIds));
        const guess = suggest(e.target, nodeIds);
        if (guess) misspeltTo.add(guess);
      }
    }
    for (const r of pointRefs(node)) {
      used.add(r.id);
      if (!hasPoint(r.id) && !broken.points.has(r.id))
        error(at(...r.path), msg('scenario.lint.noPoint', { id: r.id }) + meant(r.id, pointIds));
    }
    checkNode(node, at, error, warning);
    const recorded = kindOf(node).recorded(node);
    if (recorded?.values === 'any') {
      textFacts.add(recorded.fact);
      noteValue(recorded.fact, 'any');
    } else if (recorded) recorded.values.forEach((v) => noteValue(recorded.fact, v));
    for (const set of kindOf(node).sets(node)) Object.entries(set).forEach(([k, v]) => noteValue(k, v));
  }

  // Fill-ins must name something a text question collects.
  let textFactNames: string[] | undefined;
  const checkFill = (text: string | undefined, path: (string | number)[]) => {
    if (!text?.includes('{{')) return;
    for (const m of text.matchAll(FILL_IN)) {
      const name = m[1]!;
      if (!textFacts.has(name) && !anyBroken)
        error(path, msg('scenario.lint.fillNotCollected', { name }) + meant(name, (textFactNames ??= [...textFacts])));
    }
  };
  for (const [id, node] of Object.entries(written.nodes))
    for (const t of kindOf(node).texts(node)) checkFill(t.text, ['nodes', id, ...t.path]);
  for (const [id, p] of Object.entries(points)) {
    for (const key of ['do', 'say', 'avoid'] as const) checkFill(p[key], ['points', id, key]);
    // Facts and adds written in a broken node are unknown, so these would be guesses.
    if (anyBroken) continue;
    if (p.when) checkCondition(p.when, ['points', id, 'when'], factValues, warning, suggest);
    if (!p.when && !used.has(id)) warning(['points', id], msg('scenario.lint.pointUnused', { id }));
  }
  if (!anyBroken)
    for (const [i, r] of (scenario.revisit ?? []).entries())
      if (r.when) checkCondition(r.when, ['revisit', i, 'when'], factValues, warning, suggest);

  // Dead ends and unreachable nodes.
  const toEnd = stepsToEnd(scenario);
  const seen = reachable(scenario);
  for (const id of nodeIds) {
    if (!toEnd.has(id)) error(['nodes', id], msg('scenario.lint.deadEnd', { id }) + loopHint(id));
    // A node only a misspelt next was meant to reach is unreachable for that reason alone.
    if (!seen.has(id) && !anyBroken && !misspeltTo.has(id))
      warning(['nodes', id], msg('scenario.lint.unreachable', { id }));
  }

  if (!isStub(scenario.start) && !edges(scenario.nodes[scenario.start] ?? STUB).some((e) => isStub(e.target)))
    checkSafetyFirst(scenario, error);
  return out;

  /** Where a dead end leads, so the author sees the loop. */
  function loopHint(id: string): string {
    const targets = [...new Set(edges(scenario.nodes[id]!).map((e) => e.target))];
    return targets.length > 0
      ? msg('scenario.lint.leadsOnlyTo', { targets: targets.map((t) => `"${t}"`).join(', ') })
      : '';
  }

  function checkNode(
    node: ScenarioNode,
    at: (...rest: (string | number)[]) => (string | number)[],
    err: typeof error,
    warn: typeof warning,
  ) {
    const kind = kindOf(node);
    const options = kind.options(node);
    const seenIds = new Set<string>();
    const labels = new Map<string, number>();
    options.forEach((o, i) => {
      if (seenIds.has(o.id)) err(at('options', i, 'id'), msg('scenario.lint.optionTwice', { id: o.id }));
      seenIds.add(o.id);
      const label = o.label.trim().toLowerCase();
      const first = labels.get(label);
      if (first !== undefined)
        warn(at('options', i, 'label'), msg('scenario.lint.sameLabel', { first: first + 1, second: i + 1 }));
      else labels.set(label, i);
      if (/^\d+$/.test(o.id)) warn(at('options', i, 'id'), msg('scenario.lint.numericId', { id: o.id }));
    });
    if (options.length === 1) warn(at('options'), msg('scenario.lint.oneOption'));
    for (const d of kind.dangling(node)) {
      if (d.option) err(at(...d.path), msg('scenario.lint.optionNoNext', { id: d.option }));
      else if (d.branch) err(at(...d.path), msg('scenario.lint.branchNoNext', { branch: d.branch }));
      else err(at(...d.path), msg('scenario.lint.needsNext', { kind: node.kind }));
    }
    const ending = kind.ending?.(node);
    if (ending && !ending.add.some((p) => broken.points.has(p))) {
      const bounds = ending.add.filter((p) => hasPoint(p) && points[p]!.section === 'boundaries');
      if (bounds.length === 0) err(at('add'), msg('scenario.lint.noBoundary'));
      else if (bounds.every((p) => points[p]!.when)) {
        warn(at('add'), msg('scenario.lint.boundaryWhen'));
      }
    }
  }
}

const STUB: ScenarioNode = { kind: 'end', title: '', add: [] };

function withStubs(scenario: Scenario, brokenNodes: ReadonlySet<string>): Scenario {
  const nodes: Scenario['nodes'] = Object.create(null);
  Object.assign(nodes, scenario.nodes);
  for (const path of brokenNodes) if (!Object.hasOwn(nodes, path)) nodes[path] = STUB;
  return { ...scenario, nodes };
}

function checkCondition(
  c: Condition,
  path: (string | number)[],
  facts: Map<string, Set<string> | 'any'>,
  warning: (path: (string | number)[], message: string) => void,
  suggest: (word: string, among: readonly string[]) => string | undefined,
): void {
  const factCheck = (map: Record<string, string | string[]>, key: 'equals' | 'includes') => {
    for (const [name, v] of Object.entries(map)) {
      const known = facts.get(name);
      if (!known) {
        const c2 = suggest(name, [...facts.keys()]);
        warning([...path, key, name], msg('scenario.lint.noFact', { name }) + didYouMean(c2));
        continue;
      }
      if (known === 'any') continue;
      for (const value of Array.isArray(v) ? v : [v]) {
        if (!known.has(value)) {
          const c2 = suggest(value, [...known]);
          warning([...path, key, name], msg('scenario.lint.neverValue', { name, value }) + didYouMean(c2));
        }
      }
    }
  };
  if ('equals' in c) factCheck(c.equals, 'equals');
  else if ('includes' in c) factCheck(c.includes, 'includes');
  else if ('all' in c) c.all.forEach((x, i) => checkCondition(x, [...path, 'all', i], facts, warning, suggest));
  else if ('any' in c) c.any.forEach((x, i) => checkCondition(x, [...path, 'any', i], facts, warning, suggest));
  else checkCondition(c.not, [...path, 'not'], facts, warning, suggest);
}

/** The first node must be a safety question: a choice or yes/no with an answer that leads to crisis steps. */
function checkSafetyFirst(scenario: Scenario, error: (path: (string | number)[], message: string) => void): void {
  const first = Object.hasOwn(scenario.nodes, scenario.start) ? scenario.nodes[scenario.start] : undefined;
  // A missing target is reported on its own; judging the start without it would be noise.
  if (!first || edges(first).some((e) => !Object.hasOwn(scenario.nodes, e.target))) return;
  const leadsToCrisis =
    kindOf(first).form === 'one' &&
    edges(first).some((e) => {
      const n = Object.hasOwn(scenario.nodes, e.target) ? scenario.nodes[e.target] : undefined;
      return n !== undefined && showsCrisis(n);
    });
  if (!leadsToCrisis) {
    error(['start'], msg('scenario.lint.safetyFirst'));
  }
}
