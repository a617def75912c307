// Reading scenario files from disk: size cap, parsing, linking shared modules, graph checks.
import { dirname, join } from 'node:path';
import { didYouMean, msg } from '../messages/index.js';
import { fs } from '../io/fs.js';
import { hasErrors, type Diagnostic, type Severity } from './diagnostics.js';
import type { Module, Scenario } from '../engine/model.js';
import { ModuleSchema, ScenarioSchema } from './format.js';
import { link } from './link.js';
import { lint } from './lint.js';
import { readTextFile } from '../io/read.js';
import { scenarioIdFromFile } from './files.js';
import { checkTree, located, nearest, parseYaml, readYaml, type ReadYaml, type SourceFile } from './parse.js';
import { outsideError } from './inside.js';
import { closest } from './suggest.js';

const { readdirSync, statSync } = fs;

export interface LoadOptions {
  /** Folders searched, after the scenario's own shared/ folder, for modules named in `uses:`. */
  sharedDirs: readonly string[];
  /** Refuse files larger than this before parsing them. */
  maxBytes?: number;
}

export interface Loaded {
  file: string;
  /** Present when there are no errors (warnings allowed). */
  scenario: Scenario | undefined;
  /** The linked scenario even when the graph checks found errors (for drawing it); absent when the
   * files themselves have problems. */
  linked?: Scenario;
  /** Places a message at a path of the linked scenario ("nodes/x/add"), in whichever file wrote it. */
  locate?: (path: (string | number)[], severity: Severity, message: string) => Diagnostic;
  diagnostics: Diagnostic[];
}

export function loadScenarioFile(file: string, options: LoadOptions): Loaded {
  return loadScenarioText(file, readTextFile(file, options.maxBytes), options);
}

export function loadScenarioText(file: string, text: string, options: LoadOptions): Loaded {
  return loadScenarioTree(readYaml(file, text, 'scenario'), options);
}

/** Everything after the YAML parser: the schema walk, shared modules, linking and graph checks. */
export function loadScenarioTree(read: ReadYaml, options: LoadOptions): Loaded {
  const file = read.source.file;
  const parsed = checkTree(read, ScenarioSchema);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const scenario = parsed.partial;
  if (!scenario) return { file, scenario: undefined, diagnostics };

  const sources: SourceFile[] = [parsed.source];
  const modules: Module[] = [];
  const broken = { nodes: new Set<string>(), points: new Set<string>() };
  const noteBroken = (paths: Set<string>) => {
    for (const p of paths) {
      const [kind, id] = p.split('/');
      if (id !== undefined && (kind === 'nodes' || kind === 'points')) broken[kind].add(id);
    }
  };
  noteBroken(parsed.broken);
  let modulesMissing = false;
  (scenario.uses ?? []).forEach((name, i) => {
    const found = findModule(name, dirname(file), options);
    if (!found) {
      const others = availableModules(dirname(file), options);
      const hint = closest(name, others);
      diagnostics.push(
        located(
          file,
          parsed.source,
          parsed.source.positions.get(`uses/${i}`),
          'error',
          msg(others.length ? 'scenario.moduleNotFoundAmong' : 'scenario.moduleNotFound', {
            name,
            hint: didYouMean(hint),
            others: others.join(', '),
          }),
        ),
      );
      modulesMissing = true;
      return;
    }
    const outside = outsideError(found.file, found.root);
    if (outside) {
      const at = parsed.source.positions.get(`uses/${i}`);
      diagnostics.push(located(file, parsed.source, at, 'error', outside.message));
      modulesMissing = true;
      return;
    }
    const m = parseYaml(found.file, readTextFile(found.file, options.maxBytes), ModuleSchema, 'module');
    diagnostics.push(...m.diagnostics);
    if (!m.partial) {
      modulesMissing = true;
      return;
    }
    if (m.partial.module !== name) {
      diagnostics.push(
        located(
          found.file,
          m.source,
          m.source.positions.get('module'),
          'error',
          msg('scenario.moduleNameDiffers', { name, says: m.partial.module }),
        ),
      );
      modulesMissing = true;
      return;
    }
    noteBroken(m.broken);
    modules.push(m.partial);
    sources.push(m.source);
  });
  // Without every module the graph is unknown: checking it would only echo the missing module.
  if (modulesMissing) return { file, scenario: undefined, diagnostics: sorted(diagnostics) };

  const fileProblems = diagnostics.length;
  const linked = link(scenario, modules);
  const locateIn = (fileIndex: number, path: (string | number)[], severity: Severity, message: string) => {
    const src = sources[fileIndex]!;
    return located(src.file, src, nearest(src.positions, path), severity, message);
  };
  const locate = (path: (string | number)[], severity: Severity, message: string) => {
    const owner = path[0] === 'nodes' || path[0] === 'points' ? (linked.origin.get(`${path[0]}/${path[1]}`) ?? 0) : 0;
    return locateIn(owner, path, severity, message);
  };
  for (const p of linked.problems) diagnostics.push(locateIn(p.fileIndex, p.path, 'error', p.message));
  const ownFile = (id: string, kind: 'nodes' | 'points' = 'nodes') => (linked.origin.get(`${kind}/${id}`) ?? 0) === 0;
  const providedBy = (id: string) => moduleWithNode(id, scenario.uses ?? [], dirname(file), options);
  const idFromFile = scenarioIdFromFile(file);
  if (scenario.id !== idFromFile)
    diagnostics.push(
      located(
        file,
        parsed.source,
        parsed.source.positions.get('id'),
        'warning',
        msg('scenario.lint.idNotFileName', { id: scenario.id, file: idFromFile }),
      ),
    );
  for (const p of lint(linked.scenario, broken, ownFile, providedBy))
    diagnostics.push(locate(p.path, p.severity, p.message));
  const ok = !hasErrors(diagnostics);
  return {
    file,
    scenario: ok ? linked.scenario : undefined,
    linked: fileProblems === 0 ? linked.scenario : undefined,
    locate,
    diagnostics: sorted(diagnostics),
  };
}

