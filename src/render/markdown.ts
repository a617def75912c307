// Plan → Markdown, for a file the user keeps. Text is escaped so it cannot become links or markup.
import type { Plan } from '../engine/types.js';
import { stripUnsafe } from '../engine/typed.js';
import { helpFirst } from '../engine/safety-flags.js';
import { words } from './words.js';
import { msg } from '../messages/index.js';
import { crisisLines } from './crisis.js';
import { helpBlocks } from './safety-blocks.js';
import { summaryTexts } from './summary.js';
import { leavePrivateOut, noteKey } from './private.js';

export interface MarkdownOptions {
  /** Print "More, if you want it" too. */
  full?: boolean;
  /** Keep the answers given (left out by default: they can hold private details). */
  answers?: boolean;
  /** The day the plan was made (YYYY-MM-DD), for a saved file. */
  date?: string;
  /** A file: private points (safety-plan details) left out, with a line saying so (render/private.ts). */
  leaveOutPrivate?: boolean;
}

/**
 * Escapes what Markdown (CommonMark and GitHub's extensions) could read in typed text: emphasis,
 * code, links, images, HTML and entities (`&amp;`), tables, strikethrough, a heading's closing `#`,
 * and a block start at the front (`# `, `> `, `- `, `1. `, `---`). The dots, `@` and `//` of what an
 * autolinker would take for a web or mail address are escaped too, so `example.org` and
 * `a@b.org` stay text (a dot that ends a sentence needs none). Escapes are backslashes, so the
 * saved file stays readable in a plain editor.
 */
export function md(text: string): string {
  const escaped = stripUnsafe(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~#@]/g, (c) => `\\${c}`)
    // An entity (`&amp;`), and a dot before a letter or digit (a domain's, as in example.org); a dot
    // that ends a sentence, before a space or a closing quote, stays as it is.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/\.(?=[\p{L}\p{N}])/gu, '\\.')
    .replace(/:(?=\/)/g, '\\:')
    .replace(/\/(?=\/)/g, '/\\')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  // A block start at the front: a list marker, a quote, a thematic break or setext underline.
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

function helpMarkdown(plan: Plan): string[] {
  const c = crisisLines(plan.crisis, plan.safety.risk === 'unsure');
  const out = [
    '',
    `## ${md(c.heading)}`,
    '',
    ...c.items.map((i) => `- ${md(i)}`),
    // The directory's address is verified data, not typed text: a real link, so it can be opened.
    `- ${md(c.directory).replace(md(plan.crisis.directory.url), `<${plan.crisis.directory.url}>`)}`,
    '',
    ...(c.checked ? [`_${md(c.checked)}_`, ''] : []),
    md(c.advice),
  ];
  for (const b of helpBlocks(plan))
    out.push('', `## ${md(b.heading)}`, '', md(b.advice), '', ...b.items.map((i) => `- ${md(i)}`));
  return out;
}

export function renderPlanMarkdown(whole: Plan, options: MarkdownOptions = {}): string {
  const { plan, left } = options.leaveOutPrivate ? leavePrivateOut(whole) : { plan: whole, left: undefined };
  const out: string[] = [`# ${md(plan.title)}`, '', `_${md(msg('render.planOf', { scenario: plan.scenario.title }))}_`];
  if (options.date) out.push('', `_${md(msg('plan.madeOn', { date: options.date }))}_`);
  if (helpFirst(plan.safety)) out.push(...helpMarkdown(plan));
  const summary = summaryTexts(plan);
  if (summary.length > 0)
    out.push('', `## ${md(msg('plan.summary.heading'))}`, '', ...summary.map((t) => `- ${md(t)}`));
  const sections = (list: Plan['sections'], level: string, which: 'main' | 'more') => {
    for (const section of list) {
      out.push('', `${level} ${md(words(section.title))}`, '');
      for (const p of section.points) {
        out.push(`- ${md(p.do)}`);
        if (p.say) out.push(`  - **${msg('render.say')}** “${md(p.say)}”`);
        if (p.avoid) out.push(`  - **${msg('render.avoid')}** ${md(p.avoid)}`);
      }
      if (left?.where.has(noteKey(which, section.id))) out.push(`- _${md(msg('plan.privateLeftOut'))}_`);
    }
  };
  sections(plan.sections, '##', 'main');
  const more = plan.more.reduce((n, s) => n + s.points.length, 0);
  if (more > 0 && options.full) {
    out.push('', `## ${md(msg('plan.more.heading'))}`);
    sections(plan.more, '###', 'more');
  } else if (more > 0) out.push('', `_${md(msg('plan.more.note', { count: more }))}_`);
  if (more > 0 && !options.full && plan.worriesInMore)
    out.push('', `_${md(msg('plan.more.worries', { worries: plan.worriesInMore.join(', ') }))}_`);
  out.push(...helpMarkdown(plan));
  if (options.answers && plan.answers.length > 0) {
    out.push('', `## ${msg('render.answers')}`, '');
    for (const a of plan.answers) out.push(`- ${md(a.question)}: ${md(words(a.shown))}`);
  }
  out.push('', '---', '', `_${md(words(plan.disclaimer))}_`, '');
  return out.join('\n');
}
