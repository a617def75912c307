// What every node kind knows about itself. The table in ./index.ts holds one entry per kind; the
// session, the walk, the graph checks and the answer reader look a node's kind up there.
import { EngineError } from '../errors.js';
import type { Effects, Option, ScenarioNode } from '../model.js';
import type { Answer, AnswerRecord, FactValue, PlanPoint, Question } from '../types.js';
import type { EngineMessageId, Words } from '../words.js';

export type Path = (string | number)[];

export type Form = 'one' | 'any' | 'typed' | 'read' | 'ending';

export interface Edge {
  target: string;
  /** Path below the node to where the target is written, for messages. */
  path: Path;
  /** The answer that takes this edge, for graphs ('' when any answer does). */
  label: Words;
}

/** A way out that names no next, while its node names none either. */
export interface Dangling {
  path: Path;
  /** The option (by id) or the branch that has nowhere to go; neither when the node itself needs a next. */
  option?: string;
  branch?: 'yes' | 'no';
}

/** Words a person types for yes and no, in the language of the run (the catalogue's, given by the
 * front end): the engine itself knows only the branch ids, their numbers and true/false. */
export interface TypedWords {
  readonly yes: readonly string[];
  readonly no: readonly string[];
}

export type ReadAnswer = { ok: true; answer: Answer } | { ok: false; reason: EngineMessageId; part?: number };

/** What a question of this kind adds to the fields every question has. */
export type QuestionParts = Omit<Question, 'node' | 'kind' | 'step' | 'aboutTotal' | 'canGoBack'>;

/** What a kind needs from the session to word its question. */
export interface AskContext {
  fill: (template: string) => string;
  points: (ids: readonly string[]) => PlanPoint[];
}

/** The facts and points being changed by an answer; the session makes the new frame from them. */
interface Move {
  /** Records a fact (when the node names one); undefined forgets it. */
  remember: (fact: string | undefined, value: FactValue | undefined) => void;
  effects: (e: Effects) => void;
}

interface Moved {
  next: string | undefined;
  /** What the plan shows as answered; notes record nothing. */
  record?: { answer: AnswerRecord['answer']; shown: Words };
}

export interface KindSpec<N extends ScenarioNode> {
  /** Asks the user something, and counts in "question 3 of about 6" (notes and endings do not). */
  readonly asks: boolean;
  /** How it is answered: one of a few ways on (only such a question can be the safety question), any
   * number of options, typed text, nothing (read and go on), or not at all (an ending). Graphs draw it by this. */
  readonly form: Form;
  /** The question, or a note's or ending's title: a template, fill-ins not done. */
  heading(node: N): string;
  /** Every text of the node that may hold fill-ins, with where it is written. */
  texts(node: N): { text: string | undefined; path: Path }[];
  /** The options the user picks from, as written (none for kinds without a list). */
  options(node: N): readonly Option[];
  /** Every way out. An option without next uses the node's own. */
  edges(node: N): Edge[];
  /** Ways out with nowhere to go. */
  dangling(node: N): Dangling[];
  /** Every talking point the node adds or shows, with where. */
  pointRefs(node: N): { id: string; path: Path }[];
  /** The fact the answer is recorded as, and the values it can take ('any' for typed text). */
  recorded(node: N): { fact: string; values: readonly string[] | 'any' } | undefined;
  /** The facts its options or branches set. */
  sets(node: N): Record<string, string>[];
  /** Every single answer the walk tries, given the question's options. */
  answers(options: readonly { id: string }[]): Answer[];
  /** The answers the coverage search tries: `wanted` are the values conditions look for in its fact. */
  search(options: readonly { id: string }[], wanted: readonly string[]): Answer[];
  /** A typed or piped line as an answer. Reasons never quote the line: it may be private. */
  read(question: Question, line: string, typed?: TypedWords): ReadAnswer;
  /** How to word the valid answers in messages; its {list} is the numbered options. */
  describe(question: Question): EngineMessageId;
  question(node: N, ctx: AskContext): QuestionParts;
  /** Checks `given` and says where it leads, recording facts and points through `move`. */
  apply(node: N, given: Answer, move: Move): Moved;
  /** The answer that left this record in a plan, to play it again (a plan's facts, later); none for a
   * record of another kind, or for a kind that records nothing. */
  again(recorded: AnswerRecord['answer']): Answer | undefined;
  /** What a recorded answer did, option by option (or branch): for "why this point?". None for kinds
   * without options or branches. */
  effectsOf(node: N, recorded: AnswerRecord['answer']): { answer: string; effects: Effects }[];
  /** For typed text: the fact it collects and what fill-ins use when it is skipped. */
  fallback?(node: N): { fact: string; text: string };
  /** For an ending: its headline and the points it adds. */
  ending?(node: N): { title: string; add: readonly string[] };
}

/** An answer of the wrong shape, or naming no option here (which one is not said: it is the answer). */
export const invalidAnswer = (kind: ScenarioNode['kind']): EngineError => new EngineError('invalid-answer', { kind });

/** At an ending there is nothing to walk, read or apply. */
export function finished(): never {
  throw new EngineError('finished');
}
