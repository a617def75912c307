// `talkcoach test --coverage`: which options, endings and talking points the test files exercise,
// and which none does. Pure: the scenario and its cases arrive loaded.
import { yesNoWords } from '../messages/index.js';
import { kindOf } from '../engine/kinds/index.js';
import { reachable } from '../engine/graph.js';
import { playLine, skipNotes } from '../engine/play.js';
import { start } from '../engine/session.js';
import type { StartOptions } from '../engine/types.js';
import type { Scenario } from '../engine/model.js';

export interface Coverage {
  cases: number;
  options: { taken: string[]; missed: string[] };
  endings: { taken: string[]; missed: string[] };
  points: { taken: string[]; missed: string[] };
}

/** Every "node:answer" a reachable question offers (a yes/no offers yes and no; text questions none). */
function offered(scenario: Scenario): string[] {
  const seen = reachable(scenario);
  const out: string[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (!seen.has(id) || !kindOf(node).asks) continue;
    const rec = kindOf(node).recorded(node);
    if (rec && rec.values !== 'any') for (const v of rec.values) out.push(`${id}:${v}`);
  }
  return out;
}

export class CoverageCounter {
  private readonly answers = new Set<string>();
  private readonly endings = new Set<string>();
  private readonly points = new Set<string>();
  private cases = 0;

  constructor(private readonly scenario: Scenario) {}

  /** Plays one case's answers (as `talkcoach test` does) and notes what it took. */
  play(lines: readonly string[], options: StartOptions): void {
    this.cases++;
    let step = skipNotes(this.scenario, start(this.scenario, options));
    for (const line of lines) {
      if (step.done) break;
      const played = playLine(this.scenario, step, line, yesNoWords());
      if (!played.ok) return;
      step = played.step;
    }
    if (!step.done) return;
    for (const r of step.state.current.answers) {
      const values = Array.isArray(r.answer) ? r.answer : [r.answer];
      for (const v of values)
        if (v !== null) this.answers.add(`${r.node}:${v === true ? 'yes' : v === false ? 'no' : v}`);
    }
    this.endings.add(step.state.current.node);
    for (const s of [...step.plan.sections, ...step.plan.more]) for (const p of s.points) this.points.add(p.id);
  }

  report(): Coverage {
    const split = (all: string[], taken: Set<string>) => ({
      taken: all.filter((x) => taken.has(x)),
      missed: all.filter((x) => !taken.has(x)),
    });
    const seen = reachable(this.scenario);
    const endings = Object.entries(this.scenario.nodes)
      .filter(([id, n]) => seen.has(id) && kindOf(n).ending)
      .map(([id]) => id);
    return {
      cases: this.cases,
      options: split(offered(this.scenario), this.answers),
      endings: split(endings, this.endings),
      points: split(Object.keys(this.scenario.points ?? {}), this.points),
    };
  }
}
