// talkcoach test <file.test.yaml|dir>...: scripted play-throughs with expected plan content.
// talkcoach test --walk <id|file|dir>...: every answer of every reachable question, checking each plan.
import { join } from 'node:path';
import { EXIT, TalkcoachError } from '../errors.js';
import { fs } from '../io/fs.js';
import { inEnglish, languageCode, msg, scenarioText, yesNoWords } from '../messages/index.js';
import { crisisFor, normaliseRegion } from '../safety/crisis.js';
import { formatDiagnostic, type Diagnostic } from '../scenario/diagnostics.js';
import { fileError } from '../io/read.js';
import { isTestFile, loadTestFile, type LoadedTest } from '../authoring/load.js';
import type { TestFile } from '../authoring/format.js';
import type { TypedWords } from '../engine/kinds/kind.js';
import { localizeTest } from '../scenario/test-strings.js';
import { testTranslationFor } from '../scenario/translation-check.js';
import { runCase, type Failure } from '../authoring/run.js';
import { walkCheck } from '../authoring/walk-check.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { loadOptions, userDirs } from './options.js';
import { loadArg, problemsError } from './scenarios.js';
import { CoverageBook, randomCommand } from './test-extra.js';
import { stanceCounts, summaryCap } from '../authoring/safety-checks.js';
import { sayFrom, spoken } from './scenario-words.js';
import { defaultName } from './practice-source.js';
import type { Scenario } from '../engine/model.js';
import { BUILTIN_PRACTICE_DIR, loadPractice } from '../scenario/practice-load.js';
import type { PracticeCase } from '../authoring/practice-format.js';
import { runPracticeCase } from '../authoring/practice-run.js';

/** A test file's scripted practices, played with the built-in practice content. */
function practiceResults(cases: readonly PracticeCase[], scenario: Scenario, o: TestOptions) {
  const p = loadPractice(BUILTIN_PRACTICE_DIR, o.maxBytes);
  if (!p.content || !p.rules)
    throw new TalkcoachError(
      'scenario',
      msg('practice.cli.problems', { count: p.diagnostics.length, dir: BUILTIN_PRACTICE_DIR }),
      p.diagnostics.map((d) => formatDiagnostic(d)),
    );
  return cases.map((c, i) => {
    const fills = { name: c.called ?? defaultName(scenario) };
    return runPracticeCase(c, i, { content: p.content!, rules: p.rules!, fills });
  });
}

const { readdirSync, statSync } = fs;

export interface TestOptions extends CommonOptions {
  walk?: boolean;
  /** After the cases: which options, endings and points they exercised, and which none did. */
  coverage?: boolean;
  /** Seeded random play-throughs of scenarios instead of test files: how many, and the seed. */
  random?: string;
  seed?: string;
  /** Warnings (such as talking points in no plan) fail the run too. */
  strict?: boolean;
}

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
    if (files.length === 0) throw new TalkcoachError('usage', msg('cli.test.noFiles', { target: t, what }));
    return files;
  });
}

function printDiagnostic(io: Io, d: Diagnostic, details: readonly string[] = []): void {
  io.stdout.write(`${formatDiagnostic(d)}\n`);
  for (const line of details) io.stdout.write(`  ${line}\n`);
}

/** How a test file's cases are played in this run's language. In English (and the pseudo-locale,
 * whose words are made from the English) as written. In another language, the translated plans
 * against the translated phrases (i18n/<lang>/<name>.test.yaml beside the test file), when that
 * translation is whole; else in English, as the test file was written, and `note` says so. */
async function playedIn(
  loaded: LoadedTest,
  o: TestOptions,
): Promise<{ scenario: Scenario; test: TestFile; typed?: TypedWords; note?: string } | undefined> {
  const code = languageCode();
  if (code === 'en' || scenarioText()) return undefined;
  const test = loaded.test!;
  const t = testTranslationFor(loaded.file, code, loadOptions(o));
  if (!t.say)
    return { scenario: loaded.scenario!, test, note: msg('cli.test.inEnglish', { file: loaded.file, count: t.gaps }) };
  const english = inEnglish(yesNoWords);
  const own = yesNoWords();
  // The answers are written once for every language: an English yes or no is read too.
  const typed = { yes: [...own.yes, ...english.yes], no: [...own.no, ...english.no] };
  const scenario = await spoken(loaded.scenario!, loaded.scenarioFile, o);
  return { scenario, test: localizeTest(test, sayFrom(t.say)), typed };
}

export function testCommand(targets: string[], o: TestOptions, io: Io): number | Promise<number> {
  if (o.random !== undefined) return randomCommand(scenarioArgs(targets), o, io);
  return o.walk ? walkCommand(targets, o, io) : casesCommand(targets, o, io);
}

