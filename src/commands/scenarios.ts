// Loading a scenario for a command: problems become one typed error listing every one of them.
import { resolveScenario } from '../scenario/catalogue.js';
import type { Loaded } from '../scenario/load.js';
import { loadResolved } from '../scenario/open.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { userDirs, warnings } from './options.js';

export { problemsError } from '../scenario/open.js';

/** A scenario id or file, loaded and checked (problems are in the result, not thrown). */
export function loadArg(arg: string, o: CommonOptions, io: Io): Loaded {
  return loadResolved(resolveScenario(arg, userDirs(o, io), warnings(io)), o);
}
