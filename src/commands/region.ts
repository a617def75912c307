// Which region's crisis lines to show, and why: --region, else TALKCOACH_REGION, else the region kept
// with `talkcoach config set region`, else the locale.
// The why is said with the numbers, so a person abroad, or on a borrowed computer, sees how to change it.
// The region is apart from the language: es_US is Spanish words with the US lines, es_MX Spanish words
// with Mexico named and no number (none is verified there), en_ES English words with Spain's lines.
import type { CrisisInfo } from '../engine/types.js';
import { readConfig } from '../io/config-file.js';
import { countryName, msg } from '../messages/index.js';
import { localeOf } from '../messages/languages.js';
import { countryOfLocale, crisisFor, KNOWN_REGIONS, normaliseRegion } from '../safety/crisis.js';
import type { Io } from '../io/types.js';
import { echoed } from './parser.js';

export interface RegionChoice {
  region: string | null;
  /** Where the region came from, in words: "from --region", "from your locale en_US.UTF-8"... */
  why: string;
  /** A country named (by --region, TALKCOACH_REGION or the locale) with no verified lines (MX): the
   * advice names it rather than say we do not know where the person is. */
  named?: string;
  /** No known region is said (no --region, TALKCOACH_REGION, kept region, or known country in the
   * locale, as with LANG=C.UTF-8 or es_MX.UTF-8): on a terminal, the coach asks. A locale's country is
   * weak evidence of where someone is (es_MX is common in the United States), so it is asked too. */
  unsaid?: boolean;
}

/** A country code, if it names one ("mx" → "MX"); undefined for XX and the like. */
const country = (code: string | undefined): string | undefined => {
  const upper = code?.trim().toUpperCase();
  return upper && countryName(upper) !== undefined ? upper : undefined;
};

export function chooseRegion(o: { region?: string }, io: Io): RegionChoice {
  const given = o.region ?? io.env.TALKCOACH_REGION;
  if (given !== undefined && given !== '') {
    const from = o.region !== undefined ? '--region' : 'TALKCOACH_REGION';
    const region = normaliseRegion(given);
    // Said at once on stderr: the code given is not one we have verified numbers for.
    if (!region)
      io.stderr.write(`${msg('cli.region.unknown', { given: echoed(given), from, known: KNOWN_REGIONS.join(' ') })}\n`);
    const named = region ? undefined : country(given);
    const why = msg(region || named ? 'cli.region.from' : 'cli.region.notKnown', { from });
    return { region, why, ...(named ? { named } : {}) };
  }
  const kept = keptRegion(io);
  if (kept) return { region: kept, why: msg('cli.region.fromConfig') };
  const locale = localeOf(io.env);
  const code = countryOfLocale(io.env);
  const region = normaliseRegion(code);
  if (region) return { region, why: msg('cli.region.fromLocale', { locale }) };
  const named = country(code);
  if (named) return { region: null, why: msg('cli.region.fromLocale', { locale }), named, unsaid: true };
  const why = msg(locale ? 'cli.region.noneInLocale' : 'cli.region.noLocale', { locale });
  return { region: null, why, unsaid: true };
}

/** The crisis lines for the region chosen; for a country named with none verified, its name. */
export const crisisOf = (c: RegionChoice): CrisisInfo => crisisFor(c.region ?? c.named ?? null);

/** The region kept with `talkcoach config`, when it names one we know (a bad file is said on stderr). */
function keptRegion(io: Io): string | null {
  const { config, warning } = readConfig(io.env);
  if (warning) io.stderr.write(`${warning}\n`);
  return normaliseRegion(config.region);
}

/** One line: which region's lines these are and why, and how to change it. */
export function regionLine(c: RegionChoice): string {
  if (c.region) return msg('cli.region.used', { region: c.region, why: c.why });
  const name = c.named === undefined ? undefined : countryName(c.named);
  return name ? msg('cli.region.unverified', { region: name, why: c.why }) : msg('cli.region.none', { why: c.why });
}
