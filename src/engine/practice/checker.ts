// The checker for typed replies: deterministic and offline. The reply is normalised once
// (normalise.ts); the rules (data, from YAML) find signals in it, dropping hurting ones that are
// denied ("I'm not saying you're crazy") or excepted ("you should be proud"); the trained scorer
// (scorer.ts, weights from scenarios/practice/scorer.json) decides when no rule is sure. The rules
// stay the source of the explanations: a verdict of the scorer alone gets honest general feedback.
import type { Checker, CheckerSignal, Verdict } from './model.js';
import { normalise, prepareNormaliser, type PreparedNormaliser, type Sentence } from './normalise.js';
import { compile, matches, spans, type Pattern, type WordClasses } from './patterns.js';
import { indexPatterns, patternSources, wordClasses } from './pattern-index.js';
import { features, score } from './scorer.js';

/** How many words before a hurting phrase a negator in its clause may stand to deny it. */
const NEGATION_WINDOW = 6;

export interface CheckResult {
  verdict: Verdict;
  /** The signals found, in the order of the rules. */
  signals: string[];
  /** Hurting signals found only denied. */
  negated: string[];
  feedback: string;
  better?: string;
  /** The reply speaks of suicide, self-harm or violence: crisis help comes first. */
  crisis: boolean;
  /** What decided: a rule, the trained scorer alone (general feedback), or nothing. */
  by: 'rules' | 'scorer' | 'none';
  /** The scorer's probability that the reply hurts, when it was shipped. */
  hurting?: number;
}

interface Prepared {
  norm: PreparedNormaliser;
  classes: WordClasses;
  negatedOrders: Pattern[];
  reported: { frames: number[]; until: Set<string> };
  /** The pattern at a position of `patternSources`, compiled on first use. */
  pattern: (id: number) => Pattern;
  /** Every pattern a reply can match, from the words it holds (see pattern-index.ts). */
  candidates: (words: Iterable<string>) => Uint8Array;
  signals: { signal: CheckerSignal; patterns: number[]; except: number[] }[];
  crisis: { always: number[]; unlessDenied: number[]; except: number[]; skip: Set<string> };
}

const cache = new WeakMap<Checker, Prepared>();

function prepare(rules: Checker): Prepared {
  let p = cache.get(rules);
  if (!p) {
    const norm = prepareNormaliser(rules);
    const sources = patternSources(rules);
    // An index computed for other rules (a copy with other signals) is not used.
    const index = rules.index?.count === sources.length ? rules.index : indexPatterns(rules, norm);
    const compiled: (Pattern | undefined)[] = [];
    let next = 0;
    const ids = (n: number) => Array.from({ length: n }, () => next++);
    p = {
      norm,
      classes: wordClasses(rules, index.classExtras),
      negatedOrders: (rules['negated-orders'] ?? []).map((x) => compile(x, norm)),

      pattern: (id) => (compiled[id] ??= compile(sources[id]!, norm)),
      candidates: (words) => {
        const live = new Uint8Array(sources.length);
        for (const id of index.always) live[id] = 1;
        for (const w of words) {
          if (!Object.hasOwn(index.words, w)) continue;
          let id = 0;
          for (const rise of index.words[w]!) live[(id += rise)] = 1;
        }
        return live;
      },
      signals: rules.signals.map((signal) => ({
        signal,
        patterns: ids(signal.patterns.length),
        except: ids(signal.except?.length ?? 0),
      })),
      crisis: {
        always: ids(rules.crisis.always.length),
        unlessDenied: ids(rules.crisis['unless-denied'].length),
        except: ids(rules.crisis.except?.length ?? 0),
        skip: new Set(rules.crisis.skip ?? []),
      },
      reported: { frames: ids(rules.reported?.frames.length ?? 0), until: new Set(rules.reported?.until ?? []) },
    };
    cache.set(rules, p);
  }
  return p;
}

/** A hurting phrase is denied by a negator a few words before it in its clause ("I'm not saying
 * you're crazy"), but not by a negated order at the clause's start ("don't act like a child"). */
function denied(s: Sentence, at: number, p: Prepared): boolean {
  if (!s.negated[at]) return false;
  const orders = p.negatedOrders.flatMap((o) => spans(o, s, p.classes));
  for (let i = at - 1; i >= 0 && i >= at - NEGATION_WINDOW && s.words[i] !== ','; i--) {
    if (!p.norm.negators.has(s.words[i]!)) continue;
    return !orders.some(([from, to]) => from <= i && i < to);
  }
  return false;
}

/** Whether a word of the sentence stands in a view the reply reports as theirs: after the start of
 * a reflection's frame ("you feel like", "to you"), with no `until` word ("but") between. After the
 * start, not the end: a frame's last word may begin the hurtful words it reports ("you think I'm
 * the one who...", "you don't see it as a big deal"). */
function reportedIn(s: Sentence, p: Prepared, use: (ids: number[]) => Pattern[]): (at: number) => boolean {
  const starts = use(p.reported.frames).flatMap((f) => spans(f, s, p.classes).map(([start]) => start));
  if (starts.length === 0) return () => false;
  return (at) =>
    starts.some((start) => {
      if (start >= at) return false;
      for (let i = start; i < at; i++) if (p.reported.until.has(s.words[i]!)) return false;
      return true;
    });
}

/** Harm to others denied: a negator inside the words ("would never hit"), or right before them with
 * only small words between ("not a violent"). Narrower than a hurting signal's window, so that "he
 * won't stop hitting me" stays a crisis. */
