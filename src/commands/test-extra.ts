// The author's loop around `talkcoach test`: --coverage (what the test files exercise, and what
// none does) and --random N --seed S (seeded random play-throughs, each plan checked).
import { stanceCounts } from '../authoring/safety-checks.js';
import { MAX_SEED, wholeNumber } from './parser.js';
import { EXIT } from '../errors.js';
import type { Scenario } from '../engine/model.js';
import { msg } from '../messages/index.js';
import { crisisFor } from '../safety/crisis.js';
import { CoverageCounter, type Coverage } from '../authoring/coverage.js';
import { randomPlayer } from '../authoring/random-play.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { loadArg, problemsError } from './scenarios.js';
import { spoken } from './scenario-words.js';

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

/** The most runs --random takes (about 70 s of play), and the largest seed (seeds are 32-bit). */
const MAX_RANDOM_RUNS = 100_000;

/** Lets signals (Ctrl-C, SIGTERM) in between runs: a long --random run is a synchronous loop otherwise. */
const breather = () => {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < 20) return;
    await new Promise((resolve) => setImmediate(resolve));
    last = performance.now();
  };
};

export async function randomCommand(
  args: string[],
  o: CommonOptions & { random?: string; seed?: string },
  io: Io,
): Promise<number> {
  const runs = wholeNumber(o.random, '--random', 1, MAX_RANDOM_RUNS);
  const seed = o.seed === undefined ? 1 : wholeNumber(o.seed, '--seed', 0, MAX_SEED);
  let failing = false;
  const breathe = breather();
  for (const arg of args) {
    const loaded = loadArg(arg, o, io);
    if (!loaded.scenario) throw problemsError(loaded);
    // The plans of the run's language: in Spanish, the Spanish plans (ids stay the same).
    const scenario = await spoken(loaded.scenario, loaded.file, o);
    const player = randomPlayer(scenario, { crisis: crisisFor(null) }, seed);
    for (let run = 1; run <= runs; run++) {
      player.play();
      await breathe();
    }
    const r = player.report();
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
