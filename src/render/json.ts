// Plan → JSON: a documented, versioned shape (see README.md, "JSON output"). Bump the version
// on any change that could break a reader.
import type { Plan } from '../engine/types.js';
import { summaryText } from './summary.js';
import { words } from './words.js';

// 2: safety, summary and plan.more added (issue 11).
// 3: safety.stance and safety.stances, each point's tags and because, plan.offers and worriesInMore, summary roles
//    listen, choice and substance (issue 20).
export const JSON_VERSION = 3;

export function planJson(plan: Plan): Record<string, unknown> {
  return {
    version: JSON_VERSION,
    scenario: plan.scenario,
    title: plan.title,
    answers: plan.answers.map((a) => ({ node: a.node, question: a.question, answer: a.answer, shown: words(a.shown) })),
    safety: plan.safety,
    summary: plan.summary.map((l) => ({ ...l, text: summaryText(l, plan.crisis) })),
    plan: {
      sections: plan.sections.map((s) => ({ ...s, title: words(s.title) })),
      more: plan.more.map((s) => ({ ...s, title: words(s.title) })),
      ...(plan.worriesInMore ? { worriesInMore: plan.worriesInMore } : {}),
      offers: plan.offers,
    },
    crisis: plan.crisis,
    disclaimer: words(plan.disclaimer),
  };
}

export const renderPlanJson = (plan: Plan): string => `${JSON.stringify(planJson(plan), null, 2)}\n`;
