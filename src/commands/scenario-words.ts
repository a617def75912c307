// A scenario in the language of this run (src/scenario/localize.ts does the work). The pseudo-locale
// makes its words from the English; a language gets them from its translation files, compiled by
// the build (src/scenario/translations.ts), the English standing in for any not translated. English
// changes nothing and costs nothing.
import type { Scenario } from '../engine/model.js';
import type { PlanPoint } from '../engine/types.js';
import { languageCode, scenarioText } from '../messages/index.js';
import { compiledTranslations } from '../scenario/compiled.js';
import { localizePoints, localizeScenario, type Say } from '../scenario/localize.js';

/** A say from a table of translated strings: the English where the table has none. */
export const sayFrom =
  (table: Readonly<Record<string, string>>): Say =>
  (key, english) =>
    Object.hasOwn(table, key) ? table[key]! : english;

function sayFor(
  table: (t: NonNullable<ReturnType<typeof compiledTranslations>>) => Record<string, string> | undefined,
): Say | undefined {
  const made = scenarioText();
  if (made) return made;
  const code = languageCode();
  if (code === 'en') return undefined;
  const compiled = compiledTranslations(code);
  const found = compiled && table(compiled);
  return found ? sayFrom(found) : undefined;
}

export function spoken(s: Scenario): Scenario {
  const say = sayFor((c) => c.scenarios[s.id]);
  return say ? localizeScenario(s, say) : s;
}

export function spokenPoints(points: PlanPoint[]): PlanPoint[] {
  const say = sayFor((c) => c.steps);
  return say ? localizePoints(points, say) : points;
}
