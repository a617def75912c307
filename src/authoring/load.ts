// Reading a test file: its schema, the scenario it names, and that every id it mentions exists.
import { basename, dirname, join, resolve } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { fs } from '../io/fs.js';
import { didYouMean, msg } from '../messages/index.js';
import { resolveScenario } from '../scenario/catalogue.js';
import type { Diagnostic, Severity } from '../scenario/diagnostics.js';
import { isEnd } from '../engine/graph.js';
import type { Scenario } from '../engine/model.js';
import { loadScenarioFile, type LoadOptions } from '../scenario/load.js';
import { readTextFile } from '../io/read.js';
import { located, nearest, parseYaml } from '../scenario/parse.js';
import { outsideError } from '../scenario/inside.js';
import { closest } from '../scenario/suggest.js';
import { KNOWN_REGIONS, normaliseRegion } from '../safety/crisis.js';
import { TestFileSchema, type TestFile } from './format.js';

export interface TestLoadOptions extends LoadOptions {
  /** Folders of user scenarios, for `scenario: <id>`. */
  userDirs: readonly string[];
}

export interface LoadedTest {
  file: string;
  test: TestFile | undefined;
  /** The scenario under test, when it loads without errors. */
  scenario: Scenario | undefined;
  scenarioFile: string | undefined;
  diagnostics: Diagnostic[];
  /** Places a message at a path of the test file. */
  at: (path: readonly (string | number)[], severity: Severity, message: string) => Diagnostic;
}

export const isTestFile = (file: string): boolean => /\.test\.ya?ml$/.test(file);

/** Where `scenario:` points: an id from the catalogue, a path relative to the test file, or by default
 * <name>.yaml beside it. A path must stay inside the test file's folder once links are followed: a
 * test file from a pull request must not make `talkcoach test` in CI read and quote /etc/shadow. */
function scenarioFileFor(file: string, written: string | undefined, userDirs: readonly string[]): string {
  const folder = dirname(file);
  const inside = (path: string) => {
    const outside = outsideError(path, folder);
    if (outside) throw outside;
    return path;
  };
  if (written === undefined) {
    const beside = join(folder, basename(file).replace(/\.test\.ya?ml$/, '.yaml'));
    if (!fs.existsSync(beside))
      throw new TalkcoachError('file', msg('authoring.load.noScenario', { file: basename(beside) }));
    return inside(beside);
  }
  const isPath = /[\\/]/.test(written) || /\.ya?ml$/.test(written);
  if (!isPath) return resolveScenario(written, userDirs);
  return resolveScenario(inside(resolve(folder, written)), userDirs);
}

export function loadTestFile(file: string, options: TestLoadOptions): LoadedTest {
  const linkOut = outsideError(file, dirname(file));
  if (linkOut) return unread(file, linkOut.message);
  const parsed = parseYaml(file, readTextFile(file, options.maxBytes), TestFileSchema, 'test file');
  const at = (path: readonly (string | number)[], severity: Severity, message: string) =>
    located(file, parsed.source, nearest(parsed.source.positions, path), severity, message);
  const result: LoadedTest = {
    file,
    test: parsed.value,
    scenario: undefined,
    scenarioFile: undefined,
    diagnostics: [...parsed.diagnostics],
    at,
  };
  const test = parsed.value;
  if (!test) return result;

  try {
    result.scenarioFile = scenarioFileFor(file, test.scenario, options.userDirs);
  } catch (e) {
    if (!(e instanceof TalkcoachError)) throw e;
    result.diagnostics.push(
      at(['scenario'], 'error', e.message.replace(/^cannot read [^:]+: /, msg('authoring.load.cannotRead'))),
    );
    return result;
  }
  const loaded = loadScenarioFile(result.scenarioFile, options);
  if (!loaded.scenario) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
    result.diagnostics.push(
      at(['scenario'], 'error', msg('testing.scenarioProblems', { file: result.scenarioFile, count: errors.length })),
      ...errors,
    );
    return result;
  }
  result.scenario = loaded.scenario;
  result.diagnostics.push(...checkIds(test, loaded.scenario, at));
  return result;
}

/** A test file that was not read: one problem, placed at its start, quoting nothing. */
function unread(file: string, message: string): LoadedTest {
  const at = (_path: readonly (string | number)[], severity: Severity, text: string): Diagnostic => ({
    file,
    line: 1,
    col: 1,
    severity,
    message: text,
  });
  return {
    file,
    test: undefined,
    scenario: undefined,
    scenarioFile: undefined,
    diagnostics: [at([], 'error', message)],
    at,
  };
}

/** Every point and ending a test names must exist, so a renamed id fails loudly rather than passing quietly. */
function checkIds(test: TestFile, scenario: Scenario, at: LoadedTest['at']): Diagnostic[] {
  const out: Diagnostic[] = [];
  const pointIds = Object.keys(scenario.points ?? {});
  const endings = Object.entries(scenario.nodes)
    .filter(([, n]) => isEnd(n))
    .map(([id]) => id);
  const hint = (id: string, among: string[]) => {
    return didYouMean(closest(id, among));
  };
  const region = (written: string | undefined, path: (string | number)[]) => {
    if (written !== undefined && !normaliseRegion(written)) {
      out.push(
        at(
          path,
          'error',
          msg('authoring.load.unknownRegion', {
            hint: hint(written.toUpperCase(), [...KNOWN_REGIONS]),
            known: KNOWN_REGIONS.join(', '),
          }),
        ),
      );
    }
  };
  region(test.region, ['region']);
  const names = new Map<string, number>();
  test.cases.forEach((c, i) => {
    const first = names.get(c.name.toLowerCase());
    if (first !== undefined)
      out.push(at(['cases', i, 'name'], 'error', msg('authoring.load.sameName', { first: first + 1 })));
    else names.set(c.name.toLowerCase(), i);
    region(c.region, ['cases', i, 'region']);
    const e = c.expect;
    if (!e) return;
    if (e.ending !== undefined && !endings.includes(e.ending)) {
      const what = Object.hasOwn(scenario.nodes, e.ending)
        ? msg('authoring.load.notAnEnding', { ending: e.ending, kind: scenario.nodes[e.ending]!.kind })
        : msg('authoring.load.noEnding', { ending: e.ending });
      out.push(
        at(
          ['cases', i, 'expect', 'ending'],
          'error',
          msg('authoring.load.endings', { what, hint: hint(e.ending, endings), endings: endings.join(', ') }),
        ),
      );
    }
    for (const key of ['points', 'not-points'] as const) {
      (e[key] ?? []).forEach((id, j) => {
        if (!pointIds.includes(id))
          out.push(
            at(
              ['cases', i, 'expect', key, j],
              'error',
              msg('authoring.load.noPoint', { id, hint: hint(id, pointIds) }),
            ),
          );
      });
    }
    (e.points ?? []).forEach((id) => {
      const j = (e['not-points'] ?? []).indexOf(id);
      if (j >= 0)
        out.push(at(['cases', i, 'expect', 'not-points', j], 'error', msg('authoring.load.bothPoints', { id })));
    });
  });
  return out;
}
