// Plan → JSON: a documented, versioned shape (see README.md, "JSON output"). Bump the version
// on any change that could break a reader.
import type { Plan } from '../engine/types.js';
import { summaryText, undisclosedOnly } from './summary.js';
import { languageCode, msg } from '../messages/index.js';
import { leavePrivateOut } from './private.js';
import { words } from './words.js';

// 2: safety, summary and plan.more added (issue 11).
// 3: safety.stance and safety.stances, each point's tags, because and private, plan.offers,
//    worriesInMore and privateLeftOut, summary roles listen, choice and substance (issue 20).
const JSON_VERSION = 3;

/** `leaveOutPrivate`: a file, without the safety-plan details (render/private.ts). */
export function planJson(whole: Plan, { leaveOutPrivate = false } = {}): Record<string, unknown> {
  const { plan, left } = leaveOutPrivate ? leavePrivateOut(whole) : { plan: whole, left: undefined };
  return {
    version: JSON_VERSION,
    // The language of the words (a reader choosing how to show them); keys and ids are the same in all.
    lang: languageCode(),
    scenario: plan.scenario,
    title: plan.title,
    answers: plan.answers.map((a) => ({ node: a.node, question: a.question, answer: a.answer, shown: words(a.shown) })),
    safety: plan.safety,
    summary: plan.summary.map((l) => ({ ...l, text: summaryText(l, plan.crisis, undisclosedOnly(plan.safety)) })),
    plan: {
      sections: plan.sections.map((s) => ({ ...s, title: words(s.title) })),
      more: plan.more.map((s) => ({ ...s, title: words(s.title) })),
      ...(plan.worriesInMore ? { worriesInMore: plan.worriesInMore } : {}),
      offers: plan.offers,
      ...(left ? { privateLeftOut: { count: left.count, note: msg('plan.privateLeftOut') } } : {}),
    },
    crisis: plan.crisis,
    disclaimer: words(plan.disclaimer),
  };
}

export const renderPlanJson = (plan: Plan, options: { leaveOutPrivate?: boolean } = {}): string =>
  `${JSON.stringify(planJson(plan, options), null, 2)}\n`;
