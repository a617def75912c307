// Plan → Markdown, for a file the user keeps. Text is escaped so it cannot become links or markup.
import type { Plan } from '../engine/types.js';
import { stripUnsafe } from '../safety/sanitize.js';
import { words } from './words.js';
import { msg } from '../messages/index.js';
import { crisisLines } from './crisis.js';

/**
 * Escapes what could turn text into links, emphasis, code or HTML. Every call site puts the text
 * after a prefix ("- ", "# "), so marks that only matter at the start of a line need no escape,
 * and the saved file stays readable in a plain editor.
 */
export function md(text: string): string {
  return stripUnsafe(text)
    .replace(/\n/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function renderPlanMarkdown(plan: Plan): string {
  const out: string[] = [`# ${md(plan.title)}`, '', `_${md(msg('render.planOf', { scenario: plan.scenario.title }))}_`];
  for (const section of plan.sections) {
    out.push('', `## ${md(words(section.title))}`, '');
    for (const p of section.points) {
      out.push(`- ${md(p.do)}`);
      if (p.say) out.push(`  - **${msg('render.say')}** “${md(p.say)}”`);
      if (p.avoid) out.push(`  - **${msg('render.avoid')}** ${md(p.avoid)}`);
    }
  }
  const c = crisisLines(plan.crisis);
  out.push(
    '',
    `## ${md(c.heading)}`,
    '',
    md(c.advice),
    '',
    ...c.items.map((i) => `- ${md(i)}`),
    `- ${md(c.directory)}`,
  );
  if (plan.answers.length > 0) {
    out.push('', `## ${msg('render.answers')}`, '');
    for (const a of plan.answers) out.push(`- ${md(a.question)}: ${md(words(a.shown))}`);
  }
  out.push('', '---', '', `_${md(words(plan.disclaimer))}_`, '');
  return out.join('\n');
}
