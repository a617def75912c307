// The model of practice content: what the loved one says, the replies offered with what they do,
// and the typed-reply checker's signals. Read from YAML by src/scenario/practice-format.ts, which
// checks at compile time that its schema infers exactly these types.

/** How open the loved one is right now, from closed to thinking it over. */
export const OPENNESS = ['guarded', 'listening', 'thinking'] as const;
export type Openness = (typeof OPENNESS)[number];

/** What the checker (or a reply's kind) says a reply did. */
export const VERDICTS = ['helps', 'mixed', 'hurts', 'unclear'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A kind of reply ("reflection", "blame"): whether it helps, and the skill named in feedback. */
interface ReplyKind {
  helps: boolean;
  skill: string;
}

export interface PracticeReply {
  id: string;
  kind: string;
  say: string;
  /** What the loved one says back. */
  react: string;
  /** How far openness moves: -2 to 2. */
  openness: number;
  /** Why it helps or hurts, in a sentence or two. */
  feedback: string;
  /** For a reply that hurts: one to try instead. */
  better?: string;
  /** "What they might be thinking". */
  thinking: string;
}

export interface PracticeLine {
  /** What the loved one says when listening or thinking. */
  say: string;
  /** What they say instead when guarded (after a reply that hurt). */
  guarded?: string;
  replies: PracticeReply[];
}

/** How the loved one takes a typed reply, by the checker's verdict. */
interface TypedReaction {
  react: string;
  openness: number;
  thinking: string;
}

export interface PracticeContent {
  format: 1;
  practice: 'lines';
  title: string;
  kinds: Record<string, ReplyKind>;
  opening: PracticeLine;
  closing: PracticeLine;
  /** One line a reason, keyed by the reason ids of the shared `reasons` module. */
  reasons: Record<string, PracticeLine>;
  /** The reasons practised when the person picked none. */
  fallback: string[];
  typed: Record<Verdict, TypedReaction>;
}

export interface CheckerSignal {
  id: string;
  helps: boolean;
  /** A strong hurting signal makes the verdict `hurts` whatever else the reply does. */
  strong?: boolean;
  label: string;
  feedback: string;
  better?: string;
  /** Phrase patterns (see scenarios/README.md, "Practice"): words, `a|b`, `*`, `^`, `?`. */
  patterns: string[];
  /** Patterns that, matching at the same word, mean this signal is not there ("you should be proud"). */
  except?: string[];
}

/** Phrase patterns (as a signal's) that mark a reply as touching on a crisis. */
interface CrisisWords {
  /** Suicide and self-harm: a crisis however it is put, denied included ("I won't kill myself"). */
  always: string[];
  /** Harm to others ("he'll hit me"): not when denied ("I'd never hit you"). */
  'unless-denied': string[];
  /** Patterns that, matching at the same word, mean the words are not about harm ("cut yourself some slack"). */
  except?: string[];
  /** Small words that may stand between a denial and the harm it denies ("not a violent"). */
  skip?: string[];
}

/** A word read by the word after it ("ur" is "you are" before "crazy", "your" before "mum"). */
interface ReadByNext {
  word: string;
  /** How it reads before one of `before`, a word with one of `before-ending`, or at a clause's end. */
  as: string;
  otherwise: string;
  before: string[];
  'before-ending'?: string[];
}

/** The normaliser's data: how written words become the words the patterns and the scorer read. */
export interface NormaliseRules {
  /** Whole words read as others: text spellings and contractions ("dont": "do not", "you're": "you are"). */
  spellings: Record<string, string>;
  /** Endings read as words ("n't": "not", "'re": "are"), for contractions not in `spellings`. */
  suffixes?: Record<string, string>;
  'read-by-next'?: ReadByNext[];
  /** Words that deny what follows them in their clause ("not saying you're crazy"). */
  negators: string[];
  /** Words skipped at the start of a clause ("so", "well", "honestly"). */
  fillers: string[];
  /** Words that start a new clause ("but", "because"). */
  'clause-breaks'?: string[];
  /** Softeners ("no offence but", "sorry but"): noted, as what follows them is what counts. */
  softeners?: string[];
}

export interface CheckerRules extends NormaliseRules {
  format: 1;
  practice: 'checker';
  /** Word classes for patterns (`@negative`): lists of words, after normalising. */
  classes?: Record<string, string[]>;
  /** Patterns of a negated order at a clause's start ("^ do not"): a negator in one denies nothing
   * ("don't act like a child" still hurts). */
  'negated-orders'?: string[];
  /** A reflection reports their view: a hurting phrase after one of `frames` in its sentence, before
   * one of `until`, is theirs, not the speaker's ("you feel like you're being treated like a kid"). */
  reported?: { frames: string[]; until: string[] };
  signals: CheckerSignal[];
  /** Words about suicide, self-harm or violence: a reply using them brings crisis help first. */
  crisis: CrisisWords;
  /** Feedback when nothing is recognised, and when a hurting phrase appears only denied. */
  unclear: { feedback: string };
  negated: { feedback: string; better: string };
  /** Feedback when no rule is sure and the trained scorer decides: honest that it is a general read. */
  scored?: { hurts: { feedback: string; better: string }; helps: { feedback: string } };
}

/** The trained scorer (scenarios/practice/scorer.json, written by `npm run train:checker`): a
 * logistic regression over the normaliser's words, word pairs and the rules' signals, packed small
 * (a fresh process reads it before the first reply is checked). */
export interface ScorerModel {
  format: 2;
  /** The classes, in order: helps, hurts, neutral. */
  labels: string[];
  bias: number[];
  /** What one unit of a stored weight is worth. */
  step: number;
  /** The features' 26-bit hashes (`featureHash`), ascending, each written as its rise over the one
   * before (smaller numbers, a smaller file). */
  keys: number[];
  /** For each key, one whole number (-127 to 127) a label but the last (whose weights are all 0), in steps. */
  weights: number[];
  /** Chosen on the development split: the hurting probability from which the scorer says hurts, and
   * the helping one from which it says helps when no rule is sure. */
  thresholds: { hurts: number; helps: number; overHelping: number };
}

/** Computed from the rules at build time (src/engine/practice/pattern-index.ts), so that a fresh
 * process compiles only the patterns a reply can match. Belongs to the rules it was computed from. */
export interface PatternIndex {
  /** How many patterns the rules have (`patternSources`): an index for other rules is not used. */
  count: number;
  /** A word to the patterns (positions in `patternSources`, ascending, each written as its rise over
   * the one before) that match only replies holding it. */
  words: Record<string, number[]>;
  /** Patterns without such a word: tried on every reply. */
  always: number[];
  /** Words the classes gain when normalised as replies are ("youre" is "you are"): usually none. */
  classExtras: Record<string, string[]>;
}

/** The rules, with the trained scorer when it was shipped beside them. */
export interface Checker extends CheckerRules {
  scorer?: ScorerModel;
  index?: PatternIndex;
}
