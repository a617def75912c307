// Built-in scenarios and the practice files compiled at build time (scripts/build.mjs) into checked
// JSON files beside the bundle (dist/compiled/<file>.json, one a scenario, one for practice), so
// running one needs neither the YAML parser nor the checks. Each records a hash of the content of
// every file it was built from: an edit, even one that keeps the length, makes the compiled copy
// stale, and the YAML is read as usual. Running from source there are none.
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Checker, PracticeContent, ScorerModel } from '../engine/practice/model.js';
import type { PlanPoint } from '../engine/types.js';
import type { Scenario } from '../engine/model.js';
import { fs } from '../io/fs.js';
import { BUILTIN_DIR } from '../paths.js';

const { readFileSync } = fs;

export const COMPILED_DIR = fileURLToPath(new URL('./compiled/', import.meta.url));
export const CRISIS_STEPS_FILE = 'crisis-steps';
export const PRACTICE_FILE = 'practice';

/** Each source file (relative to the built-in folder, with / between parts) and its content hash. */
export type Sources = Record<string, string>;

/** A node or point id with its value, or the id alone when the value is the one in the shared parts. */
type Entry<T> = [id: string, value?: T];

interface CompiledScenario {
  sources: Sources;
  /** The linked scenario, its nodes and points as entries in their order. */
  scenario: Omit<Scenario, 'nodes' | 'points'> & {
    nodes: Entry<Scenario['nodes'][string]>[];
    points: Entry<NonNullable<Scenario['points']>[string]>[];
  };
}

/** The nodes and points several built-in scenarios share (from the shared modules), written once for
 * all of them: each scenario's file held its own copy, 4-5 times over, about 35 KB of the package. */
export interface SharedParts {
  nodes: Scenario['nodes'];
  points: NonNullable<Scenario['points']>;
}
export const SHARED_PARTS_FILE = 'shared-parts';

/** A linked scenario as the build writes it: what the shared parts hold (the same JSON) by id alone. */
export function withoutShared(scenario: Scenario, parts: SharedParts): CompiledScenario['scenario'] {
  const entries = <T>(from: Record<string, T>, shared: Record<string, T>): Entry<T>[] =>
    Object.entries(from).map(([id, v]) =>
      Object.hasOwn(shared, id) && JSON.stringify(shared[id]) === JSON.stringify(v) ? [id] : [id, v],
    );
  return {
    ...scenario,
    nodes: entries(scenario.nodes, parts.nodes),
    points: entries(scenario.points ?? {}, parts.points),
  };
}

/** The linked scenario again, from its compiled entry and the shared parts; undefined if a part is missing. */
export function withShared(entry: CompiledScenario['scenario'], parts: SharedParts | undefined): Scenario | undefined {
  const record = <T>(list: Entry<T>[], shared: Record<string, T> | undefined): Record<string, T> | undefined => {
    const out: Record<string, T> = Object.create(null);
    for (const [id, v] of list) {
      const value = v ?? (shared && Object.hasOwn(shared, id) ? shared[id] : undefined);
      if (value === undefined) return undefined;
      out[id] = value;
    }
    return out;
  };
  const nodes = record(entry.nodes, parts?.nodes);
  const points = record(entry.points, parts?.points);
  return nodes && points ? { ...entry, nodes, points } : undefined;
}

/** The crisis steps of shared/crisis.yaml and crisis-self.yaml (see src/scenario/crisis-steps.ts), compiled. */
interface CompiledSteps {
  sources: Sources;
  steps: PlanPoint[];
  selfSteps?: PlanPoint[];
}

/** The built-in practice files (practice/lines.yaml, practice/checker.yaml), checked together, with
 * the reason ids of shared/reasons.yaml that they were checked against. The trained scorer is not
 * copied: scorer.json is JSON already, checked by the build and recorded in `sources`, and is read
 * from its own file (the package stays smaller). */
interface CompiledPractice {
  sources: Sources;
  content: PracticeContent;
  /** With the pattern index computed at build time. */
  rules: Omit<Checker, 'scorer'>;
  reasonIds: string[];
  /** The scorer's file, relative to the built-in folder, when the rules have one. */
  scorer?: string;
}

/**
 * A 53-bit hash of a file's bytes (cyrb53: two multiply-xor lanes), with its length. Not node:crypto's
 * sha256: loading node:crypto cost 0.09-0.15x of a piped run's start-up (measured, see
 * CONTRIBUTING.md), for a check against accidental edits, not against an attacker who can already
 * write the package's files. Four bytes a step: the coach's first question hashes every built-in
 * scenario's sources (95 KB): read and hashed a character at a time, 4.4-5.6 ms in a fresh process;
 * four bytes at a time, 1.9-2.1 ms (0.04x of `node -e 0`). Words are read in the machine's byte
 * order: on a big-endian machine, a package built on a little-endian one finds its compiled copies
 * stale and reads the YAML, slower but the same.
 */
