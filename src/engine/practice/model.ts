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
export interface ReplyKind {
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
export interface TypedReaction {
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
export interface CrisisWords {
  /** Suicide and self-harm: a crisis however it is put, denied included ("I won't kill myself"). */
  always: string[];
  /** Harm to others ("he'll hit me"): not when denied ("I'd never hit you"). */
  'unless-denied': string[];
  /** Patterns that, matching at the same word, mean the words are not about harm ("cut yourself some slack"). */
  except?: string[];
  /** Small words that may stand between a denial and the harm it denies ("not a violent"). */
  skip?: string[];
}

export interface CheckerRules {
  format: 1;
  practice: 'checker';
  /** Spellings without apostrophes and short forms, read as the usual word ("dont": "don't"). */
  spellings: Record<string, string>;
  /** Words that, a few words before a hurting phrase, mean it is denied ("not saying you're crazy"). */
  negators: string[];
  /** Words skipped at the start of a clause ("so", "well", "honestly"). */
  fillers: string[];
  signals: CheckerSignal[];
  /** Words about suicide, self-harm or violence: a reply using them brings crisis help first. */
  crisis: CrisisWords;
  /** Feedback when nothing is recognised, and when a hurting phrase appears only denied. */
  unclear: { feedback: string };
  negated: { feedback: string; better: string };
}
