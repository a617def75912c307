// A practice conversation, pure: which line the loved one says next, how their openness moves with
// each reply and with what came before, and the summary. No clock and no randomness: the order of
// the offered replies comes from a random source the caller passes (see `seeded`).
import { FILL_IN } from '../fill.js';
import { checkReply, type CheckResult } from './checker.js';
import {
  OPENNESS,
  type CheckerRules,
  type Openness,
  type PracticeContent,
  type PracticeLine,
  type PracticeReply,
  type Verdict,
} from './model.js';

/** At most this many of the person's reasons are practised, between the opening and the closing line. */
export const MAX_REASONS = 4;
const TOP = 4;
const START = 2;

export interface Exchange {
  /** "opening", "closing" or a reason id. */
  line: string;
  /** What the loved one said, fill-ins done. */
  said: string;
  /** The reply picked (its id), or typed (`typed`, with the checker's result). */
  reply: { id: string; kind: string; say: string } | { typed: string; check: CheckResult };
  verdict: Verdict;
  react: string;
  feedback: string;
  /** The skill's name for an offered reply; the signals' labels for a typed one. */
  skills: string[];
  better?: string;
  thinking: string;
  openness: Openness;
}

export interface PracticeState {
  lines: readonly string[];
  /** 0 (guarded) to 4 (thinking it over). */
  score: number;
  /** Whether the last reply hurt: the next line is said guarded, and trust comes back slower. */
  stung: boolean;
  exchanges: readonly Exchange[];
}

export interface PracticeInput {
  content: PracticeContent;
  rules: CheckerRules;
  /** Fill-ins: {{name}} and the like. */
  fills: Readonly<Record<string, string>>;
}

const levelOf = (score: number): Openness => (score <= 1 ? OPENNESS[0] : score === 2 ? OPENNESS[1] : OPENNESS[2]);

function fillIn(template: string, fills: Readonly<Record<string, string>>): string {
  return template.replace(FILL_IN, (whole, name: string) => (Object.hasOwn(fills, name) ? fills[name]! : whole));
}

/** The lines to practise: the opening, the person's reasons that have a line (or the fallback), the closing. */
export function startPractice(content: PracticeContent, reasons: readonly string[]): PracticeState {
  const known = reasons.filter((r) => Object.hasOwn(content.reasons, r));
  const picked = (known.length > 0 ? known : content.fallback).slice(0, MAX_REASONS);
  return { lines: ['opening', ...picked, 'closing'], score: START, stung: false, exchanges: [] };
}

export const isOver = (s: PracticeState): boolean => s.exchanges.length >= s.lines.length;

export function lineOf(content: PracticeContent, id: string): PracticeLine {
  if (id === 'opening') return content.opening;
  if (id === 'closing') return content.closing;
  return content.reasons[id]!;
}

/** What the loved one says now: guarded after a reply that hurt, or when they have closed up. */
export function currentLine(s: PracticeState, input: PracticeInput): { id: string; text: string; openness: Openness } {
  const id = s.lines[s.exchanges.length]!;
  const line = lineOf(input.content, id);
  const openness = levelOf(s.score);
  const text = (s.stung || openness === 'guarded') && line.guarded ? line.guarded : line.say;
  return { id, text: fillIn(text, input.fills), openness };
}

/** The replies offered for the current line, in an order drawn from `random` (values in [0, 1)). */
export function offered(s: PracticeState, input: PracticeInput, random: () => number): PracticeReply[] {
  const out = [...lineOf(input.content, s.lines[s.exchanges.length]!).replies];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.map((r) => ({ ...r, say: fillIn(r.say, input.fills) }));
}

