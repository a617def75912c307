// What the engine takes and gives: plain data only, so state can be saved, sent or compared.
import type { NodeKind, SectionId } from './model.js';
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
  source: string;
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

export interface PlanPoint {
  id: string;
  section: SectionId;
  do: string;
  say?: string;
  avoid?: string;
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
  risk: 'none' | 'unsure' | 'yes';
  afraid: boolean;
  substances: boolean;
}

/** A line of "In short": crisis and abuse lines are worded by the renderer from the region's data. */
export interface SummaryLine {
  role: 'crisis' | 'abuse' | 'say' | 'avoid' | 'next' | 'care';
  /** The line, fill-ins done (absent for crisis and abuse). */
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
  crisis: CrisisInfo;
  disclaimer: Words;
}

export type Step =
  { done: false; state: SessionState; question: Question } | { done: true; state: SessionState; plan: Plan };
