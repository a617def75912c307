// Answers and stored states come from outside (a web form, a saved session): their shape is checked
// strictly before use. What fails is an EngineError that quotes nothing given: answers are private,
// and errors end up in logs.
import { EngineError } from './errors.js';
import type { Answer, SessionState, StartOptions } from './types.js';

type Plain = Record<string, unknown>;

/** Deeper than any state the engine makes: a cycle or a runaway structure stops here. */
const MAX_DEPTH = 32;

class NotData extends Error {}

/** A copy of plain data made by reading each property once. What is checked is then what is used: a
 * getter or a Proxy that answers differently the second time, a sparse array (whose holes every()
 * skips), a cycle or a throwing getter can no longer slip past the checks as a raw TypeError. */
function snapshot(v: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new NotData();
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const length = v.length;
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      if (!Object.hasOwn(v, i)) throw new NotData();
      out.push(snapshot(v[i], depth + 1));
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) throw new NotData();
  const out: Plain = {};
  for (const key of Object.keys(v)) {
    const value = snapshot((v as Plain)[key], depth + 1);
    // A key called __proto__ stays a key (assigned, it would become the prototype); defineProperty
    // only there, as it is many times slower than assignment.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
  }
  return out;
}

/** The snapshot, or the engine's own error for whatever is not plain data. */
function copied(given: unknown, error: () => EngineError): unknown {
  try {
    return snapshot(given);
  } catch {
    throw error();
  }
}

/** A plain object (not null, not an array, not a class instance such as a Date or a Map). */
const isPlain = (v: unknown): v is Plain => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const onlyKeys = (v: Plain, keys: readonly string[]) => Object.keys(v).every((k) => keys.includes(k));

/** Exactly one of the answer shapes, with nothing else in it: a checked copy, to use instead of `given`. */
export function checkAnswer(given: unknown, kind: string): Answer {
  const bad = () => new EngineError('invalid-answer', { kind });
  const copy = copied(given, bad);
  if (!isPlain(copy)) throw bad();
  const keys = Object.keys(copy);
  if (keys.length !== 1) throw bad();
  const [key] = keys;
  const v = copy[key!];
  const ok =
    (key === 'choice' && isString(v)) ||
    (key === 'choices' && isStrings(v)) ||
    (key === 'yes' && typeof v === 'boolean') ||
    (key === 'text' && isString(v)) ||
    (key === 'continue' && v === true);
  if (!ok) throw bad();
  return copy as Answer;
}

const isFacts = (v: unknown): boolean => isPlain(v) && Object.values(v).every((f) => isString(f) || isStrings(f));

const isRecord = (v: unknown): boolean =>
  isPlain(v) &&
  isString(v.node) &&
  isString(v.question) &&
  (v.answer === null || typeof v.answer === 'boolean' || isString(v.answer) || isStrings(v.answer));

const isFrame = (v: unknown): boolean =>
  isPlain(v) &&
  onlyKeys(v, ['node', 'facts', 'added', 'answers']) &&
  isString(v.node) &&
  isFacts(v.facts) &&
  isStrings(v.added) &&
  Array.isArray(v.answers) &&
  v.answers.every(isRecord);

const isCrisis = (v: unknown): boolean =>
  isPlain(v) &&
  (v.region === null || isString(v.region)) &&
  isString(v.regionName) &&
  Array.isArray(v.emergency) &&
  v.emergency.every(isPlain) &&
  Array.isArray(v.lines) &&
  v.lines.every(isPlain) &&
  isPlain(v.directory) &&
  isString(v.advice);

/** A session state as the engine makes it: plain data of the right types all the way down. A checked
 * copy, to use instead of `state`. */
/** States the engine made and froze: checked when they were made, and unchangeable since, so they are
 * used as they are. A whole session otherwise copied its growing history at every answer (a third of
 * the engine's time in the bench's whole sessions). */
const issued = new WeakSet<object>();

/** Every object reachable from `v`, frozen; an object already frozen was frozen with all it holds. */
function deepFreeze(v: unknown): void {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const key of Object.keys(v)) deepFreeze((v as Plain)[key]);
}

/** The state as the engine hands it out: frozen, and known to checkState from then on. */
export function issue(state: SessionState): SessionState {
  deepFreeze(state);
  issued.add(state);
  return state;
}

export function checkState(state: unknown): SessionState {
  if (typeof state === 'object' && state !== null && issued.has(state)) return state as SessionState;
  const copy = copied(state, () => new EngineError('invalid-state'));
  const ok =
    isPlain(copy) &&
    isString(copy.scenario) &&
    isFrame(copy.current) &&
    Array.isArray(copy.history) &&
    copy.history.every(isFrame) &&
    isPlain(copy.options) &&
    isCrisis(copy.options.crisis);
  if (!ok) throw new EngineError('invalid-state');
  return copy as unknown as SessionState;
}

/** start()'s options: `{ crisis }` as crisisFor(region) makes it, checked (and copied) at the start, so
 * that a missing one is said there and not by the first answer. */
export function checkStartOptions(options: unknown): StartOptions {
  const copy = copied(options, () => new EngineError('invalid-options'));
  if (!isPlain(copy) || !isCrisis(copy.crisis)) throw new EngineError('invalid-options');
  return copy as unknown as StartOptions;
}
