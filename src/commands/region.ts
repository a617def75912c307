// Which region's crisis lines to show, and why: --region, else TALKCOACH_REGION, else the region kept
// with `talkcoach config set region`, else the locale.
// The why is said with the numbers, so a person abroad, or on a borrowed computer, sees how to change it.
import { readConfig } from '../io/config-file.js';
import { msg } from '../messages/index.js';
import { KNOWN_REGIONS, normaliseRegion, regionFromLocale } from '../safety/crisis.js';
import type { Io } from '../io/types.js';
import { echoed } from './parser.js';

export interface RegionChoice {
  region: string | null;
  /** Where the region came from, in words: "from --region", "from your locale en_US.UTF-8"... */
  why: string;
  /** Nothing says where the person is (no --region, TALKCOACH_REGION, kept region, or country in the
   * locale, as with LANG=C.UTF-8): on a terminal, the coach asks. */
  unsaid?: boolean;
}

const localeOf = (env: Io['env']) => env.LC_ALL || env.LC_MESSAGES || env.LANG || '';

export function chooseRegion(o: { region?: string }, io: Io): RegionChoice {
  const given = o.region ?? io.env.TALKCOACH_REGION;
  if (given !== undefined && given !== '') {
    const from = o.region !== undefined ? '--region' : 'TALKCOACH_REGION';
    const region = normaliseRegion(given);
    // Said at once on stderr: the code given is not one we have verified numbers for.
    if (!region)
      io.stderr.write(`${msg('cli.region.unknown', { given: echoed(given), from, known: KNOWN_REGIONS.join(' ') })}\n`);
    return { region, why: msg(region ? 'cli.region.from' : 'cli.region.notKnown', { from }) };
  }
  const kept = keptRegion(io);
  if (kept) return { region: kept, why: msg('cli.region.fromConfig') };
  const locale = localeOf(io.env);
  const region = regionFromLocale(io.env);
  if (region) return { region, why: msg('cli.region.fromLocale', { locale }) };
  const why = msg(locale ? 'cli.region.noneInLocale' : 'cli.region.noLocale', { locale });
  return { region: null, why, unsaid: true };
}

/** The region kept with `talkcoach config`, when it names one we know (a bad file is said on stderr). */
function keptRegion(io: Io): string | null {
  const { config, warning } = readConfig(io.env);
  if (warning) io.stderr.write(`${warning}\n`);
  return normaliseRegion(config.region);
}

/** One line: which region's lines these are and why, and how to change it. */
export const regionLine = (c: RegionChoice): string =>
  msg(c.region ? 'cli.region.used' : 'cli.region.none', { region: c.region ?? '', why: c.why });
