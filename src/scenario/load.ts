// Reading scenario files from disk: size cap, parsing, linking shared modules, graph checks.
import { closeSync, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { diagnostic, hasErrors, type Diagnostic } from './diagnostics.js';
import { ModuleSchema, ScenarioSchema, type Module, type Scenario } from './format.js';
import { link } from './link.js';
import { lint } from './lint.js';
import { nearest, parseYaml, type SourceFile } from './parse.js';

export const DEFAULT_MAX_BYTES = 1024 * 1024;

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
  diagnostics: Diagnostic[];
}

/** Reads a file as UTF-8 text, refusing folders and files over the cap with a one-line message. */
export function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw fileError(file, e);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new TalkcoachError('file', `${file} is a folder, not a file`);
    if (st.size > maxBytes) {
      throw new TalkcoachError('scenario', `${file} is ${formatBytes(st.size)}, over the ${formatBytes(maxBytes)} limit for scenario files (--max-bytes raises it)`);
    }
    return readFileSync(fd, 'utf8');
  } catch (e) {
    throw e instanceof TalkcoachError ? e : fileError(file, e);
  } finally {
    closeSync(fd);
  }
}

export function fileError(file: string, e: unknown): TalkcoachError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code ? code : 'unreadable';
  if (code === 'EISDIR') return new TalkcoachError('file', `${file} is a folder, not a file`);
  return new TalkcoachError('file', `cannot read ${file}: ${why}`);
}

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} bytes`);

export function loadScenarioFile(file: string, options: LoadOptions): Loaded {
  return loadScenarioText(file, readTextFile(file, options.maxBytes), options);
}

export function loadScenarioText(file: string, text: string, options: LoadOptions): Loaded {
  const parsed = parseYaml(file, text, ScenarioSchema);
  if (!parsed.value) return { file, scenario: undefined, diagnostics: parsed.diagnostics };
  const scenario = parsed.value;

  const sources: SourceFile[] = [parsed.source];
  const modules: Module[] = [];
  const diagnostics: Diagnostic[] = [];
  (scenario.uses ?? []).forEach((name, i) => {
    const found = findModule(name, dirname(file), options);
    if (!found) {
      const at = parsed.source.positions.get(`uses/${i}`)?.[0];
      diagnostics.push(diagnostic(file, parsed.source.index, at, 'error', `shared module "${name}" not found (looked for shared/${name}.yaml beside the scenario and among the built-in modules)`));
      return;
    }
    const m = parseYaml(found, readTextFile(found, options.maxBytes), ModuleSchema, 'module');
    diagnostics.push(...m.diagnostics);
    if (!m.value) return;
    if (m.value.module !== name) {
      const at = m.source.positions.get('module')?.[0];
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
    return diagnostic(src.file, src.index, nearest(src.positions, path), severity, message);
  };
  for (const p of linked.problems) diagnostics.push(locate(p.fileIndex, p.path, 'error', p.message));
  for (const p of lint(linked.scenario)) {
    const owner = p.path[0] === 'nodes' || p.path[0] === 'points' ? (linked.origin.get(`${p.path[0]}/${p.path[1]}`) ?? 0) : 0;
    diagnostics.push(locate(owner, p.path, p.severity, p.message));
  }
  diagnostics.sort((a, b) => (a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1));
  return { file, scenario: hasErrors(diagnostics) ? undefined : linked.scenario, diagnostics };
}

/** A shared module on its own (for `talkcoach crisis`, which shows the crisis steps without a scenario). */
export function loadModuleFile(file: string): { module: Module | undefined; diagnostics: Diagnostic[] } {
  const m = parseYaml(file, readTextFile(file), ModuleSchema, 'module');
  return { module: m.value, diagnostics: m.diagnostics };
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

export const scenarioIdFromFile = (file: string): string => basename(file).replace(/\.ya?ml$/, '');
