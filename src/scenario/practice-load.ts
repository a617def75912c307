// Reading the practice files: the loved one's lines (lines.yaml) and the checker's signals
// (checker.yaml), each checked by its schema, then both together by the practice walk.
import { dirname, join } from 'node:path';
import type { Checker, PracticeContent, ScorerModel } from '../engine/practice/model.js';
import { packProblem } from '../engine/practice/scorer.js';
import { walkPractice } from '../engine/practice/walk.js';
import { msg, type MessageId } from '../messages/index.js';
import { fs } from '../io/fs.js';
import { BUILTIN_DIR } from '../paths.js';
import { hasErrors, type Diagnostic } from './diagnostics.js';
import { readTextFile } from '../io/read.js';
import { ANY_FILL_IN, fillName } from '../engine/fill.js';
import { outsideError } from './inside.js';
import { loadModuleFile } from './load.js';
import { located, nearest, parseYaml, type Parsed } from './parse.js';
import { CheckerSchema, PracticeSchema } from './practice-format.js';

export const BUILTIN_PRACTICE_DIR = join(BUILTIN_DIR, 'practice');
const SHARED_REASONS = join(BUILTIN_DIR, 'shared', 'reasons.yaml');

/** A file is a practice file when it has a top-level `practice:` key. */
export const isPracticeText = (text: string): boolean => /^practice[ \t]*:/m.test(text);

export interface Practice {
  content: PracticeContent | undefined;
  /** The checker's rules, with its trained scorer when scorer.json is beside them. */
  rules: Checker | undefined;
  diagnostics: Diagnostic[];
}

/** The reason ids a person can pick: the options of the shared `reasons` question. */
export function reasonIds(file = SHARED_REASONS): string[] {
  const node = loadModuleFile(file).module?.nodes?.reasons;
  return node && 'options' in node ? node.options.map((o) => o.id) : [];
}

/** The fill-ins practice lines may use: the commands give the lines only the loved one's name. */
const PRACTICE_FILLS = ['name'];

/** Every {{...}} in the practice lines that is not one of PRACTICE_FILLS, with where it is: it would
 * reach the person as braces. */
function unknownFills(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; written: string }[] {
  if (typeof value === 'string') {
    if (!value.includes('{{')) return [];
    const found = [...value.matchAll(ANY_FILL_IN)].filter((m) => !PRACTICE_FILLS.includes(fillName(m[1]!) ?? ''));
    const unclosed = value.replace(ANY_FILL_IN, '').includes('{{') ? ['{{'] : [];
    return [...found.map((m) => m[0]), ...unclosed].map((written) => ({ path, written }));
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => unknownFills(v, [...path, Array.isArray(value) ? Number(k) : k]));
}

/** Both practice files of a folder, checked alone and together. */
export function loadPractice(dir = BUILTIN_PRACTICE_DIR, maxBytes?: number): Practice {
  const linesFile = join(dir, 'lines.yaml');
  const checkerFile = join(dir, 'checker.yaml');
  for (const file of [linesFile, checkerFile]) {
    const outside = outsideError(file, dir);
    if (outside) throw outside;
  }
  const lines = parseYaml(linesFile, readTextFile(linesFile, maxBytes), PracticeSchema, 'practice file');
  const checker = parseYaml(checkerFile, readTextFile(checkerFile, maxBytes), CheckerSchema, 'practice file');
  const diagnostics = [...lines.diagnostics, ...checker.diagnostics];
  if (lines.value) {
    for (const { path, written } of unknownFills(lines.value))
      diagnostics.push(
        located(
          linesFile,
          lines.source,
          nearest(lines.source.positions, path),
          'error',
          msg('practice.unknownFill', { written, known: PRACTICE_FILLS.join(', ') }),
        ),
      );
  }
  if (lines.value && checker.value) {
    for (const p of walkPractice(lines.value, checker.value, reasonIds())) {
      const inChecker = p.id === 'pattern';
      const on: Parsed<unknown> = inChecker ? checker : lines;
      const file = inChecker ? checkerFile : linesFile;
      const words = msg(`practice.walk.${p.id}` as MessageId, p.params);
      diagnostics.push(
        located(file, on.source, nearest(on.source.positions, p.path), p.warning ? 'warning' : 'error', words),
      );
    }
  }
  const scorerFile = join(dir, SCORER_FILE);
  const scorer = fs.existsSync(scorerFile) ? readScorer(scorerFile) : undefined;
  if (typeof scorer === 'string')
    diagnostics.push({ file: scorerFile, line: 1, col: 1, severity: 'error', message: scorer });
  const ok = !hasErrors(diagnostics);
  return {
    content: ok ? lines.value : undefined,
    rules: ok && checker.value ? { ...checker.value, ...(typeof scorer === 'object' ? { scorer } : {}) } : undefined,
    diagnostics,
  };
}

/** The trained scorer's weights (written by `npm run train:checker`), beside checker.yaml. */
export const SCORER_FILE = 'scorer.json';

/** The scorer, or why it can't be used. */
function readScorer(file: string): ScorerModel | string {
  let m: unknown;
  try {
    m = JSON.parse(readTextFile(file, 4 * 1024 * 1024, 'scenario'));
  } catch {
    return msg('practice.scorer.bad', { why: 'not JSON' });
  }
  const s = m as Partial<ScorerModel>;
  const numbers = (x: unknown, n: number) =>
    Array.isArray(x) && x.length === n && x.every((v) => typeof v === 'number');
  if (s.format !== 2 || !Array.isArray(s.labels) || !['helps', 'hurts'].every((l) => s.labels!.includes(l)))
    return msg('practice.scorer.bad', { why: 'format 2 with labels helps and hurts expected' });
  const k = s.labels.length;
  const t = s.thresholds;
  if (!numbers(s.bias, k) || !t || ![t.hurts, t.helps, t.overHelping, s.step].every((v) => typeof v === 'number'))
    return msg('practice.scorer.bad', { why: 'bias, step or thresholds missing' });
  const packed = packProblem(s as ScorerModel);
  return packed ? msg('practice.scorer.bad', { why: packed }) : (s as ScorerModel);
}

/** For `validate`: a practice file's problems, found with its sibling (lines.yaml beside checker.yaml). */
export function checkPracticeFile(file: string, maxBytes?: number): Diagnostic[] {
  return loadPractice(dirname(file), maxBytes).diagnostics.filter((d) => d.file === file);
}
