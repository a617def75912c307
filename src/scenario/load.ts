// Reading scenario files from disk: size cap, parsing, linking shared modules, graph checks.
import { fs } from '../io/fs.js';
import { dirname, join } from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from './diagnostics.js';
import { ModuleSchema, ScenarioSchema, type Module, type Scenario } from './format.js';
import { link } from './link.js';
import { lint } from './lint.js';
import { checkTree, nearest, parseYaml, readYaml, type ReadYaml, type SourceFile } from './parse.js';
import type { Splitting } from './pieces.js';
import { readTextFile } from './files.js';

const { statSync } = fs;

export { DEFAULT_MAX_BYTES, fileError, readTextFile, scenarioIdFromFile } from './files.js';

export interface LoadOptions {
  /** Folders searched, after the scenario's own shared/ folder, for modules named in `uses:`. */
  sharedDirs: readonly string[];
  /** Refuse files larger than this before parsing them. */
  maxBytes?: number;
  /** When files are parsed in pieces (tests set it to compare both ways). */
  splitting?: Splitting;
}

export interface Loaded {
  file: string;
  /** Present when there are no errors (warnings allowed). */
  scenario: Scenario | undefined;
  diagnostics: Diagnostic[];
}

export function loadScenarioFile(file: string, options: LoadOptions): Loaded {
  return loadScenarioText(file, readTextFile(file, options.maxBytes), options);
}

export function loadScenarioText(file: string, text: string, options: LoadOptions): Loaded {
  return loadScenarioTree(readYaml(file, text, 'scenario', options.splitting), options);
}

/** Everything after the YAML parser: the schema walk, shared modules, linking and graph checks. */
export function loadScenarioTree(read: ReadYaml, options: LoadOptions): Loaded {
  const file = read.source.file;
  const parsed = checkTree(read, ScenarioSchema);
  if (!parsed.value) return { file, scenario: undefined, diagnostics: parsed.diagnostics };
  const scenario = parsed.value;

  const sources: SourceFile[] = [parsed.source];
  const modules: Module[] = [];
  const diagnostics: Diagnostic[] = [];
  (scenario.uses ?? []).forEach((name, i) => {
    const found = findModule(name, dirname(file), options);
    if (!found) {
      const at = parsed.source.position(`uses/${i}`)?.[0];
      diagnostics.push(diagnostic(file, parsed.source.index, at, 'error', `shared module "${name}" not found (looked for shared/${name}.yaml beside the scenario and among the built-in modules)`));
      return;
    }
    const m = parseYaml(found, readTextFile(found, options.maxBytes), ModuleSchema, 'module');
    diagnostics.push(...m.diagnostics);
    if (!m.value) return;
    if (m.value.module !== name) {
      const at = m.source.position('module')?.[0];
      diagnostics.push(diagnostic(found, m.source.index, at, 'error', `this file is named for module "${name}" but says module: ${m.value.module}`));
      return;
    }
    modules.push(m.value);
    sources.push(m.source);
  });
  if (hasErrors(diagnostics)) return { file, scenario: undefined, diagnostics };

  const linked = link(scenario, modules);
  const locate = (fileIndex: number, path: (string | number)[], severity: 'error' | 'warning', message: string) => {
    const src = sources[fileIndex]!;
    return diagnostic(src.file, src.index, nearest(src, path), severity, message);
  };
  for (const p of linked.problems) diagnostics.push(locate(p.fileIndex, p.path, 'error', p.message));
  for (const p of lint(linked.scenario)) {
    const owner = p.path[0] === 'nodes' || p.path[0] === 'points' ? (linked.origin.get(`${p.path[0]}/${p.path[1]}`) ?? 0) : 0;
    diagnostics.push(locate(owner, p.path, p.severity, p.message));
  }
  diagnostics.sort((a, b) => (a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1));
  return { file, scenario: hasErrors(diagnostics) ? undefined : linked.scenario, diagnostics };
}

const moduleCache = new Map<string, string | undefined>();

function findModule(name: string, scenarioDir: string, options: LoadOptions): string | undefined {
  const candidates = [join(scenarioDir, 'shared', `${name}.yaml`), ...options.sharedDirs.map((d) => join(d, `${name}.yaml`))];
  for (const c of candidates) {
    if (!moduleCache.has(c)) moduleCache.set(c, exists(c) ? c : undefined);
    if (moduleCache.get(c)) return c;
  }
  return undefined;
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
