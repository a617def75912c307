// Loading a scenario for a command: problems become one typed error listing every one of them.
import type { Scenario } from '../engine/model.js';
import { resolveScenario } from '../scenario/catalogue.js';
import type { Loaded } from '../scenario/load.js';
import { loadResolved, openOptions, problemsError } from '../scenario/open.js';
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import type { CommonOptions, Io } from './context.js';
import { userDirs, warnings } from './options.js';

export { loadResolved, problemsError } from '../scenario/open.js';

/** A scenario id or file, loaded and checked (problems are in the result, not thrown). */
export function loadArg(arg: string, o: CommonOptions, io: Io): Loaded {
  return loadResolved(resolveScenario(arg, userDirs(o, io), warnings(io)), o);
}

export function loadForRun(arg: string, o: CommonOptions, io: Io): Scenario {
  const loaded = loadArg(arg, o, io);
  if (!loaded.scenario) throw problemsError(loaded);
  return loaded.scenario;
}

/** `run -`: the scenario's YAML on standard input (its size capped as a file's is). */
export async function loadFromStdin(
  lines: AsyncIterable<string> | Iterable<string>,
  o: CommonOptions,
): Promise<Scenario> {
  const { loadScenarioText } = await import('../scenario/load.js');
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
  return loaded.scenario;
}

export const STDIN_NAME = 'standard input';
