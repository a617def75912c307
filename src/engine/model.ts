// The model of a scenario: what the engine plays. The format (src/scenario/format.ts) reads YAML
// into these types and checks at compile time that its schema infers exactly them.

/** Plan sections, in the order a plan shows them (safety moves first when it has anything). */
export const SECTIONS = [
  'safety',
  'before',
  'opening',
  'listening',
  'worries',
  'practical',
  'if-no',
  'boundaries',
] as const;
export type SectionId = (typeof SECTIONS)[number];

/** A condition over the facts gathered so far, written as data. */
export type Condition =
  | { equals: Record<string, string | string[]> }
  | { includes: Record<string, string | string[]> }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** What choosing an option or a branch does besides moving on. */
export interface Effects {
  set?: Record<string, string>;
  add?: string[];
}

export interface Option extends Effects {
  id: string;
  label: string;
  hint?: string;
  next?: string;
}

export interface Branch extends Effects {
  next?: string;
}

interface Asking {
  ask: string;
  why?: string;
  fact?: string;
  /** A readable name for the question in answers keyed by question (name, problem, outcome). */
  alias?: string;
  next?: string;
}

export interface ChoiceNode extends Asking {
  kind: 'choice';
  options: Option[];
}

export interface MultiNode extends Asking {
  kind: 'multi';
  options: Option[];
}

export interface YesNoNode extends Asking {
  kind: 'yesno';
  yes?: Branch;
  no?: Branch;
}

export interface TextNode extends Asking {
  kind: 'text';
  fact: string;
  default: string;
  placeholder?: string;
}

export interface NoteNode {
  kind: 'note';
  title: string;
  body?: string;
  show?: string[];
  crisis?: boolean;
  next: string;
}

export interface EndNode {
  kind: 'end';
  title: string;
  add: string[];
}

export type ScenarioNode = ChoiceNode | MultiNode | YesNoNode | TextNode | NoteNode | EndNode;
export type NodeKind = ScenarioNode['kind'];
/** A node of one kind. */
export type NodeOf<K extends NodeKind> = Extract<ScenarioNode, { kind: K }>;

/**
 * What a point does, so a plan's safety stance can rule it out (the table is in stance.ts):
 * wait (give it time, let it rest, a date weeks away), raise-it (openers, practising them, "tonight"),
 * together (couples or family sessions), limits (limit-setting toward the loved one; never the
 * user's own self-care), relationship-future (whether the relationship still fits).
 */
export const TAGS = ['wait', 'raise-it', 'together', 'limits', 'relationship-future'] as const;
export type Tag = (typeof TAGS)[number];
/** The lines of a plan's "In short" that a point can give. */
export const SUMMARY_ROLES = ['say', 'avoid', 'listen', 'choice', 'next', 'care'] as const;
export type SummaryRole = (typeof SUMMARY_ROLES)[number];

export interface Point {
  section: SectionId;
  do: string;
  say?: string;
  avoid?: string;
  when?: Condition;
  /** What the point does; a plan whose stance forbids one of them never holds it (stance.ts). */
  tags?: Tag[];
  /** A safety-plan detail (a code word, a go-bag, a hiding place): on screen, but kept out of saved
   * files unless the person asks for it (someone else could find the file). */
  private?: boolean;
  /** 1: always in the main plan; 2 (default; 1 for safety points): while there is room; 3: in "More". */
  priority?: number;
  summary?: SummaryRole[];
  /** The summary line for the next and care roles. */
  short?: string;
  source: string;
}

/** Conditions marking a plan's safety stances (stance.ts), and substance use. */
interface ScenarioSafety {
  /** The person is in danger, or has talked of hurting themselves or someone (stance danger). */
  'risk-yes'?: Condition;
  /** In a plan about the user (`about: self`), risk yes or unsure is the user's own: stance self-at-risk. */
  'risk-unsure'?: Condition;
  afraid?: Condition;
  /** The user would rather not say whether they are afraid of the person. */
  undisclosed?: Condition;
  /** Things are getting worse fast, or substance use is getting worse. */
  urgent?: Condition;
  /** Drinking or drugs: the substance-use line, and the withdrawal warning in the main plan. */
  substances?: Condition;
  /**
   * The person may share the user's home or be close family, and the user said they are not afraid:
   * the plan still shows the region's domestic-abuse line, discreetly, at its end (universal education).
   */
  household?: Condition;
}

/** What a scenario is for: a situation to plan a talk (the default), or the check-in after one. */
export const SCENARIO_KINDS = ['situation', 'checkin'] as const;
type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** A rule for the next check-in: `days` from today when `when` holds (the first rule that holds wins). */
interface RevisitRule {
  when?: Condition;
  days: number;
}

/**
 * A plan's safety stances, in order of precedence: the first that holds is the plan's stance. The
 * user's own life comes before risk to another (self-at-risk is only ever set in a plan about the
 * user); known danger before uncertainty; fear before an undisclosed answer.
 */
export const STANCES = [
  'danger',
  'self-at-risk',
  'risk-unsure',
  'afraid',
  'undisclosed',
  'urgent',
  'ordinary',
] as const;
export type Stance = (typeof STANCES)[number];
type StanceTitles = { [S in Exclude<Stance, 'ordinary'>]?: string };

/** Section headings a scenario words for its reader. */
type SectionTitles = { [S in SectionId]?: string };

/** Whom a plan is about: someone the user is worried about (the default), or the user themselves. */
export const ABOUT = ['other', 'self'] as const;
type About = (typeof ABOUT)[number];

export interface Scenario {
  format: 1;
  about?: About;
  id: string;
  title: string;
  summary: string;
  for: string;
  order?: number;
  /** A check-in is not listed among the situations; `talkcoach checkin` runs it. */
  kind?: ScenarioKind;
  uses?: string[];
  start: string;
  /** The crisis note whose steps crisis help (`!`) shows in this scenario; without it, the shared
   * steps for helping someone else. */
  'crisis-help'?: string;
  sections?: SectionTitles;
  safety?: ScenarioSafety;
  /** The plan's title for a stance, instead of the ending's (the ending's title fits ordinary plans). */
  titles?: StanceTitles;
  /** When to check in again, in days from today, by the answers. */
  revisit?: RevisitRule[];
  nodes: Record<string, ScenarioNode>;
  points?: Record<string, Point>;
}

/** Nodes and points written once and used by several scenarios. */
export interface Module {
  format: 1;
  module: string;
  title?: string;
  nodes?: Record<string, ScenarioNode>;
  points?: Record<string, Point>;
}
