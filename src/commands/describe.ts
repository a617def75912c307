// talkcoach describe <module|scenario> [--json]: the question ids, answer ids, facts and talking
// points a shared module or a scenario offers, and the nodes a module expects a scenario to define.
import { join } from 'node:path';
import { EXIT, TalkcoachError } from '../errors.js';
import { fs } from '../io/fs.js';
import { msg } from '../messages/index.js';
import { contractText } from '../render/contract.js';
import { BUILTIN_SHARED_DIR } from '../scenario/catalogue.js';
import { contractOf, type Contract } from '../scenario/contract.js';
import { isModuleText, loadModuleFile } from '../scenario/load.js';
import { readTextFile } from '../io/read.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { userDirs } from './options.js';
import { loadArg, problemsError } from './scenarios.js';

const isFile = (path: string) => {
  try {
    return fs.statSync(path).isFile();
  } catch {
    return false;
  }
};

function moduleContract(file: string): Contract {
  const m = loadModuleFile(file);
  if (!m.module) throw problemsError({ file, scenario: undefined, diagnostics: m.diagnostics });
  return contractOf(m.module);
}

/** A module file, a module name (the user's shared folders first, then the built-in ones), or a scenario. */
export function contractFor(arg: string, o: CommonOptions, io: Io): Contract {
  const path = /[\\/]|\.ya?ml$/.test(arg);
  if (path && isFile(arg) && isModuleText(readTextFile(arg, o.maxBytes))) return moduleContract(arg);
  if (!path) {
    const dirs = [...userDirs(o, io).map((d) => join(d, 'shared')), BUILTIN_SHARED_DIR];
    const found = dirs.map((d) => join(d, `${arg}.yaml`)).find(isFile);
    if (found) return moduleContract(found);
  }
  let loaded;
  try {
    loaded = loadArg(arg, o, io);
  } catch (e) {
    if (e instanceof TalkcoachError && !path) throw new TalkcoachError('usage', msg('describe.notFound', { arg }));
    throw e;
  }
  const scenario = loaded.scenario ?? loaded.linked;
  if (!scenario) throw problemsError(loaded);
  return contractOf(scenario);
}

export function describeCommand(arg: string, o: CommonOptions & { json?: boolean }, io: Io): number {
  const c = contractFor(arg, o, io);
  io.stdout.write(o.json ? `${JSON.stringify(c, null, 2)}\n` : contractText(c));
  return EXIT.ok;
}
