// The graph checks of a linked scenario, one named rule each, run in the order of RULES by lint()
// (lint.ts). A rule reports through the context; the node rule also records what later rules read
// (facts, used points, dangling questions), so the order matters where the comments say so.
import { REVISIT_BANDS, REVISIT_FACT } from '../engine/checkin.js';
import { ANY_FILL_IN, fillName } from '../engine/fill.js';
import { edges, pointRefs, reachable, showsCrisis, stepsToEnd } from '../engine/graph.js';
import { kindOf } from '../engine/kinds/index.js';
import type { Scenario, ScenarioNode } from '../engine/model.js';
import { msg } from '../messages/index.js';
import { checkCondition, type Facts } from './lint-conditions.js';
import { STUB, withStubs, type LintContext, type Path, type Report } from './lint-context.js';
import { deadParts } from './lint-graph.js';
import { stanceConflicts } from './lint-stances.js';
import { aliasClashes } from '../engine/question-keys.js';

export interface LintRule {
  name: string;
  check: (ctx: LintContext) => void;
}

/** The start exists; a `crisis-help` node exists and shows crisis steps. */
function startAndCrisisHelp(ctx: LintContext): void {
  const { written, scenario, broken, error } = ctx;
  if (!ctx.hasNode(written.start))
    error(['start'], msg('scenario.lint.noStart', { id: scenario.start }) + ctx.missingNode(scenario.start));
  const help = written['crisis-help'];
  if (help === undefined || broken.nodes.has(help)) return;
  const node = Object.hasOwn(written.nodes, help) ? written.nodes[help] : undefined;
  if (!node) error(['crisis-help'], msg('scenario.lint.noCrisisHelp', { id: help }) + ctx.missingNode(help));
  else if (!showsCrisis(node)) error(['crisis-help'], msg('scenario.lint.crisisHelpNotCrisis', { id: help }));
}

/** Each node: its targets and points exist, its options are sound, its endings carry a boundary.
 * Records the facts each question collects, the points used and the dangling questions (read later). */
function nodes(ctx: LintContext): void {
  const { written, error, facts } = ctx;
  for (const [id, node] of Object.entries(written.nodes)) {
    const at = (...rest: Path) => ['nodes', id, ...rest];
    for (const e of edges(node)) {
      if (ctx.hasNode(e.target)) continue;
      error(at(...e.path), msg('scenario.lint.noTarget', { id: e.target }) + ctx.missingNode(e.target));
      const guess = ctx.suggest(e.target, ctx.nodeIds);
      if (guess) ctx.misspeltTo.add(guess);
    }
    for (const r of pointRefs(node)) {
      ctx.used.add(r.id);
      if (!ctx.hasPoint(r.id) && !ctx.broken.points.has(r.id))
        error(at(...r.path), msg('scenario.lint.noPoint', { id: r.id }) + ctx.meant(r.id, ctx.pointIds));
    }
    if (checkOptions(ctx, node, at)) ctx.dangling.add(id);
    checkEnding(ctx, node, at);
    const recorded = kindOf(node).recorded(node);
    const form = kindOf(node).form === 'any' ? 'many' : 'one';
    if (recorded?.values === 'any') {
      ctx.textFacts.add(recorded.fact);
      facts.note(recorded.fact, 'any', form);
    } else if (recorded) recorded.values.forEach((v) => facts.note(recorded.fact, v, form));
    for (const set of kindOf(node).sets(node)) Object.entries(set).forEach(([k, v]) => facts.note(k, v, 'one'));
  }
  // A scenario with `revisit` rules has the band of its next date as a fact (engine/checkin.ts).
  if (written.revisit?.length) REVISIT_BANDS.forEach((b) => facts.note(REVISIT_FACT, b, 'one'));
}

/** Options: ids once, labels distinct, not numeric, more than one; every answer leads somewhere.
 * True when some answer leads nowhere. */
