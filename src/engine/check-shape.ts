// Answers and stored states come from outside (a web form, a saved session): their shape is checked
// strictly before use. What fails is an EngineError that quotes nothing given: answers are private,
// and errors end up in logs.
import { EngineError } from './errors.js';
import type { Answer, SessionState } from './types.js';

type Plain = Record<string, unknown>;

/** A plain object (not null, not an array, not a class instance such as a Date or a Map). */
const isPlain = (v: unknown): v is Plain => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const onlyKeys = (v: Plain, keys: readonly string[]) => Object.keys(v).every((k) => keys.includes(k));

/** Exactly one of the answer shapes, with nothing else in it. */
export function checkAnswer(given: unknown, kind: string): asserts given is Answer {
  const bad = () => new EngineError('invalid-answer', { kind });
  if (!isPlain(given)) throw bad();
  const keys = Object.keys(given);
  if (keys.length !== 1) throw bad();
  const [key] = keys;
  const v = given[key!];
  const ok =
    (key === 'choice' && isString(v)) ||
    (key === 'choices' && isStrings(v)) ||
    (key === 'yes' && typeof v === 'boolean') ||
    (key === 'text' && isString(v)) ||
    (key === 'continue' && v === true);
  if (!ok) throw bad();
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

/** A session state as the engine makes it: plain data of the right types all the way down. */
export function checkState(state: unknown): asserts state is SessionState {
  const ok =
    isPlain(state) &&
    isString(state.scenario) &&
    isFrame(state.current) &&
    Array.isArray(state.history) &&
    state.history.every(isFrame) &&
    isPlain(state.options) &&
    isCrisis(state.options.crisis);
  if (!ok) throw new EngineError('invalid-state');
}
