// The checker for typed replies: deterministic and offline. It finds the signals of the rules
// (data, from YAML) in the reply, drops hurting ones that are denied ("I'm not saying you're
// crazy") or excepted ("you should be proud"), and gives a verdict with the feedback to show.
import type { CheckerRules, CheckerSignal, Verdict } from './model.js';
import { compile, matches, sentences, spans, type Pattern, type Sentence } from './patterns.js';

/** How many words before a hurting phrase a negator may stand to deny it. */
const NEGATION_WINDOW = 4;

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
}

interface Prepared {
  rules: CheckerRules;
  fillers: Set<string>;
  negators: Set<string>;
  signals: { signal: CheckerSignal; patterns: Pattern[]; except: Pattern[] }[];
  crisis: { always: Pattern[]; unlessDenied: Pattern[]; except: Pattern[]; skip: Set<string> };
}

const cache = new WeakMap<CheckerRules, Prepared>();

function prepare(rules: CheckerRules): Prepared {
  let p = cache.get(rules);
  if (!p) {
    p = {
      rules,
      fillers: new Set(rules.fillers),
      negators: new Set(rules.negators),
      signals: rules.signals.map((signal) => ({
        signal,
        patterns: signal.patterns.map(compile),
        except: (signal.except ?? []).map(compile),
      })),
      crisis: {
        always: rules.crisis.always.map(compile),
        unlessDenied: rules.crisis['unless-denied'].map(compile),
        except: (rules.crisis.except ?? []).map(compile),
        skip: new Set(rules.crisis.skip ?? []),
      },
    };
    cache.set(rules, p);
  }
  return p;
}

const denied = (words: readonly string[], at: number, negators: Set<string>): boolean => {
  for (let i = at - 1; i >= 0 && i >= at - NEGATION_WINDOW && words[i] !== ','; i--)
    if (negators.has(words[i]!)) return true;
  return false;
};

/** Harm to others denied: a negator inside the words ("would never hit"), or right before them with
 * only small words between ("not a violent"). Narrower than a hurting signal's window, so that "he
 * won't stop hitting me" stays a crisis. */
function harmDenied(words: readonly string[], [start, end]: [number, number], p: Prepared): boolean {
  for (let i = start; i < end; i++) if (p.negators.has(words[i]!)) return true;
  let i = start - 1;
  while (i >= 0 && p.crisis.skip.has(words[i]!)) i--;
  return i >= 0 && p.negators.has(words[i]!);
}

/** Whether a sentence speaks of suicide, self-harm or violence (see `CrisisWords`). */
function crisisIn(s: Sentence, p: Prepared): boolean {
  const { always, unlessDenied, except } = p.crisis;
  const excepted = new Set(except.flatMap((e) => matches(e, s)));
  const at = (list: Pattern[]) => list.flatMap((x) => spans(x, s)).filter(([i]) => !excepted.has(i));
  return at(always).length > 0 || at(unlessDenied).some((span) => !harmDenied(s.words, span, p));
}

export function checkReply(text: string, rules: CheckerRules): CheckResult {
  const p = prepare(rules);
  const found = new Set<CheckerSignal>();
  const negated = new Set<CheckerSignal>();
  let crisis = false;
  for (const s of sentences(text, rules.spellings, p.fillers)) {
    crisis ||= crisisIn(s, p);
    for (const { signal, patterns, except } of p.signals) {
      const excepted = new Set(except.flatMap((e) => matches(e, s)));
      for (const at of patterns.flatMap((x) => matches(x, s))) {
        if (excepted.has(at)) continue;
        if (!signal.helps && denied(s.words, at, p.negators)) negated.add(signal);
        else found.add(signal);
      }
    }
  }
  const all = rules.signals.filter((s) => found.has(s));
  const helps = all.filter((s) => s.helps);
  const hurts = all.filter((s) => !s.helps);
  const strong = hurts.filter((s) => s.strong);
  const lost = rules.signals.filter((s) => negated.has(s) && !found.has(s)).map((s) => s.id);
  const base = { signals: all.map((s) => s.id), negated: lost, crisis };
  if (all.length === 0) {
    return lost.length > 0
      ? { verdict: 'mixed', ...base, feedback: rules.negated.feedback, better: rules.negated.better }
      : { verdict: 'unclear', ...base, feedback: rules.unclear.feedback };
  }
  if (hurts.length === 0) return { verdict: 'helps', ...base, feedback: helps[0]!.feedback };
  const worst = strong[0] ?? hurts[0]!;
  const better = worst.better ?? hurts.find((s) => s.better)?.better;
  const verdict: Verdict = strong.length > 0 || helps.length === 0 ? 'hurts' : 'mixed';
  const feedback = verdict === 'mixed' ? `${helps[0]!.feedback} ${worst.feedback}` : worst.feedback;
  return { verdict, ...base, feedback, ...(better !== undefined ? { better } : {}) };
}