function checkOptions(ctx: LintContext, node: ScenarioNode, at: (...rest: Path) => Path): boolean {
  const { error, warning } = ctx;
  const kind = kindOf(node);
  const options = kind.options(node);
  const seenIds = new Set<string>();
  const labels = new Map<string, number>();
  options.forEach((o, i) => {
    if (seenIds.has(o.id)) error(at('options', i, 'id'), msg('scenario.lint.optionTwice', { id: o.id }));
    seenIds.add(o.id);
    const label = o.label.trim().toLowerCase();
    const first = labels.get(label);
    if (first !== undefined)
      warning(at('options', i, 'label'), msg('scenario.lint.sameLabel', { first: first + 1, second: i + 1 }));
    else labels.set(label, i);
    if (/^\d+$/.test(o.id)) warning(at('options', i, 'id'), msg('scenario.lint.numericId', { id: o.id }));
  });
  if (options.length === 1) warning(at('options'), msg('scenario.lint.oneOption'));
  const dangles = kind.dangling(node);
  for (const d of dangles) {
    if (d.option) error(at(...d.path), msg('scenario.lint.optionNoNext', { id: d.option }));
    else if (d.branch) error(at(...d.path), msg('scenario.lint.branchNoNext', { branch: d.branch }));
    else error(at(...d.path), msg('scenario.lint.needsNext', { kind: node.kind }));
  }
  return dangles.length > 0;
}

/** An ending adds a boundary reminder that always shows. */
function checkEnding(ctx: LintContext, node: ScenarioNode, at: (...rest: Path) => Path): void {
  const ending = kindOf(node).ending?.(node);
  if (!ending || ending.add.some((p) => ctx.broken.points.has(p))) return;
  const bounds = ending.add.filter((p) => ctx.hasPoint(p) && ctx.points[p]!.section === 'boundaries');
  if (bounds.length === 0) ctx.error(at('add'), msg('scenario.lint.noBoundary'));
  else if (bounds.every((p) => ctx.points[p]!.when)) ctx.warning(at('add'), msg('scenario.lint.boundaryWhen'));
}

/** Every {{...}} names a fact a text question collects (after `nodes`, which records them). Every
 * {{...}} is looked at, not only those shaped like a fact name: {{__proto__}} or {{toString}} would
 * otherwise pass and reach the plan as braces; so would a {{ never closed. */
function fillIns(ctx: LintContext): void {
  const { written, error } = ctx;
  let textFactNames: string[] | undefined;
  const checkFill = (text: string | undefined, path: Path) => {
    if (!text?.includes('{{')) return;
    for (const m of text.matchAll(ANY_FILL_IN)) {
      const name = fillName(m[1]!);
      if (name === undefined) error(path, msg('scenario.lint.fillNotAName', { written: m[0] }));
      else if (!ctx.textFacts.has(name) && !ctx.anyBroken)
        error(
          path,
          msg('scenario.lint.fillNotCollected', { name }) + ctx.meant(name, (textFactNames ??= [...ctx.textFacts])),
        );
    }
    if (text.replace(ANY_FILL_IN, '').includes('{{')) error(path, msg('scenario.lint.fillUnclosed'));
  };
  for (const [id, node] of Object.entries(written.nodes))
    for (const t of kindOf(node).texts(node)) checkFill(t.text, ['nodes', id, ...t.path]);
  for (const [stance, title] of Object.entries(written.titles ?? {})) checkFill(title, ['titles', stance]);
  for (const [id, p] of Object.entries(ctx.points))
    for (const key of ['do', 'say', 'avoid'] as const) checkFill(p[key], ['points', id, key]);
}

/** A warning reporter that drops "no question records the fact" for a fact this scenario never records. */
const quietNoFact =
  (warning: Report, facts: Facts): Report =>
  (path, message) => {
    const fact = path[path.length - 1];
    if (typeof fact === 'string' && !facts.info.has(fact) && path.includes('equals')) return;
    warning(path, message);
  };

/** Conditions name facts and values some question records (after `nodes`); a point with no `when` is
 * added by some node. Facts and adds written in a broken node are unknown, so these would be guesses. */
