// Graph checks on a linked scenario: missing targets and points, dead ends, endings without a
// boundary reminder, a start that is not a safety question; warnings for what cannot be reached.
// Each check is a named rule (lint-rules.ts) over one shared context (lint-context.ts). Linear in
// the size of the scenario.
import type { Scenario } from '../engine/model.js';
import type { Severity } from './diagnostics.js';
import { lintContext, type Broken, type LintProblem, type Path } from './lint-context.js';
import { RULES } from './lint-rules.js';

/**
 * `ownFile` says whether a node (or a point) was written in the scenario's own file: a problem that
 * spans the author's file and a shared module is placed in the author's file.
 */
export function lint(
  written: Scenario,
  broken?: Broken,
  ownFile: (id: string, kind?: 'nodes' | 'points') => boolean = () => true,
  /** The shared module not in `uses` that defines a node, for "add uses". */
  providedBy: (nodeId: string) => string | undefined = () => undefined,
): LintProblem[] {
  const out: LintProblem[] = [];
  const reported = new Set<string>();
  const push = (severity: Severity, path: Path, message: string) => {
    // An option without its own next reports a missing question next once, not once per option.
    const key = `${path.join('/')}\n${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    out.push({ severity, path, message });
  };
  const ctx = lintContext(written, broken, ownFile, providedBy, push);
  for (const rule of RULES) rule.check(ctx);
  return out;
}
