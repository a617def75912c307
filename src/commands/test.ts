// talkcoach test <file.test.yaml|dir>...: scripted play-throughs with expected plan content.
// talkcoach test --walk <id|file|dir>...: every answer of every reachable question, checking each plan.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, TalkcoachError } from '../errors.js';
import { crisisFor, normaliseRegion } from '../safety/crisis.js';
import { formatDiagnostic, type Diagnostic } from '../scenario/diagnostics.js';
import { fileError } from '../scenario/load.js';
import { isTestFile, loadTestFile } from '../testing/load.js';
import { runCase, type Failure } from '../testing/run.js';
import { walkCheck } from '../testing/walk-check.js';
import type { CommonOptions, Io } from './context.js';
import { loadOptions, userDirs } from './options.js';
import { loadArg, problemsError } from './scenarios.js';

export interface TestOptions extends CommonOptions {
  walk?: boolean;
  /** Warnings (such as talking points in no plan) fail the run too. */
  strict?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A folder stands for the files in it that this command takes. */
function expand(targets: readonly string[], take: (name: string) => boolean, what: string): string[] {
  return targets.flatMap((t) => {
    let isDir: boolean;
    try {
      isDir = statSync(t).isDirectory();
    } catch (e) {
      // Not a file: for --walk it may be a scenario id.
      if (
        (e as NodeJS.ErrnoException).code === 'ENOENT' &&
        !/[\\/]/.test(t) &&
        !/\.ya?ml$/.test(t) &&
        what === 'scenario'
      )
        return [t];
      throw fileError(t, e);
    }
    if (!isDir) return [t];
    const files = readdirSync(t)
      .filter(take)
      .sort()
      .map((n) => join(t, n));
    if (files.length === 0) throw new TalkcoachError('usage', `${t} holds no ${what} files`);
    return files;
  });
}

function printDiagnostic(io: Io, d: Diagnostic, details: readonly string[] = []): void {
  io.stdout.write(`${formatDiagnostic(d)}\n`);
  for (const line of details) io.stdout.write(`  ${line}\n`);
}

export function testCommand(targets: string[], o: TestOptions, io: Io): number {
  return o.walk ? walkCommand(targets, o, io) : casesCommand(targets, o, io);
}

function casesCommand(targets: string[], o: TestOptions, io: Io): number {
  const files = expand(targets, isTestFile, 'test (*.test.yaml)');
  let passed = 0;
  let failed = 0;
  let brokenFiles = 0;
  for (const file of files) {
    const loaded = loadTestFile(file, { ...loadOptions(o), userDirs: userDirs(o, io) });
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.test || !loaded.scenario || errors.length > 0) {
      brokenFiles++;
      io.stdout.write(`BROKEN ${file}: ${plural(errors.length, 'problem')}; no case was run\n`);
      for (const d of loaded.diagnostics) printDiagnostic(io, d);
      continue;
    }
    const fileRegion = normaliseRegion(loaded.test.region);
    const results = loaded.test.cases.map((c, i) =>
      runCase(loaded.scenario!, c, i, {
        crisis: crisisFor(c.region !== undefined ? normaliseRegion(c.region) : fileRegion),
      }),
    );
    const bad = results.filter((r) => r.failures.length > 0);
    passed += results.length - bad.length;
    failed += bad.length;
    io.stdout.write(
      bad.length === 0
        ? `PASS ${file}: ${plural(results.length, 'case')}\n`
        : `FAIL ${file}: ${bad.length} of ${plural(results.length, 'case')} failed\n`,
    );
    for (const r of bad) {
      for (const f of r.failures) printDiagnostic(io, located(loaded.at, r.name, f), f.details);
    }
  }
  const summary = `${plural(passed + failed, 'case')} in ${plural(files.length, 'file')}: ${passed} passed, ${failed} failed${brokenFiles ? `, ${plural(brokenFiles, 'file')} could not be run` : ''}`;
  io.stdout.write(`${summary}\n`);
  return failed > 0 || brokenFiles > 0 ? EXIT.testFailed : EXIT.ok;
}

function located(
  at: (path: readonly (string | number)[], severity: 'error', message: string) => Diagnostic,
  name: string,
  f: Failure,
): Diagnostic {
  return at(f.path, 'error', `case "${name}": ${f.message}`);
}

function walkCommand(targets: string[], o: TestOptions, io: Io): number {
  const args = expand(targets, (n) => /\.ya?ml$/.test(n) && !isTestFile(n), 'scenario');
  let failing = false;
  for (const arg of args) {
    const loaded = loadArg(arg, o, io);
    if (!loaded.scenario || !loaded.locate) throw problemsError(loaded);
    const r = walkCheck(loaded.scenario, { crisis: crisisFor(null) });
    const complete = r.taken === r.total && !r.cut;
    io.stdout.write(
      `${r.problems.length === 0 && complete ? 'PASS' : 'FAIL'} walk ${loaded.scenario.id} (${loaded.file}): ${plural(r.sessions, 'session')}, ` +
        `${r.taken} of ${plural(r.total, 'node/answer pair')} taken, ${r.endingsReached} of ${plural(r.endingsTotal, 'ending')} reached, ` +
        `${plural(r.problems.length, 'problem')}, ${plural(r.unreachable.length, 'talking point')} in no plan\n`,
    );
    if (!complete)
      io.stdout.write(
        `  the walk stopped before taking every answer (${r.cut ? 'too many sessions' : 'a loop with no way out'})\n`,
      );
    for (const p of r.problems) printDiagnostic(io, loaded.locate(p.path, 'error', p.message), p.details);
    for (const p of r.unreachable)
      printDiagnostic(io, loaded.locate(p.path, o.strict ? 'error' : 'warning', p.message), p.details);
    if (r.problems.length > 0 || !complete || (o.strict && r.unreachable.length > 0)) failing = true;
  }
  return failing ? EXIT.testFailed : EXIT.ok;
}
