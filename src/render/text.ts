// Plan → text for a terminal or a pipe. Plain unless a Style with colours is passed in.
import type { CrisisInfo, Plan, PlanPoint } from '../engine/types.js';
import { msg } from '../messages/index.js';
import { stripUnsafe } from '../engine/typed.js';
import { helpFirst } from '../engine/safety-flags.js';
import { words } from './words.js';
import { crisisLines, numbersAgain, urgentItems } from './crisis.js';
import { helpBlocks, type HelpBlock } from './safety-blocks.js';
import { summaryTexts } from './summary.js';
import { PLAIN_STYLE, type Style } from './style.js';
import { leavePrivateOut, noteKey } from './private.js';
import { visibleLength, wrap } from './wrap.js';

/** Draws a box around a block (the headline, the crisis lines); `inset` is the columns it takes. */
export interface Frame {
  inset: number;
  box: (lines: string[], kind: 'headline' | 'crisis') => string[];
}

export interface TextOptions {
  width?: number;
  style?: Style;
  /** Boxes for the headline and the crisis block; none in plain text. */
  frame?: Frame;
  /** Print "More, if you want it" too, not only a line saying it is there. */
  full?: boolean;
  /** On a terminal, where "More" is offered right after the plan: the line says to choose it. */
  moreInSession?: boolean;
  /** The day the plan was made (YYYY-MM-DD), for a saved file. */
  date?: string;
  /** Say "In short" again at the end, above the crisis lines: where the eye lands after a long plan. */
  summaryAgain?: boolean;
  /** A file: private points (safety-plan details) left out, with a line saying so (render/private.ts). */
  leaveOutPrivate?: boolean;
}

const clamp = (w: number | undefined) => Math.max(40, Math.min(w ?? 80, 100));

export function pointLines(p: PlanPoint, width: number, style: Style, safety = false): string[] {
  const body = (s: string) => (safety ? style.safety(s) : s);
  const lines = wrap(stripUnsafe(p.do), width, '   ', ` ${style.bullet} `).map(body);
  // Wrapped lines hang under the first word of the quote or the advice, not under the label.
  const say = `   ${msg('render.say')} `;
  const avoid = `   ${msg('render.avoid')} `;
  // The quote mark takes one column more.
  if (p.say)
    lines.push(...wrap(style.quote(stripUnsafe(p.say)), width, ' '.repeat(visibleLength(say) + 1), say).map(style.say));
  if (p.avoid)
    lines.push(...wrap(stripUnsafe(p.avoid), width, ' '.repeat(visibleLength(avoid)), avoid).map(style.avoid));
  return lines;
}

/** A heading, wrapped: a longer language (or the pseudo-locale) must not run past the width. */
const headingLines = (text: string, width: number, style: Style): string[] => wrap(text, width).map(style.heading);

/** A help block (domestic abuse, substance use) as lines: a blank line, its heading, advice, items. */
const helpBlockLines = (b: HelpBlock, width: number, style: Style): string[] => [
  '',
  ...headingLines(b.heading, width, style),
  ...wrap(b.advice, width, ' '),
  ...b.items.flatMap((i) => wrap(i, width, '   ', ` ${style.bullet} `)),
];

/** The crisis box: the numbers first (with `alsoItems`, more lines to call, after them), when they
 * were checked, the advice, the directory, then `extra` blocks. */
export function renderCrisisText(
  c: CrisisInfo,
  options: TextOptions = {},
  extra: readonly HelpBlock[] = [],
  alsoItems: readonly string[] = [],
): string {
  const width = clamp(options.width) - (options.frame?.inset ?? 0);
  const style = options.style ?? PLAIN_STYLE;
  const block = crisisLines(c);
  block.items.push(...alsoItems);
  const items = (list: readonly string[]) => list.flatMap((i) => wrap(i, width, '   ', ` ${style.bullet} `));
  const lines = [
    ...headingLines(block.heading, width, style),
    ...items(block.items),
    ...(block.checked ? wrap(block.checked, width, ' ').map(style.dim) : []),
    ...wrap(block.advice, width, ' '),
    ...items([block.directory]),
    ...extra.flatMap((b) => helpBlockLines(b, width, style)),
  ];
  return (options.frame ? options.frame.box(lines, 'crisis') : lines).join('\n');
}

