// What the engine takes and gives: plain data only, so state can be saved, sent or compared.
import type { NodeKind, SectionId, Stance, Tag } from './model.js';
import type { Words } from './words.js';

export type FactValue = string | string[];
export type Facts = Record<string, FactValue>;

export interface Choice {
  id: string;
  /** The option's label; yes and no are engine words. */
  label: Words;
  hint?: string;
}

export interface Question {
  node: string;
  kind: Exclude<NodeKind, 'end'>;
  /** The question (or, for a note, its title), with fill-ins done. */
  ask: string;
  why?: string;
  /** Options for choice and multi; yes/no for yesno; none for text and note. */
  options: Choice[];
  /** For text: what the answer stands for when skipped. */
  default?: string;
  placeholder?: string;
  /** For a note: its text and the talking points it shows now. */
  body?: string;
  points?: PlanPoint[];
  /** For a note: show the crisis lines with it. */
  crisis?: boolean;
  /** 1-based number of this question, and a rough total for "question 3 of about 6". */
  step: number;
  aboutTotal: number;
  canGoBack: boolean;
}

export type Answer =
  { choice: string } | { choices: string[] } | { yes: boolean } | { text: string } | { continue: true };

export interface CrisisLine {
  name: string;
  /** How to reach it, in words: "Call or text 988". */
  how: string;
  /** How to reach it in a few words, for "In short", where `how` says more (Spain's 016). */
  brief?: string;
  source: string;
  /** The languages it answers in (ISO 639-1: "en", "es"), as the helpline table gives them. */
  languages: string[];
}

export interface EmergencyNumber {
  number: string;
  where: string;
  source: string;
}

export interface CrisisInfo {
  /** ISO 3166 code, or null when the region is not known. */
  region: string | null;
  regionName: string;
  emergency: EmergencyNumber[];
  lines: CrisisLine[];
  /** Domestic-abuse lines for the region (empty when none is verified): shown in a plan made with fear. */
  abuse?: CrisisLine[];
  /** Substance-use lines for the region (empty when none is verified): shown in a plan about substance use. */
  substance?: CrisisLine[];
  /** Urgent care that is not an emergency (GB: NHS 111), for "not sure"; empty when none is verified. */
  urgent?: CrisisLine[];
  /** Always present: where to find a helpline anywhere. */
  directory: { name: string; url: string; source: string };
  /** What to do when the number is not known. */
  advice: string;
  /** The month the numbers were last checked against the services' own pages ("2026-11"). */
  checked?: string;
}

export interface StartOptions {
  crisis: CrisisInfo;
}

export interface AnswerRecord {
  node: string;
  question: string;
  answer: FactValue | boolean | null;
  /** The answer as the user saw it (labels), for plans; "none", "skipped", yes and no are engine words. */
  shown: Words;
}

export interface Frame {
  node: string;
  facts: Facts;
  added: string[];
  answers: AnswerRecord[];
}

/** A session in progress: the current node, and everything needed to go back. */
export interface SessionState {
  scenario: string;
  current: Frame;
  history: Frame[];
  options: StartOptions;
}

/** An answer that brought a point into the plan: the question's node id and the option (or yes, no). */
export interface Because {
  question: string;
  answer: string;
}

export interface PlanPoint {
  id: string;
  section: SectionId;
  do: string;
  say?: string;
  avoid?: string;
  /** What the point does (wait, raise-it, together, limits, relationship-future); absent when none. */
  tags?: Tag[];
  /** A safety-plan detail kept out of saved files unless asked for; absent when not. */
  private?: true;
  /** In a plan, the answers that brought it (empty for advice every plan of its ending holds);
   * absent where a point is shown outside a plan (a note). */
  because?: Because[];
  source: string;
}

export interface PlanSection {
  id: SectionId;
  /** The scenario's own heading, or the usual one (an engine word). */
  title: Words;
  points: PlanPoint[];
}

/** What the plan was made with, so a reader (or a program) can tell when to show help first. */
export interface PlanSafety {
  /** The first of `stances` by precedence: what the plan is built around. */
  stance: Stance;
  /** Every stance that holds; what the plan may hold is decided by all of them. */
  stances: Stance[];
  /** Risk to the person (or, in a plan about the user, to the user). */
  risk: 'none' | 'unsure' | 'yes';
  /** Afraid of the person, or would rather not say: the plan opens with the domestic-abuse lines. */
  afraid: boolean;
  /** Drinking or drugs: the plan shows the substance-use line and carries the withdrawal warning. */
  substances: boolean;
  /** Someone at home or close family, with no fear said: the domestic-abuse line is shown at the end, discreetly. */
  household: boolean;
}

/** What the coach offers after a plan: practising the talk, saving it, and the check-in's date. */
export type Offer = 'practice' | 'save' | 'checkin';

/** A line of "In short": crisis and abuse lines are worded by the renderer from the region's data. */
export interface SummaryLine {
  role: 'crisis' | 'abuse' | 'substance' | 'say' | 'avoid' | 'listen' | 'choice' | 'next' | 'care';
  /** The line, fill-ins done; absent for crisis, abuse and substance (worded from the region's lines). */
  text?: string;
  /** The talking point it comes from. */
  point?: string;
}

export interface Plan {
  scenario: { id: string; title: string; summary: string };
  title: string;
  answers: AnswerRecord[];
  safety: PlanSafety;
  summary: SummaryLine[];
  /** The main plan: at most 12 points. */
  sections: PlanSection[];
  /** "More, if you want it": the points left out of the main plan, by section. */
  more: PlanSection[];
  /** Worries the user ticked whose answers are under More (the main plan keeps the first four). */
  worriesInMore?: string[];
  /** What follows the plan, by its stance and scenario. */
  offers: Offer[];
  crisis: CrisisInfo;
  disclaimer: Words;
}

export type Step =
  { done: false; state: SessionState; question: Question } | { done: true; state: SessionState; plan: Plan };
