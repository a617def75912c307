// The scenarios `run`, the interactive coach and `list` use. A built-in one comes precompiled when
// the package was built, so it needs neither the YAML parser nor the checks; anything else is read
// and checked with the YAML room (rooms.ts), loaded only then.
import { catalogue, resolveScenario, type CatalogueEntry } from '../scenario/catalogue.js';
import { compiledBuiltin } from '../scenario/compiled.js';
import type { Scenario } from '../engine/model.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { loadOptions, userDirs, warnings } from './options.js';
import { spoken } from './scenario-words.js';
import { yamlRoom } from './rooms.js';

/** The scenario, or a TalkcoachError listing its problems. */
export async function openForRun(arg: string, o: CommonOptions, io: Io): Promise<Scenario> {
  const file = resolveScenario(arg, userDirs(o, io), warnings(io));
  const ready = compiledBuiltin(file);
  if (ready) return spoken(ready, file, o);
  const { loadResolved, problemsError } = await yamlRoom();
  const loaded = loadResolved(file, o);
  if (!loaded.scenario) throw problemsError(loaded);
  return spoken(loaded.scenario, file, o);
}

/** `run -`: the scenario's YAML on standard input (its size capped as a file's is). */
export async function openFromStdin(
  lines: AsyncIterable<string> | Iterable<string>,
  o: CommonOptions,
): Promise<Scenario> {
  const { loadScenarioText, openOptions, problemsError } = await yamlRoom();
  const options = openOptions(o);
  const parts: string[] = [];
  let size = 0;
  for await (const line of lines) {
    size += Buffer.byteLength(line) + 1;
    if (size > options.maxBytes) throw new TalkcoachError('scenario', msg('cli.run.stdinTooBig'));
    parts.push(line);
  }
  const loaded = loadScenarioText(STDIN_NAME, parts.join('\n'), options);
  if (!loaded.scenario) throw problemsError(loaded);
  return spoken(loaded.scenario);
}

const STDIN_NAME = 'standard input';

/** Every scenario in the catalogue, loaded; `scenario` is missing when the file has problems. */
export async function loadCatalogue(
  o: CommonOptions,
  io: Io,
): Promise<(CatalogueEntry & { scenario: Scenario | undefined })[]> {
  const warn = warnings(io);
  const entries = catalogue(userDirs(o, io), warn);
  const ready = entries.map((e) => (e.builtin ? compiledBuiltin(e.file) : undefined));
  const loader = ready.includes(undefined) ? await yamlRoom() : undefined;
  // A user file that cannot be read is told, by name, and listed as having problems.
  const loadQuietly = (file: string): Scenario | undefined => {
    try {
      return loader!.loadScenarioFile(file, loadOptions(o)).scenario;
    } catch (e) {
      if (!(e instanceof TalkcoachError)) throw e;
      warn(msg('folders.fileSkipped', { file, why: e.message }));
      return undefined;
    }
  };
  const loaded = await Promise.all(
    entries.map(async (e, i) => {
      const s = ready[i] ?? loadQuietly(e.file);
      return { ...e, scenario: s && (await spoken(s, e.file, o)) };
    }),
  );
  // Built-in first; within each, by the scenario's own `order`, then by id (the sort is stable).
  const rank = (e: (typeof loaded)[number]) =>
    [e.builtin ? 0 : 1, e.scenario?.order ?? Number.MAX_SAFE_INTEGER] as const;
  return loaded.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
}

/** The situations: `list` and the picker leave out check-ins, which `talkcoach checkin` runs. */
export const situations = <E extends { scenario: Scenario | undefined }>(all: E[]): E[] =>
  all.filter((e) => e.scenario?.kind !== 'checkin');
