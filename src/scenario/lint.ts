// Graph checks on a linked scenario: missing targets and points, dead ends, endings without a
// boundary reminder, a start that is not a safety question; warnings for what cannot be reached.
// Linear in the size of the scenario.
import { edges, pointRefs, reachable, showsCrisis, stepsToEnd } from '../engine/graph.js';
import { kindOf } from '../engine/kinds/index.js';
import { didYouMean, msg } from '../messages/index.js';
import { ANY_FILL_IN, fillName } from '../engine/fill.js';
import type { Scenario, ScenarioNode } from '../engine/model.js';
import type { Severity } from './diagnostics.js';
import { closest } from './suggest.js';
import { deadParts } from './lint-graph.js';
import { checkCondition, Facts } from './lint-conditions.js';
import { REVISIT_BANDS, REVISIT_FACT } from '../engine/checkin.js';
import { stanceConflicts } from './lint-stances.js';
import { aliasClashes } from '../engine/question-keys.js';

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

/** A warning reporter that drops "no question records the fact" for a fact this scenario never records. */
const quietNoFact =
  (warning: (path: (string | number)[], message: string) => void, facts: Facts) =>
  (path: (string | number)[], message: string) => {
    const fact = path[path.length - 1];
    if (typeof fact === 'string' && !facts.info.has(fact) && path.includes('equals')) return;
    warning(path, message);
  };

/**
 * `ownFile` says whether a node (or a point) was written in the scenario's own file: a problem that
 * spans the author's file and a shared module is placed in the author's file.
 */