async function casesCommand(targets: string[], o: TestOptions, io: Io): Promise<number> {
  const files = expand(targets, isTestFile, msg('cli.test.testFiles'));
  let passed = 0;
  let failed = 0;
  let brokenFiles = 0;
  const book = o.coverage ? new CoverageBook() : undefined;
  for (const file of files) {
    const loaded = loadTestFile(file, { ...loadOptions(o), userDirs: userDirs(o, io) });
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    if (!loaded.test || !loaded.scenario || errors.length > 0) {
      brokenFiles++;
      io.stdout.write(
        `${msg('cli.test.broken', { file, problems: msg('common.problems', { count: errors.length }) })}\n`,
      );
      for (const d of loaded.diagnostics) printDiagnostic(io, d);
      continue;
    }
    const fileRegion = normaliseRegion(loaded.test.region);
    const spokenIn = await playedIn(loaded, o);
    if (spokenIn?.note) io.stdout.write(`${spokenIn.note}\n`);
    const translated = spokenIn && !spokenIn.note ? spokenIn : undefined;
    const play = () =>
      (translated?.test ?? loaded.test!).cases.map((c, i) =>
        runCase(
          translated?.scenario ?? loaded.scenario!,
          c,
          i,
          { crisis: crisisFor(c.region !== undefined ? normaliseRegion(c.region) : fileRegion) },
          translated?.typed,
        ),
      );
    // Without a whole translation, played and checked in English: the cases quote the English plans.
    // The practices quote the English practice feedback: in English always.
    const results = [
      ...(translated ? play() : inEnglish(play)),
      ...inEnglish(() => (loaded.test!.practice ? practiceResults(loaded.test!.practice, loaded.scenario!, o) : [])),
    ];
    if (book) {
      const counter = book.counter(loaded.scenario, loaded.scenarioFile ?? file);
      loaded.test.cases.forEach((c) =>
        counter.play(c.answers, {
          crisis: crisisFor(c.region !== undefined ? normaliseRegion(c.region) : fileRegion),
        }),
      );
    }
    const bad = results.filter((r) => r.failures.length > 0);
    passed += results.length - bad.length;
    failed += bad.length;
    const cases = msg('cli.count.cases', { count: results.length });
    const verdict =
      bad.length === 0
        ? msg('cli.test.pass', { file, cases })
        : msg('cli.test.fail', { file, failed: bad.length, cases });
    io.stdout.write(`${verdict}\n`);
    for (const r of bad) {
      for (const f of r.failures) printDiagnostic(io, located(loaded.at, r.name, f), f.details);
    }
  }
  const summary = msg('cli.test.summary', {
    cases: msg('cli.count.cases', { count: passed + failed }),
    files: msg('common.files', { count: files.length }),
    passed,
    failed,
  });
  const unrunnable = brokenFiles
    ? msg('cli.test.unrunnable', { files: msg('common.files', { count: brokenFiles }) })
    : '';
  io.stdout.write(`${summary}${unrunnable}\n`);
  book?.print(io);
  return failed > 0 || brokenFiles > 0 ? EXIT.testFailed : EXIT.ok;
}

function located(
  at: (path: readonly (string | number)[], severity: 'error', message: string) => Diagnostic,
  name: string,
  f: Failure,
): Diagnostic {
  return at(f.path, 'error', msg('cli.test.case', { name, message: f.message }));
}

const scenarioArgs = (targets: string[]) => expand(targets, (n) => /\.ya?ml$/.test(n) && !isTestFile(n), 'scenario');

async function walkCommand(targets: string[], o: TestOptions, io: Io): Promise<number> {
  const args = scenarioArgs(targets);
  let failing = false;
  for (const arg of args) {
    const loaded = loadArg(arg, o, io);
    if (!loaded.scenario || !loaded.locate) throw problemsError(loaded);
    // The plans of the run's language: in Spanish, the Spanish plans (ids stay the same).
    const scenario = await spoken(loaded.scenario, loaded.file, o);
    const r = walkCheck(scenario, { crisis: crisisFor(null) });
    const complete = r.taken === r.total && !r.cut;
    const warnings = r.unreachable;
    // With --strict a warning fails the walk, so the verdict says FAIL too.
    const fails = r.problems.length > 0 || !complete || (o.strict === true && warnings.length > 0);
    const result = msg('cli.test.walkResult', {
      verdict: fails ? 'FAIL' : 'PASS',
      id: loaded.scenario.id,
      file: loaded.file,
      sessions: msg('cli.count.sessions', { count: r.sessions }),
      taken: r.taken,
      pairs: msg('cli.count.pairs', { count: r.total }),
      reached: r.endingsReached,
      endings: msg('cli.count.endings', { count: r.endingsTotal }),
      problems: msg('common.problems', { count: r.problems.length }),
      unreached: msg('cli.count.points', { count: r.unreachable.length }),
    });
    io.stdout.write(`${result}\n`);
    const c = r.safety;
    const safety = msg('cli.test.walkSafety', {
      stances: stanceCounts(c),
      forbidden: c.forbidden,
      risk: c.risk,
      first: c.riskCrisisFirst,
      substances: c.substances,
      warned: c.substancesWithWarning,
      summaryMax: c.summaryMaxWords,
      summaryOver: c.summaryOver,
      summaryCap: summaryCap(),
      mainMax: c.mainMaxPoints,
      mainOver: c.mainOver,
    });
    io.stdout.write(`${safety}\n`);
    if (!complete) io.stdout.write(`${msg(r.cut ? 'cli.test.walkCut' : 'cli.test.walkLoop')}\n`);
    for (const p of r.problems) printDiagnostic(io, loaded.locate(p.path, 'error', p.message), p.details);
    for (const p of warnings)
      printDiagnostic(io, loaded.locate(p.path, o.strict ? 'error' : 'warning', p.message), p.details);
    if (fails) failing = true;
  }
  return failing ? EXIT.testFailed : EXIT.ok;
}