/** A small seeded generator (mulberry32): the same seed gives the same order, in tests and pipes. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function move(s: PracticeState, delta: number, hurt: boolean): { score: number; stung: boolean } {
  // A hurt remembered: after a reply that hurt, a good reply wins back less.
  const gain = delta > 0 && s.stung ? delta - 1 : delta;
  return { score: Math.max(0, Math.min(TOP, s.score + gain)), stung: hurt };
}

/** The person picked an offered reply (by id). */
export function pick(s: PracticeState, input: PracticeInput, replyId: string): PracticeState {
  const { id, text } = currentLine(s, input);
  const r = lineOf(input.content, id).replies.find((x) => x.id === replyId);
  if (!r) throw new RangeError(`no reply ${replyId} on line ${id}`);
  const kind = input.content.kinds[r.kind]!;
  const moved = move(s, r.openness, !kind.helps);
  const f = (t: string) => fillIn(t, input.fills);
  const exchange: Exchange = {
    line: id,
    said: text,
    reply: { id: r.id, kind: r.kind, say: f(r.say) },
    verdict: kind.helps ? 'helps' : 'hurts',
    react: f(r.react),
    feedback: f(r.feedback),
    skills: [kind.skill],
    ...(r.better !== undefined ? { better: f(r.better) } : {}),
    thinking: f(r.thinking),
    openness: levelOf(moved.score),
  };
  return { ...s, ...moved, exchanges: [...s.exchanges, exchange] };
}

/** A reply that helps, offered at this very line: a better way that answers what they just said
 * (the checker's own suggestion fits any line, so it may not follow from this one). */
function betterFor(input: PracticeInput, lineId: string): string | undefined {
  const helping = lineOf(input.content, lineId).replies.find((r) => input.content.kinds[r.kind]?.helps === true);
  return helping && fillIn(helping.say, input.fills);
}

/** The person typed a reply of their own: the checker judges it, the typed reactions answer it. */
export function typed(s: PracticeState, input: PracticeInput, reply: string): PracticeState {
  const { id, text } = currentLine(s, input);
  const check = checkReply(reply, input.rules);
  const reaction = input.content.typed[check.verdict];
  const moved = move(s, reaction.openness, check.verdict === 'hurts');
  const labels = new Map(input.rules.signals.map((x) => [x.id, x.label]));
  const f = (t: string) => fillIn(t, input.fills);
  const exchange: Exchange = {
    line: id,
    said: text,
    reply: { typed: reply, check },
    verdict: check.verdict,
    react: f(reaction.react),
    feedback: check.feedback,
    skills: check.signals.map((x) => labels.get(x)!),
    ...(check.better !== undefined ? { better: betterFor(input, id) ?? check.better } : {}),
    thinking: f(reaction.thinking),
    openness: levelOf(moved.score),
  };
  return { ...s, ...moved, exchanges: [...s.exchanges, exchange] };
}

export interface PracticeSummary {
  exchanges: number;
  helped: number;
  hurt: number;
  /** What the person said that helped. */
  worked: string[];
  /** Two lines to carry into the real talk: what worked best, else the better lines offered. */
  carry: string[];
  openness: Openness;
}

const said = (e: Exchange) => ('typed' in e.reply ? e.reply.typed : e.reply.say);

export function summarise(s: PracticeState, input: PracticeInput): PracticeSummary {
  const good = s.exchanges.filter((e) => e.verdict === 'helps');
  const worked = good.map(said);
  const typedGood = good.filter((e) => 'typed' in e.reply).map(said);
  const pickedGood = good.filter((e) => !('typed' in e.reply)).map(said);
  // For a line that went badly: the better reply the coach gave, or the line's first helping reply.
  const instead = s.exchanges.flatMap((e) => {
    if (e.verdict === 'helps') return [];
    const best = lineOf(input.content, e.line).replies.find((r) => input.content.kinds[r.kind]?.helps);
    return [e.better ?? (best ? fillIn(best.say, input.fills) : '')];
  });
  // The person's own words first: they are the ones they will remember.
  const carry = [...new Set([...typedGood, ...pickedGood, ...instead])].filter((x) => x.length > 0).slice(0, 2);
  return {
    exchanges: s.exchanges.length,
    helped: good.length,
    hurt: s.exchanges.filter((e) => e.verdict === 'hurts').length,
    worked,
    carry,
    openness: levelOf(s.score),
  };
}
