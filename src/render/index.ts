import type { Plan } from '../engine/types.js';
import type { Format } from './formats.js';
export { FORMATS, type Format } from './formats.js';
import { renderPlanJson } from './json.js';
import { renderPlanMarkdown, type MarkdownOptions } from './markdown.js';
import { renderPlanText, type TextOptions } from './text.js';

export interface RenderOptions extends TextOptions, MarkdownOptions {}

/** A plan in a format. `answers: false` leaves the answers out (a saved file); JSON always has
 * both parts of the plan, and the answers unless told otherwise. `leaveOutPrivate` (a file) leaves
 * the safety-plan details out in every format. */
export function renderPlan(plan: Plan, format: Format, options: RenderOptions = {}): string {
  if (format === 'json')
    return renderPlanJson(options.answers === false ? { ...plan, answers: [] } : plan, {
      leaveOutPrivate: options.leaveOutPrivate === true,
    });
  if (format === 'markdown') return renderPlanMarkdown(plan, options);
  return renderPlanText(plan, options);
}
