// Plan → text for a terminal or a pipe. Plain unless a Style with colours is passed in.
import type { CrisisInfo, Plan, PlanPoint } from '../engine/types.js';
import { msg } from '../messages/index.js';
import { stripUnsafe } from '../safety/sanitize.js';
import { words } from './words.js';
import { crisisLines } from './crisis.js';
import { PLAIN_STYLE, type Style } from './style.js';
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

export function renderCrisisText(c: CrisisInfo, options: TextOptions = {}): string {
  const width = clamp(options.width) - (options.frame?.inset ?? 0);
  const style = options.style ?? PLAIN_STYLE;
  const block = crisisLines(c);
  const lines = [
    style.heading(block.heading),
    ...wrap(block.advice, width, ' '),
    ...block.items.flatMap((i) => wrap(i, width, '   ', ` ${style.bullet} `)),
    ...wrap(block.directory, width, '   ', ` ${style.bullet} `),
  ];
  return (options.frame ? options.frame.box(lines, 'crisis') : lines).join('\n');
}

export function renderPlanText(plan: Plan, options: TextOptions = {}): string {
  const width = clamp(options.width);
  const style = options.style ?? PLAIN_STYLE;
  const inner = width - (options.frame?.inset ?? 0);
  const headline = [
    ...wrap(stripUnsafe(plan.title), inner).map(style.title),
    ...wrap(msg('render.planOf', { scenario: stripUnsafe(plan.scenario.title) }), inner).map(style.dim),
  ];
  const out: string[] = options.frame ? options.frame.box(headline, 'headline') : headline;
  for (const section of plan.sections) {
    out.push('', style.heading(words(section.title)));
    for (const p of section.points) out.push(...pointLines(p, width, style, section.id === 'safety'));
  }
  out.push('', renderCrisisText(plan.crisis, options), '', ...wrap(words(plan.disclaimer), width).map(style.dim));
  return `${out.join('\n')}\n`;
}
