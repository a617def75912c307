// Fill-ins: {{name}} becomes what the user typed, or the question's default when they skipped it.
import type { Scenario } from './model.js';
import { factOf } from './conditions.js';
import { kindOf } from './kinds/index.js';
import { cleanTyped } from './typed.js';
import type { Facts } from './types.js';

export const FILL_IN = /\{\{\s*([a-z0-9][a-z0-9-]*)\s*\}\}/g;
/** Anything written as a fill-in, a fact name or not ({{__proto__}}, {{toString}}, {{ }}): for the
 * checks, which must see what FILL_IN would leave in the text as braces. */
export const ANY_FILL_IN = /\{\{([^{}]*)\}\}/g;
/** The fact a fill-in's inside names, or undefined when it is no fact name. */
export const fillName = (inside: string): string | undefined => /^\s*([a-z0-9][a-z0-9-]*)\s*$/.exec(inside)?.[1];

/** The default for each fact a text question collects. */
export function fillDefaults(scenario: Scenario): Map<string, string> {
  const out = new Map<string, string>();
  for (const node of Object.values(scenario.nodes)) {
    const d = kindOf(node).fallback?.(node);
    if (d) out.set(d.fact, d.text);
  }
  return out;
}

export function fill(template: string, facts: Facts, defaults: Map<string, string>): string {
  if (!template.includes('{{')) return template;
  return template.replace(FILL_IN, (whole, name: string) => {
    const v = factOf(facts, name);
    // A fact may come from a stored state: cleaned as typed text is, whatever its source.
    const clean = typeof v === 'string' ? cleanTyped(v) : '';
    if (clean.length > 0) return clean;
    return defaults.get(name) ?? whole;
  });
}