export function lint(
  written: Scenario,
  broken: Broken = NONE_BROKEN,
  ownFile: (id: string, kind?: 'nodes' | 'points') => boolean = () => true,
  /** The shared module not in `uses` that defines a node, for "add uses". */
  providedBy: (nodeId: string) => string | undefined = () => undefined,
): LintProblem[] {
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
  // A node a module would bring: say which module to add to `uses`, rather than guess a spelling.
  const missingNode = (id: string) => {
    const module = providedBy(id);
    if (!module) return meant(id, nodeIds);
    const key = written.uses && written.uses.length > 0 ? 'scenario.lint.addToUses' : 'scenario.lint.addUses';
    return msg(key, { module, uses: [...(written.uses ?? []), module].join(', ') });
  };

  if (!hasNode(written.start))
    error(['start'], msg('scenario.lint.noStart', { id: scenario.start }) + missingNode(scenario.start));
  const help = written['crisis-help'];
  if (help !== undefined && !broken.nodes.has(help)) {
    const node = Object.hasOwn(written.nodes, help) ? written.nodes[help] : undefined;
    if (!node) error(['crisis-help'], msg('scenario.lint.noCrisisHelp', { id: help }) + missingNode(help));
    else if (!showsCrisis(node)) error(['crisis-help'], msg('scenario.lint.crisisHelpNotCrisis', { id: help }));
  }
  const isStub = (id: string) => stubs.has(id);
  const misspeltTo = new Set<string>();
  // A question whose answers lead nowhere has its own error; the graph checks treat it as an ending.
  const dangling = new Set<string>();

  const textFacts = new Set<string>();
  const facts = new Facts();
  const used = new Set<string>();

  for (const [id, node] of Object.entries(written.nodes)) {
    const at = (...rest: (string | number)[]) => ['nodes', id, ...rest];
    for (const e of edges(node)) {
      if (!hasNode(e.target)) {
        error(at(...e.path), msg('scenario.lint.noTarget', { id: e.target }) + missingNode(e.target));
        const guess = suggest(e.target, nodeIds);
        if (guess) misspeltTo.add(guess);
      }
    }
    for (const r of pointRefs(node)) {
      used.add(r.id);
      if (!hasPoint(r.id) && !broken.points.has(r.id))
        error(at(...r.path), msg('scenario.lint.noPoint', { id: r.id }) + meant(r.id, pointIds));
    }
    if (checkNode(node, at, error, warning)) dangling.add(id);
    const recorded = kindOf(node).recorded(node);
    const form = kindOf(node).form === 'any' ? 'many' : 'one';
    if (recorded?.values === 'any') {
      textFacts.add(recorded.fact);
      facts.note(recorded.fact, 'any', form);
    } else if (recorded) recorded.values.forEach((v) => facts.note(recorded.fact, v, form));
    for (const set of kindOf(node).sets(node)) Object.entries(set).forEach(([k, v]) => facts.note(k, v, 'one'));
  }
  // An alias names one question only, or a keyed answer could not say which it answers.
  for (const c of aliasClashes(written)) error(['nodes', c.node, 'alias'], msg('scenario.lint.aliasTaken', c));
  // A scenario with `revisit` rules has the band of its next date as a fact (engine/checkin.ts).
  if (written.revisit?.length) REVISIT_BANDS.forEach((b) => facts.note(REVISIT_FACT, b, 'one'));

  // Fill-ins must name something a text question collects.
  let textFactNames: string[] | undefined;
  // Every {{...}} is looked at, not only those shaped like a fact name: {{__proto__}} or {{toString}}
  // would otherwise pass and reach the plan as braces; so would a {{ never closed.
  const checkFill = (text: string | undefined, path: (string | number)[]) => {
    if (!text?.includes('{{')) return;
    for (const m of text.matchAll(ANY_FILL_IN)) {
      const name = fillName(m[1]!);
      if (name === undefined) error(path, msg('scenario.lint.fillNotAName', { written: m[0] }));
      else if (!textFacts.has(name) && !anyBroken)
        error(path, msg('scenario.lint.fillNotCollected', { name }) + meant(name, (textFactNames ??= [...textFacts])));
    }
    if (text.replace(ANY_FILL_IN, '').includes('{{')) error(path, msg('scenario.lint.fillUnclosed'));
  };
  for (const [id, node] of Object.entries(written.nodes))
    for (const t of kindOf(node).texts(node)) checkFill(t.text, ['nodes', id, ...t.path]);
  for (const [stance, title] of Object.entries(written.titles ?? {})) checkFill(title, ['titles', stance]);
  for (const [id, p] of Object.entries(points)) {
    for (const key of ['do', 'say', 'avoid'] as const) checkFill(p[key], ['points', id, key]);
    // Facts and adds written in a broken node are unknown, so these would be guesses.
    if (anyBroken) continue;
    // A shared module's point may name a fact only some of the scenarios using it record (the crisis
    // module's "not afraid of them"): where none records it, the condition reads as written (equals
    // never holds, not always does), so no warning in the scenario that doesn't ask.
    const quiet = !ownFile(id, 'points') ? { error, warning: quietNoFact(warning, facts) } : { error, warning };
    if (p.when) checkCondition(p.when, ['points', id, 'when'], facts, quiet, suggest);
    if (!p.when && !used.has(id)) warning(['points', id], msg('scenario.lint.pointUnused', { id }));
  }
  if (!anyBroken) {
    for (const [key, c] of Object.entries(written.safety ?? {}))
      if (c) checkCondition(c, ['safety', key], facts, { error, warning }, suggest);
    for (const [i, r] of (written.revisit ?? []).entries())
      if (r.when) checkCondition(r.when, ['revisit', i, 'when'], facts, { error, warning }, suggest);
    // A point whose tag a stance forbids must never be able to meet that stance in a plan.
    for (const c of stanceConflicts(written))
      error(['points', c.point, 'tags'], msg('scenario.lint.stanceForbids', { ...c, tags: c.tags.join(', ') }));
  }

  // Dead ends, once per loop, and unreachable nodes.
  const graph = dangling.size > 0 ? withStubs(scenario, dangling, true) : scenario;
  const toEnd = stepsToEnd(graph);
  const dead = new Set(nodeIds.filter((id) => !toEnd.has(id)));
  for (const part of deadParts(graph, dead, ownFile)) {
    const id = part.at;
    if (part.nodes.length === 1) error(['nodes', id], msg('scenario.lint.deadEnd', { id }) + loopHint(id));
    else error(['nodes', id], msg('scenario.lint.deadLoop', { nodes: quoted(part.nodes) }));
  }
  // With a dead end or an answer that leads nowhere, what was meant to be reachable is unknown:
  // the node such a next was meant to reach would only be reported again as unreachable.
  const seen = reachable(scenario);
  const graphBroken = anyBroken || dead.size > 0 || dangling.size > 0 || !hasNode(written.start);
  const notSafe =
    !isStub(scenario.start) &&
    !edges(scenario.nodes[scenario.start] ?? STUB).some((e) => isStub(e.target)) &&
    !checkSafetyFirst(scenario, error);
  for (const id of nodeIds) {
    // A node only a misspelt next was meant to reach is unreachable for that reason alone, and a
    // crisis note the first question should lead to is part of the safety-first error.
    const explained = misspeltTo.has(id) || (notSafe && showsCrisis(scenario.nodes[id]!));
    if (!seen.has(id) && !graphBroken && !explained) warning(['nodes', id], msg('scenario.lint.unreachable', { id }));
  }
  return out;

  /** Where a dead end leads, so the author sees the loop. */
  function loopHint(id: string): string {
    const targets = [...new Set(edges(scenario.nodes[id]!).map((e) => e.target))];
    return targets.length > 0 ? msg('scenario.lint.leadsOnlyTo', { targets: quoted(targets) }) : '';
  }

  function checkNode(
    node: ScenarioNode,
    at: (...rest: (string | number)[]) => (string | number)[],
    err: typeof error,
    warn: typeof warning,
  ): boolean {
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
    const dangles = kind.dangling(node);
    for (const d of dangles) {
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
    return dangles.length > 0;
  }
}

const quoted = (ids: readonly string[]) => ids.map((t) => `"${t}"`).join(', ');

const STUB: ScenarioNode = { kind: 'end', title: '', add: [] };

function withStubs(scenario: Scenario, brokenNodes: ReadonlySet<string>, replace = false): Scenario {
  const nodes: Scenario['nodes'] = Object.create(null);
  Object.assign(nodes, scenario.nodes);
  for (const path of brokenNodes) if (replace || !Object.hasOwn(nodes, path)) nodes[path] = STUB;
  return { ...scenario, nodes };
}

/** The first node must be a safety question: a choice or yes/no with an answer that leads to crisis steps. */
/** False when it reported that the start is not a safety question. */
function checkSafetyFirst(scenario: Scenario, error: (path: (string | number)[], message: string) => void): boolean {
  const first = Object.hasOwn(scenario.nodes, scenario.start) ? scenario.nodes[scenario.start] : undefined;
  // A missing target is reported on its own; judging the start without it would be noise.
  if (!first || edges(first).some((e) => !Object.hasOwn(scenario.nodes, e.target))) return true;
  const leadsToCrisis =
    kindOf(first).form === 'one' &&
    edges(first).some((e) => {
      const n = Object.hasOwn(scenario.nodes, e.target) ? scenario.nodes[e.target] : undefined;
      return n !== undefined && showsCrisis(n);
    });
  if (!leadsToCrisis) error(['start'], msg('scenario.lint.safetyFirst'));
  return leadsToCrisis;
}