export function renderPlanText(whole: Plan, options: TextOptions = {}): string {
  const { plan, left } = options.leaveOutPrivate ? leavePrivateOut(whole) : { plan: whole, left: undefined };
  const width = clamp(options.width);
  const style = options.style ?? PLAIN_STYLE;
  const inner = width - (options.frame?.inset ?? 0);
  const headline = [
    ...wrap(stripUnsafe(plan.title), inner).map(style.title),
    ...wrap(msg('render.planOf', { scenario: stripUnsafe(plan.scenario.title) }), inner).map(style.dim),
  ];
  if (options.date) headline.push(...wrap(msg('plan.madeOn', { date: options.date }), inner).map(style.dim));
  const out: string[] = options.frame ? options.frame.box(headline, 'headline') : headline;
  const blocks = helpBlocks(plan);
  const help = renderCrisisText(
    plan.crisis,
    options,
    blocks.filter((b) => !b.discreet),
    plan.safety.risk === 'unsure' ? urgentItems(plan.crisis) : [],
  );
  // With any risk or fear, the lines to call come before anything else, and again at the end.
  if (helpFirst(plan.safety)) out.push('', help);
  const summary = summaryTexts(plan);
  const summaryLines = (heading: string) =>
    summary.length === 0
      ? []
      : [
          '',
          ...headingLines(heading, width, style),
          ...summary.flatMap((t) => wrap(stripUnsafe(t), width, '   ', ` ${style.bullet} `)),
        ];
  out.push(...summaryLines(msg('plan.summary.heading')));
  const sections = (list: Plan['sections'], which: 'main' | 'more') => {
    for (const section of list) {
      out.push('', ...headingLines(words(section.title), width, style));
      for (const p of section.points) out.push(...pointLines(p, width, style, section.id === 'safety'));
      if (left?.where.has(noteKey(which, section.id)))
        out.push(...wrap(msg('plan.privateLeftOut'), width, '   ', ` ${style.bullet} `).map(style.dim));
    }
  };
  sections(plan.sections, 'main');
  const more = plan.more.reduce((n, s) => n + s.points.length, 0);
  if (more > 0 && options.full) {
    out.push('', ...headingLines(msg('plan.more.heading'), width, style));
    sections(plan.more, 'more');
  } else if (more > 0) {
    const note = options.moreInSession ? 'plan.more.noteSession' : 'plan.more.note';
    out.push('', ...wrap(msg(note, { count: more }), width).map(style.dim));
  }
  if (more > 0 && !options.full && plan.worriesInMore)
    out.push(...wrap(msg('plan.more.worries', { worries: plan.worriesInMore.join(', ') }), width).map(style.dim));
  if (options.summaryAgain) out.push(...summaryLines(msg('plan.summary.again')));
  // A plan that opened with the boxes ends with their numbers in a line, not the boxes again (the
  // reader has seen them once, and a frightened reader should not have to wade through them twice).
  const again = helpFirst(plan.safety) ? numbersAgain(plan.crisis) : undefined;
  const abuse = plan.safety.afraid ? plan.crisis.abuse?.[0] : undefined;
  const inset = width - (options.frame?.inset ?? 0);
  const reminder = again && [
    ...wrap(again, inset).map(style.safety),
    ...(abuse ? wrap(msg('render.crisis.abuseItem', { name: abuse.name, how: abuse.how }), inset) : []),
  ];
  // On a terminal the reminder is boxed like the numbers at the top: it is the last thing on screen.
  const ending = reminder ? (options.frame ? options.frame.box(reminder, 'crisis') : reminder).join('\n') : help;
  for (const b of blocks.filter((x) => x.discreet)) out.push(...helpBlockLines(b, width, style));
  out.push('', ending, '', ...wrap(words(plan.disclaimer), width).map(style.dim));
  return `${out.join('\n')}\n`;
}
