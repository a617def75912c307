// A scenario, the crisis steps and the practice lines in the language of this run
// (src/scenario/localize.ts and localize-practice.ts do the work). The pseudo-locale makes its words
// from the English; a language gets them from its translation files: the built-in ones compiled by
// the build (src/scenario/translations.ts), else read beside the file with the YAML room (a user's
// scenario with an i18n/<lang>/ folder beside it, or a built-in one run from source). The English
// stands in for any string not translated (the build allows none for the built-in files). English
// changes nothing and costs nothing.
import type { Scenario } from '../engine/model.js';
import type { PracticeContent } from '../engine/practice/model.js';
import type { PlanPoint } from '../engine/types.js';
import { languageCode, scenarioText } from '../messages/index.js';
import { compiledTranslations, isBuiltinScenario, type Translations } from '../scenario/compiled.js';
import { localizePoints, localizeScenario, type Say } from '../scenario/localize.js';
import { localizePractice } from '../scenario/localize-practice.js';
import type { OpenOptions } from '../scenario/open.js';
import { yamlRoom } from './rooms.js';

/** A say from a table of translated strings: the English where the table has none. */
export const sayFrom =
  (table: Readonly<Record<string, string>>): Say =>
  (key, english) =>
    Object.hasOwn(table, key) ? table[key]! : english;

type Room = Awaited<ReturnType<typeof yamlRoom>>;

/** The say for this run: undefined in English; the compiled table when `builtin` and fresh; else
 * the table `read` makes from the YAML files. */
async function sayFor(
  builtin: boolean,
  compiled: (t: Translations) => Record<string, string> | undefined,
  read: (room: Room, language: string) => Record<string, string>,
): Promise<Say | undefined> {
  const made = scenarioText();
  if (made) return made;
  const code = languageCode();
  if (code === 'en') return undefined;
  const ready = builtin ? compiledTranslations(code) : undefined;
  if (ready) return sayFrom(compiled(ready) ?? {});
  return sayFrom(read(await yamlRoom(), code));
}

/** `s` in this run's language. `file` is where it was read from (none for standard input, which
 * has no translation files beside it). */
export async function spoken(s: Scenario, file?: string, o: OpenOptions = {}): Promise<Scenario> {
  if (file === undefined) {
    const made = scenarioText();
    return made ? localizeScenario(s, made) : s;
  }
  const say = await sayFor(
    isBuiltinScenario(file),
    (t) => t.scenarios[s.id],
    (room, code) => room.translationFor(file, s, code, room.openOptions(o)),
  );
  return say ? localizeScenario(s, say) : s;
}

/** The crisis steps (from the built-in crisis modules) in this run's language. */
export async function spokenPoints(points: PlanPoint[]): Promise<PlanPoint[]> {
  const say = await sayFor(
    true,
    (t) => t.steps,
    (room, code) => room.stepsTranslationFor(room.BUILTIN_SHARED_DIR, code, room.openOptions({})),
  );
  return say ? localizePoints(points, say) : points;
}

/** The built-in practice lines in this run's language. */
export async function spokenPractice(content: PracticeContent, o: OpenOptions = {}): Promise<PracticeContent> {
  const say = await sayFor(
    true,
    (t) => t.practice,
    (room, code) => room.practiceTranslationFor(room.BUILTIN_PRACTICE_DIR, code, room.openOptions(o)),
  );
  return say ? localizePractice(content, say) : content;
}
