// The author's loop around `talkcoach test`: --coverage (what the test files exercise, and what
// none does) and --random N --seed S (seeded random play-throughs, each plan checked).
import { stanceCounts } from '../testing/safety-checks.js';
import { EXIT, TalkcoachError } from '../errors.js';
import type { Scenario } from '../engine/model.js';
import { msg } from '../messages/index.js';
import { crisisFor } from '../safety/crisis.js';
import { CoverageCounter, type Coverage } from '../testing/coverage.js';
import { randomPlay } from '../testing/random-play.js';
import type { CommonOptions, Io } from './context.js';
import { loadArg, problemsError } from './scenarios.js';

/** Counts, per scenario, what the cases of every test file took. */
export class CoverageBook {
  private readonly byScenario = new Map<string, { file: string; counter: CoverageCounter }>();

  counter(scenario: Scenario, file: string): CoverageCounter {
    let entry = this.byScenario.get(file);
    if (!entry) this.byScenario.set(file, (entry = { file, counter: new CoverageCounter(scenario) }));
    return entry.counter;
  }

  print(io: Io): void {
    for (const [file, { counter }] of this.byScenario) io.stdout.write(coverageText(file, counter.report()));
  }
}

function coverageText(file: string, c: Coverage): string {
  const line = (what: string, part: { taken: string[]; missed: string[] }) => {
    const total = part.taken.length + part.missed.length;
    const head = msg('cli.test.coverageLine', { what, taken: part.taken.length, total });
    return part.missed.length === 0
      ? `${head}\n`
      : `${head}; ${msg('cli.test.coverageMissed')}: ${part.missed.join(', ')}\n`;
  };
  return (
    `${msg('cli.test.coverageHead', { file, cases: msg('cli.count.cases', { count: c.cases }) })}\n` +
    line(msg('cli.test.coverageOptions'), c.options) +
    line(msg('cli.test.coverageEndings'), c.endings) +
    line(msg('cli.test.coveragePoints'), c.points)
  );
}

const count = (value: string | undefined, what: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (what === 'seed' ? 0 : 1))
    throw new TalkcoachError('usage', msg('cli.test.badNumber', { what, value: String(value) }));
  return n;
};

export function randomCommand(args: string[], o: CommonOptions & { random?: string; seed?: string }, io: Io): number {
  const runs = count(o.random, '--random');
  const seed = o.seed === undefined ? 1 : count(o.seed, 'seed');
  let failing = false;
  for (const arg of args) {
    const loaded = loadArg(arg, o, io);
    if (!loaded.scenario) throw problemsError(loaded);
    const r = randomPlay(loaded.scenario, { crisis: crisisFor(null) }, runs, seed);
    const endings = [...r.endings].map(([id, n]) => `${id} ${n}`).join(', ');
    io.stdout.write(
      `${msg('cli.test.randomResult', {
        verdict: r.badCount === 0 ? 'PASS' : 'FAIL',
        id: loaded.scenario.id,
        runs: msg('cli.count.runs', { count: r.runs }),
        seed,
        bad: r.badCount,
        endings,
        stances: stanceCounts(r.safety),
        forbidden: r.safety.forbidden,
      })}\n`,
    );
    for (const b of r.bad)
      io.stdout.write(
        `  ${msg('cli.test.randomBad', { run: b.run, fault: b.fault, answers: JSON.stringify(b.lines.join('\n')) })}\n`,
      );
    if (r.badCount > 0) failing = true;
  }
  return failing ? EXIT.testFailed : EXIT.ok;
}