export function contentHash(bytes: Uint8Array): string {
  const whole = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Int32Array(whole.buffer, whole.byteOffset, whole.length >> 2);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  for (let i = words.length * 4; i < whole.length; i++) {
    const c = whole[i]!;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${bytes.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** The sources record for files of the built-in folder, as the build writes it. */
export function sourcesOf(files: readonly string[]): Sources {
  return Object.fromEntries(
    files.map((f) => [relative(BUILTIN_DIR, resolve(f)).split(sep).join('/'), contentHash(readFileSync(f))]),
  );
}

/** A compiled file, or undefined when there is none (running from source). */
function compiled<T>(name: string): T | undefined {
  try {
    return JSON.parse(readFileSync(compiledFile(name), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

const compiledFile = (name: string) => join(COMPILED_DIR, `${name}.json`);

// The shared files come in nearly every scenario: each is hashed once while it stays the same file
// (its size and time of change), not once a scenario (the coach's picker hashed 200 KB for 60 KB).
const hashes = new Map<string, string | undefined>();

const statOf = (file: string): { size: number; mtimeMs: number } | undefined => {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
};

const hashOf = (file: string, { size, mtimeMs }: { size: number; mtimeMs: number }): string | undefined => {
  const key = `${file}\0${size}\0${mtimeMs}`;
  try {
    if (!hashes.has(key)) hashes.set(key, contentHash(readFileSync(file)));
  } catch {
    return undefined;
  }
  return hashes.get(key);
};

/** Whether a compiled file still says what its sources say. As make decides: a source changed no
 * later than the compiled file is taken as it was compiled (a stat, not a read: the sources of a
 * piped run are 80 KB, 0.06x of its start-up to read and hash); a later one is hashed, so a file
 * touched but not changed (a git checkout) still counts as fresh. In a package from npm every file
 * has the same time, so nothing is read. */
const fresh = (sources: Sources, name: string) => {
  const built = statOf(compiledFile(name))?.mtimeMs ?? -Infinity;
  return Object.entries(sources).every(([source, hash]) => {
    const file = join(BUILTIN_DIR, source);
    const stat = statOf(file);
    return stat !== undefined && (stat.mtimeMs <= built || hashOf(file, stat) === hash);
  });
};

let sharedParts: SharedParts | undefined;

/** A built-in scenario's name in the built-in folder (they sit directly in it); undefined for any other file. */
const builtinName = (file: string): string | undefined => {
  const rel = relative(BUILTIN_DIR, resolve(file)).split(sep).join('/');
  return /^[a-z0-9][a-z0-9-]*\.ya?ml$/.test(rel) ? rel : undefined;
};

/** Whether a file is a built-in scenario. */
export const isBuiltinScenario = (file: string): boolean => builtinName(file) !== undefined;

/** The compiled form of a built-in scenario file, unless there is none or its files changed since. */
export function compiledBuiltin(file: string): Scenario | undefined {
  // Anything but a built-in scenario has no compiled form.
  const rel = builtinName(file);
  if (rel === undefined) return undefined;
  const entry = compiled<CompiledScenario>(rel);
  if (!entry || !fresh(entry.sources, rel)) return undefined;
  return withShared(entry.scenario, (sharedParts ??= compiled<SharedParts>(SHARED_PARTS_FILE)));
}

/** A language's translated strings, by key: for each built-in scenario (by id), the crisis steps
 * and the practice lines. */
export interface Translations {
  scenarios: Record<string, Record<string, string>>;
  steps: Record<string, string>;
  practice: Record<string, string>;
}

/** A language's translations as the build writes them: each module's strings once (by its name in
 * shared/), each scenario's own with the modules it uses, and the practice lines'. */
export interface CompactTranslations {
  modules: Record<string, Record<string, string>>;
  scenarios: Record<string, { uses: string[]; own: Record<string, string> }>;
  practice: Record<string, string>;
}

/** The compact form said out: a scenario's table is its modules' strings and its own; the crisis
 * steps' are the crisis modules'. */
export const expandTranslations = (c: CompactTranslations): Translations => ({
  scenarios: Object.fromEntries(
    Object.entries(c.scenarios).map(([id, s]) => [id, Object.assign({}, ...s.uses.map((u) => c.modules[u]), s.own)]),
  ),
  steps: { ...c.modules.crisis, ...c.modules['crisis-self'] },
  practice: c.practice,
});

/** A language's built-in translations, compiled by the build (translation-check.ts,
 * compileLanguage), unless there are none or a file they came from changed since: the English
 * files, and the translation files where they are. The package ships the compiled strings without
 * scenarios/i18n/ (the files would be a third of its size again), so there only the English can
 * change; in a checkout, an edited translation makes the compiled copy stale too. */
export function compiledTranslations(language: string): Translations | undefined {
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(language)) return undefined;
  const name = `i18n-${language}`;
  const entry = compiled<CompactTranslations & { sources: Sources; translations?: Sources }>(name);
  if (!entry?.modules || !fresh(entry.sources, name)) return undefined;
  const shipped = fs.existsSync(join(BUILTIN_DIR, 'i18n'));
  return !shipped || fresh(entry.translations ?? {}, name) ? expandTranslations(entry) : undefined;
}

/** The crisis steps, compiled, unless there are none or their file changed since. */
export function compiledCrisisSteps(who: 'other' | 'self' = 'other'): PlanPoint[] | undefined {
  const entry = compiled<CompiledSteps>(CRISIS_STEPS_FILE);
  if (!entry || !fresh(entry.sources, CRISIS_STEPS_FILE)) return undefined;
  return who === 'self' ? entry.selfSteps : entry.steps;
}

/** The built-in practice files, compiled, unless there are none or their files changed since. */
export function compiledPractice(): { content: PracticeContent; rules: Checker; reasonIds: string[] } | undefined {
  const entry = compiled<CompiledPractice>(PRACTICE_FILE);
  if (!entry || !fresh(entry.sources, PRACTICE_FILE)) return undefined;
  try {
    const scorer = entry.scorer
      ? (JSON.parse(readFileSync(join(BUILTIN_DIR, entry.scorer), 'utf8')) as ScorerModel)
      : undefined;
    return {
      content: entry.content,
      rules: { ...entry.rules, ...(scorer ? { scorer } : {}) },
      reasonIds: entry.reasonIds,
    };
  } catch {
    return undefined;
  }
}
