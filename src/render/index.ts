import type { Plan } from '../engine/types.js';
import type { Format } from './formats.js';
export { FORMATS, type Format } from './formats.js';
import { renderPlanJson } from './json.js';
import { renderPlanMarkdown } from './markdown.js';
import { renderPlanText, type TextOptions } from './text.js';

export function renderPlan(plan: Plan, format: Format, options: TextOptions = {}): string {
  if (format === 'json') return renderPlanJson(plan);
  if (format === 'markdown') return renderPlanMarkdown(plan);
  return renderPlanText(plan, options);
}