function harmDenied(words: readonly string[], [start, end]: [number, number], p: Prepared): boolean {
  for (let i = start; i < end; i++) if (p.norm.negators.has(words[i]!)) return true;
  let i = start - 1;
  while (i >= 0 && p.crisis.skip.has(words[i]!)) i--;
  return i >= 0 && p.norm.negators.has(words[i]!);
}

/** Whether a sentence speaks of suicide, self-harm or violence (see `CrisisWords`). */
function crisisIn(s: Sentence, p: Prepared, use: (ids: number[]) => Pattern[]): boolean {
  const [always, unlessDenied, except] = [p.crisis.always, p.crisis.unlessDenied, p.crisis.except].map(use) as [
    Pattern[],
    Pattern[],
    Pattern[],
  ];
  const excepted = new Set(except.flatMap((e) => matches(e, s, p.classes)));
  const at = (list: Pattern[]) => list.flatMap((x) => spans(x, s, p.classes)).filter(([i]) => !excepted.has(i));
  return at(always).length > 0 || at(unlessDenied).some((span) => !harmDenied(s.words, span, p));
}

function findSignals(text: string, rules: Checker) {
  const p = prepare(rules);
  const norm = normalise(text, p.norm);
  const live = p.candidates(norm.sentences.flatMap((s) => s.words));
  const use = (ids: number[]) => ids.filter((id) => live[id]).map(p.pattern);
  const signals = p.signals.map((x) => ({ signal: x.signal, patterns: use(x.patterns), except: use(x.except) }));
  const found = new Set<CheckerSignal>();
  const negated = new Set<CheckerSignal>();
  let crisis = false;
  for (const s of norm.sentences) {
    crisis ||= crisisIn(s, p, use);
    const reportedAt = reportedIn(s, p, use);
    for (const { signal, patterns, except } of signals) {
      if (patterns.length === 0) continue;
      const excepted = new Set(except.flatMap((e) => matches(e, s, p.classes)));
      for (const at of patterns.flatMap((x) => matches(x, s, p.classes))) {
        if (excepted.has(at)) continue;
        if (!signal.helps && reportedAt(at)) continue;
        if (!signal.helps && denied(s, at, p)) negated.add(signal);
        else found.add(signal);
      }
    }
  }
  const all = rules.signals.filter((s) => found.has(s));
  const helps = all.filter((s) => s.helps);
  const hurts = all.filter((s) => !s.helps);
  const lost = rules.signals.filter((s) => negated.has(s) && !found.has(s)).map((s) => s.id);
  const fs = () => features(norm, { helping: ids(helps), hurting: ids(hurts), negated: lost }, p.classes);
  return { all, helps, hurts, lost, crisis, features: fs };
}

export function checkReply(text: string, rules: Checker): CheckResult {
  const { all, helps, hurts, lost, crisis, features: fs } = findSignals(text, rules);
  const strong = hurts.filter((s) => s.strong);
  const m = rules.scorer;
  const probs = m ? score(fs(), m) : undefined;
  const hurting = probs?.[m!.labels.indexOf('hurts')];
  const helping = probs?.[m!.labels.indexOf('helps')];
  const base = { signals: all.map((s) => s.id), negated: lost, crisis, ...(hurting !== undefined ? { hurting } : {}) };
  const scored = rules.scored;

  const sure = m !== undefined && hurting !== undefined && hurting >= m.thresholds.overHelping;
  if (hurts.length > 0) {
    const worst = strong[0] ?? hurts[0]!;
    const better = worst.better ?? hurts.find((s) => s.better)?.better;
    // A precise (strong) hurting rule wins over helping signals: a threat wrapped in a reflection hurts.
    // A mild one beside a helping one is mixed, unless the scorer is as sure as it must be to outweigh
    // helping signals on its own ("Just a suggestion, but you should start running" is advice).
    const verdict: Verdict = strong.length > 0 || helps.length === 0 || sure ? 'hurts' : 'mixed';
    const feedback = verdict === 'mixed' ? `${helps[0]!.feedback} ${worst.feedback}` : worst.feedback;
    return { verdict, ...base, feedback, ...(better !== undefined ? { better } : {}), by: 'rules' };
  }
  // A hurting phrase only denied ("I'm not saying you're crazy") keeps its own feedback, unless the
  // scorer is sure enough to outweigh helping signals.
  if (lost.length > 0 && helps.length === 0 && !sure)
    return { verdict: 'mixed', ...base, feedback: rules.negated.feedback, better: rules.negated.better, by: 'rules' };
  if (m && scored && hurting !== undefined && hurting >= m.thresholds.hurts) {
    // No rule names the slip: say so plainly rather than invent a reason.
    const alone = helps.length === 0 || sure;
    const feedback = alone ? scored.hurts.feedback : `${helps[0]!.feedback} ${scored.hurts.feedback}`;
    return { verdict: alone ? 'hurts' : 'mixed', ...base, feedback, better: scored.hurts.better, by: 'scorer' };
  }
  if (helps.length > 0) return { verdict: 'helps', ...base, feedback: helps[0]!.feedback, by: 'rules' };
  if (m && scored && helping !== undefined && helping >= m.thresholds.helps)
    return { verdict: 'helps', ...base, feedback: scored.helps.feedback, by: 'scorer' };
  return { verdict: 'unclear', ...base, feedback: rules.unclear.feedback, by: 'none' };
}

const ids = (xs: readonly CheckerSignal[]) => xs.map((x) => x.id);

/** The features the trained scorer reads for a reply: for scripts/train-checker.ts. */
export const scorerFeatures = (text: string, rules: Checker): string[] => findSignals(text, rules).features();