function sorted(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => (a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1));
}

/** A file is a shared module when it has a top-level `module:` key. */
export const isModuleText = (text: string): boolean => /^module[ \t]*:/m.test(text);

/** A shared module on its own: the schema, and that its name matches its file name. */
export function loadModuleText(file: string, text: string): Diagnostic[] {
  const m = parseYaml(file, text, ModuleSchema, 'module');
  const diagnostics = [...m.diagnostics];
  const name = scenarioIdFromFile(file);
  if (m.partial && m.partial.module !== name) {
    diagnostics.push(
      located(
        file,
        m.source,
        m.source.positions.get('module'),
        'error',
        msg('scenario.moduleFileDiffers', { module: m.partial.module, name }),
      ),
    );
  }
  return sorted(diagnostics);
}

/** A shared module on its own (for `talkcoach crisis`, which shows the crisis steps without a scenario). */
export function loadModuleFile(file: string): { module: Module | undefined; diagnostics: Diagnostic[] } {
  const m = parseYaml(file, readTextFile(file), ModuleSchema, 'module');
  return { module: m.value, diagnostics: m.diagnostics };
}

const moduleCache = new Map<string, string | undefined>();

/** A module's file and the folder it must stay inside once links are followed: the scenario's own
 * folder for its shared/ modules, or the shared folder itself. */
interface FoundModule {
  file: string;
  root: string;
}

function findModule(name: string, scenarioDir: string, options: LoadOptions): FoundModule | undefined {
  const candidates = [
    { file: join(scenarioDir, 'shared', `${name}.yaml`), root: scenarioDir },
    ...options.sharedDirs.map((d) => ({ file: join(d, `${name}.yaml`), root: d })),
  ];
  for (const c of candidates) {
    if (!moduleCache.has(c.file)) moduleCache.set(c.file, exists(c.file) ? c.file : undefined);
    if (moduleCache.get(c.file)) return c;
  }
  return undefined;
}

/** Names of the modules a scenario in `scenarioDir` could use, for "did you mean". */
function availableModules(scenarioDir: string, options: LoadOptions): string[] {
  const names = new Set<string>();
  for (const dir of [join(scenarioDir, 'shared'), ...options.sharedDirs]) {
    try {
      for (const n of readdirSync(dir)) if (/\.yaml$/.test(n)) names.add(n.replace(/\.yaml$/, ''));
    } catch {
      // A folder that is not there has no modules.
    }
  }
  return [...names].sort();
}

/** The first available module, not already used, that defines node `id`: read only when a node is missing. */
function moduleWithNode(
  id: string,
  uses: readonly string[],
  scenarioDir: string,
  options: LoadOptions,
): string | undefined {
  for (const name of availableModules(scenarioDir, options)) {
    if (uses.includes(name)) continue;
    const found = findModule(name, scenarioDir, options);
    if (!found || outsideError(found.file, found.root)) continue;
    const m = parseYaml(found.file, readTextFile(found.file, options.maxBytes), ModuleSchema, 'module');
    if (m.partial?.nodes && Object.hasOwn(m.partial.nodes, id)) return name;
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
