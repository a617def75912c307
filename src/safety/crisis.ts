// Crisis lines by region, in words. The numbers, names, sources and languages are in the verified
// table (helplines.ts); an unknown region gets the emergency-number advice and the international
// directory, never a guessed number. The words around the numbers (how to reach a line, the advice,
// a line's language) are in the catalogue (src/messages/en/crisis.ts), said in the language of the
// run when crisisFor is called: a line that answers in that language comes first, and one that does
// not says which languages it answers in ("atienden en inglés"). No I/O.
import type { CrisisInfo, CrisisLine, EmergencyNumber } from '../engine/types.js';
import { countryName, listOf, msg, wordsLanguage, type MessageId, type Params } from '../messages/index.js';
import { localeOf, type LocaleEnv } from '../messages/languages.js';
import { EU, EU_112, EU_CHECKED, REGIONS, type Answered, type EmergencyData, type LineData } from './helplines.js';

const DIRECTORY_NAME = 'Find A Helpline';
const DIRECTORY_URL = 'https://findahelpline.com';

const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** A country of the European Union not named: 112 and the directory. */
const ANY_EU = 'EU';

/** The regions the coach offers when it asks where the person is, in this order (then "somewhere else"). */
export const askedRegions = (): readonly { code: string; name: string }[] =>
  [...['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'ES', 'PR'], ANY_EU].map((code) => ({
    code,
    name: code === ANY_EU ? msg('crisis.askedEu') : regionName(code),
  }));

export const KNOWN_REGIONS: readonly string[] = [...Object.keys(REGIONS), ...EU].sort();

const regionName = (code: string): string => msg(`crisis.region.${code}` as MessageId);

/** Which languages a line answers in, when not the one spoken ("answered in Spanish"); else nothing. */
function answeredIn(a: Answered, how: string, spoken: string): string {
  if (a.in.includes(spoken)) return how;
  const languages = listOf(a.in.map((code) => msg(`crisis.language.${code}` as MessageId)));
  if (a.total !== undefined) return msg('crisis.answered.many', { how, languages, total: a.total });
  return msg(a.interpreters ? 'crisis.answered.interpreters' : 'crisis.answered.in', { how, languages });
}

/** A line in words: its way for the language spoken where it has one (988: press 2 for Spanish),
 * its numbers put into the catalogue's sentence (hours as words too), and its language when not
 * the one spoken; its brief way for "In short" too, where it has one. */
const said = (l: LineData, spoken: string): CrisisLine => {
  const way = l.ways?.[spoken];
  const brief = way ? way.brief : l.brief;
  const words = ([id, params]: readonly [MessageId, Params]) => {
    const hours =
      params.hours === undefined ? params : { ...params, hours: msg(`crisis.hours.${params.hours}` as MessageId) };
    return answeredIn(l.languages, msg(id, hours), spoken);
  };
  return {
    name: l.name,
    how: words(way?.how ?? l.how),
    ...(brief ? { brief: words(brief) } : {}),
    source: way?.source ?? l.source,
    languages: [...l.languages.in],
  };
};
/** The lines in words, those that answer in the language spoken first (otherwise in the table's order). */
function saidAll(lines: readonly LineData[] | undefined): CrisisLine[] {
  const spoken = wordsLanguage();
  const all = lines ?? [];
  const answers = (l: LineData) => l.languages.in.includes(spoken);
  return [...all.filter(answers), ...all.filter((l) => !answers(l))].map((l) => said(l, spoken));
}
const emergencyNumber = (e: EmergencyData): EmergencyNumber => ({
  number: e.number,
  where: e.where === 'EU' ? msg('crisis.where.eu') : msg('crisis.where', { region: regionName(e.where) }),
  source: e.source,
});
const directory = () => ({
  name: msg('crisis.directory', { name: DIRECTORY_NAME }),
  url: DIRECTORY_URL,
  source: DIRECTORY_URL,
});

/** A region code from --region or the locale ("en_GB.UTF-8" → "GB"); null when not known. */
export function normaliseRegion(code: string | undefined): string | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  const c = ALIASES[upper] ?? upper;
  return Object.hasOwn(REGIONS, c) || EU.includes(c) ? c : null;
}

/** The country named by the locale variables, in the order the C library reads them ("es_MX.UTF-8"
 * → "MX"), whether or not its lines are known; undefined when none names one (C.UTF-8). */
export function countryOfLocale(env: LocaleEnv): string | undefined {
  return /^[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})\b/.exec(localeOf(env))?.[1]?.toUpperCase();
}

/** The region named by the locale variables, when its lines are known; else null. */
export const regionFromLocale = (env: LocaleEnv): string | null => normaliseRegion(countryOfLocale(env));

/** The lines for `region`: a known region's, the EU's for a member state, else the emergency advice and
 * the directory. A country named with no verified line (MX, AR...: ../shared/helplines.md) is named in
 * the advice, so a person who said where they are is not told that we do not know it. */
export function crisisFor(region: string | null): CrisisInfo {
  const r = region && Object.hasOwn(REGIONS, region) ? REGIONS[region]! : undefined;
  if (r)
    return {
      region,
      regionName: regionName(region!),
      emergency: r.emergency.map(emergencyNumber),
      lines: saidAll(r.lines),
      abuse: saidAll(r.abuse),
      substance: saidAll(r.substance),
      urgent: saidAll(r.urgent),
      directory: directory(),
      advice: msg('crisis.advice.known'),
      checked: r.checked,
    };
  if (region && EU.includes(region)) {
    return {
      region,
      regionName: regionName(ANY_EU),
      emergency: [emergencyNumber(EU_112)],
      lines: [],
      abuse: [],
      substance: [],
      urgent: [],
      directory: directory(),
      advice: msg('crisis.advice.eu', { advice: msg('crisis.advice.known') }),
      checked: EU_CHECKED,
    };
  }
  const country = region ? countryName(region.trim().toUpperCase()) : undefined;
  return {
    region: null,
    regionName: country ?? msg('crisis.region.unknown'),
    emergency: [],
    lines: [],
    abuse: [],
    substance: [],
    urgent: [],
    directory: directory(),
    advice: country ? msg('crisis.advice.unverified', { region: country }) : msg('crisis.advice.unknown'),
  };
}