function conditions(ctx: LintContext): void {
  if (ctx.anyBroken) return;
  const { written, error, warning, facts, suggest } = ctx;
  for (const [id, p] of Object.entries(ctx.points)) {
    // A shared module's point may name a fact only some of the scenarios using it record (the crisis
    // module's "not afraid of them"): where none records it, the condition reads as written (equals
    // never holds, not always does), so no warning in the scenario that doesn't ask.
    const quiet = !ctx.ownFile(id, 'points') ? { error, warning: quietNoFact(warning, facts) } : { error, warning };
    if (p.when) checkCondition(p.when, ['points', id, 'when'], facts, quiet, suggest);
    if (!p.when && !ctx.used.has(id)) warning(['points', id], msg('scenario.lint.pointUnused', { id }));
  }
  for (const [key, c] of Object.entries(written.safety ?? {}))
    if (c) checkCondition(c, ['safety', key], facts, { error, warning }, suggest);
  for (const [i, r] of (written.revisit ?? []).entries())
    if (r.when) checkCondition(r.when, ['revisit', i, 'when'], facts, { error, warning }, suggest);
}

/** A point whose tag a stance forbids can never meet that stance in a plan (lint-stances.ts). */
function stances(ctx: LintContext): void {
  if (ctx.anyBroken) return;
  for (const c of stanceConflicts(ctx.written))
    ctx.error(['points', c.point, 'tags'], msg('scenario.lint.stanceForbids', { ...c, tags: c.tags.join(', ') }));
}

const quoted = (ids: readonly string[]) => ids.map((t) => `"${t}"`).join(', ');

/** Every node can reach an ending (dead ends once per loop); the first question is a safety
 * question; everything can be reached. After `nodes` (dangling questions, misspelt targets). */
function graphShape(ctx: LintContext): void {
  const { written, scenario, dangling, error, warning } = ctx;
  const graph = dangling.size > 0 ? withStubs(scenario, dangling, true) : scenario;
  const toEnd = stepsToEnd(graph);
  const dead = new Set(ctx.nodeIds.filter((id) => !toEnd.has(id)));
  // Where a dead end leads, so the author sees the loop.
  const loopHint = (id: string): string => {
    const targets = [...new Set(edges(scenario.nodes[id]!).map((e) => e.target))];
    return targets.length > 0 ? msg('scenario.lint.leadsOnlyTo', { targets: quoted(targets) }) : '';
  };
  for (const part of deadParts(graph, dead, ctx.ownFile)) {
    const id = part.at;
    if (part.nodes.length === 1) error(['nodes', id], msg('scenario.lint.deadEnd', { id }) + loopHint(id));
    else error(['nodes', id], msg('scenario.lint.deadLoop', { nodes: quoted(part.nodes) }));
  }
  // With a dead end or an answer that leads nowhere, what was meant to be reachable is unknown:
  // the node such a next was meant to reach would only be reported again as unreachable.
  const seen = reachable(scenario);
  const graphBroken = ctx.anyBroken || dead.size > 0 || dangling.size > 0 || !ctx.hasNode(written.start);
  const isStub = (id: string) => ctx.stubs.has(id);
  const notSafe =
    !isStub(scenario.start) &&
    !edges(scenario.nodes[scenario.start] ?? STUB).some((e) => isStub(e.target)) &&
    !checkSafetyFirst(scenario, error);
  for (const id of ctx.nodeIds) {
    // A node only a misspelt next was meant to reach is unreachable for that reason alone, and a
    // crisis note the first question should lead to is part of the safety-first error.
    const explained = ctx.misspeltTo.has(id) || (notSafe && showsCrisis(scenario.nodes[id]!));
    if (!seen.has(id) && !graphBroken && !explained) warning(['nodes', id], msg('scenario.lint.unreachable', { id }));
  }
}

/** The first node must be a safety question: a choice or yes/no with an answer that leads to crisis
 * steps. False when it reported that it is not. */
function checkSafetyFirst(scenario: Scenario, error: Report): boolean {
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

/** An alias names one question only, or a keyed answer could not say which it answers. */
function aliases({ written, error }: LintContext): void {
  for (const c of aliasClashes(written)) error(['nodes', c.node, 'alias'], msg('scenario.lint.aliasTaken', c));
}

/** In the order they run: `nodes` records what the rules after it read. */
export const RULES: readonly LintRule[] = [
  { name: 'start-and-crisis-help', check: startAndCrisisHelp },
  { name: 'nodes', check: nodes },
  { name: 'fill-ins', check: fillIns },
  { name: 'conditions', check: conditions },
  { name: 'stances', check: stances },
  { name: 'graph-shape', check: graphShape },
  { name: 'aliases', check: aliases },
];
