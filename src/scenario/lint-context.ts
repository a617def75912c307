// What every lint rule reads and writes: the scenario (with stubs for what is broken or missing),
// the reporters, and what the node rule learns for the later rules (facts, used points, dangling
// questions). Built once by lint() in lint.ts.
import { edges } from '../engine/graph.js';
import type { Scenario, ScenarioNode } from '../engine/model.js';
import { didYouMean, msg } from '../messages/index.js';
import type { Severity } from './diagnostics.js';
import { Facts } from './lint-conditions.js';
import { closest } from './suggest.js';

export type Path = (string | number)[];
export type Report = (path: Path, message: string) => void;

export interface LintProblem {
  severity: Severity;
  /** Path inside the linked scenario; its first two parts name the node or point it belongs to. */
  path: Path;
  message: string;
}

/** Nodes and points left out because they had schema problems: checks that could only echo those stay quiet. */
export interface Broken {
  nodes: ReadonlySet<string>;
  points: ReadonlySet<string>;
}

export interface LintContext {
  /** The scenario as written. */
  written: Scenario;
  /** The scenario with a stub ending for each broken or missing node. */
  scenario: Scenario;
  broken: Broken;
  anyBroken: boolean;
  stubs: ReadonlySet<string>;
  nodeIds: string[];
  points: NonNullable<Scenario['points']>;
  pointIds: string[];
  ownFile: (id: string, kind?: 'nodes' | 'points') => boolean;
  error: Report;
  warning: Report;
  hasNode: (id: string) => boolean;
  hasPoint: (id: string) => boolean;
  /** The closest id, for the first few problems only (see MAX_SUGGESTIONS). */
  suggest: (id: string, among: readonly string[]) => string | undefined;
  /** "; did you mean …" for an id among others, or nothing. */
  meant: (id: string, among: string[]) => string;
  /** What to say of a node that does not exist: the module that brings it, or a spelling. */
  missingNode: (id: string) => string;
  // Learnt by the node rule, read by the later rules:
  misspeltTo: Set<string>;
  /** Questions whose answers lead nowhere: the graph rules treat them as endings. */
  dangling: Set<string>;
  textFacts: Set<string>;
  facts: Facts;
  /** Points some node adds. */
  used: Set<string>;
}

const NONE_BROKEN: Broken = { nodes: new Set(), points: new Set() };
const MAX_SUGGESTIONS = 50;

export const STUB: ScenarioNode = { kind: 'end', title: '', add: [] };

export function withStubs(scenario: Scenario, brokenNodes: ReadonlySet<string>, replace = false): Scenario {
  const nodes: Scenario['nodes'] = Object.create(null);
  Object.assign(nodes, scenario.nodes);
  for (const path of brokenNodes) if (replace || !Object.hasOwn(nodes, path)) nodes[path] = STUB;
  return { ...scenario, nodes };
}

export function lintContext(
  written: Scenario,
  broken: Broken = NONE_BROKEN,
  ownFile: LintContext['ownFile'],
  providedBy: (nodeId: string) => string | undefined,
  push: (severity: Severity, path: Path, message: string) => void,
): LintContext {
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
  // Each suggestion compares a name with every id: only the first few problems get one, so a file
  // with thousands of problems is still checked in time that grows with its size alone.
  let suggestions = 0;
  const suggest = (id: string, among: readonly string[]) =>
    suggestions++ < MAX_SUGGESTIONS ? closest(id, among) : undefined;
  const meant = (id: string, among: string[]) => didYouMean(suggest(id, among));
  return {
    written,
    scenario,
    broken,
    anyBroken: broken.nodes.size > 0,
    stubs,
    nodeIds,
    points,
    pointIds: Object.keys(points),
    ownFile,
    error: (path, message) => push('error', path, message),
    warning: (path, message) => push('warning', path, message),
    hasNode: (id) => Object.hasOwn(written.nodes, id) || broken.nodes.has(id),
    hasPoint: (id) => Object.hasOwn(points, id),
    suggest,
    meant,
    // A node a module would bring: say which module to add to `uses`, rather than guess a spelling.
    missingNode: (id) => {
      const module = providedBy(id);
      if (!module) return meant(id, nodeIds);
      const key = written.uses && written.uses.length > 0 ? 'scenario.lint.addToUses' : 'scenario.lint.addUses';
      return msg(key, { module, uses: [...(written.uses ?? []), module].join(', ') });
    },
    misspeltTo: new Set(),
    dangling: new Set(),
    textFacts: new Set(),
    facts: new Facts(),
    used: new Set(),
  };
}
