// Crisis lines by region. These are facts that must be right: each names its source, and only the
// verified numbers are here. An unknown region gets the emergency-number advice and the
// international directory, never a guessed number. Pure data: no I/O.
import type { CrisisInfo, CrisisLine, EmergencyNumber } from '../engine/types.js';

const DIRECTORY = {
  name: 'Find A Helpline (free, confidential helplines in many countries)',
  url: 'https://findahelpline.com',
  source: 'https://findahelpline.com',
};

const line = (name: string, how: string, source: string): CrisisLine => ({ name, how, source });
const emergency = (number: string, where: string, source: string): EmergencyNumber => ({ number, where, source });

const SAMARITANS = line('Samaritans', 'Call 116 123, free, any time, day or night', 'https://www.samaritans.org');
const EU_112 = emergency(
  '112',
  'the emergency number across the European Union',
  'https://digital-strategy.ec.europa.eu/en/policies/112',
);

interface Region {
  name: string;
  emergency: EmergencyNumber[];
  lines: CrisisLine[];
}

const REGIONS: Record<string, Region> = {
  US: {
    name: 'the United States',
    emergency: [emergency('911', 'emergency number in the United States', 'https://www.911.gov')],
    lines: [
      line(
        '988 Suicide & Crisis Lifeline',
        'Call or text 988, or chat online at 988lifeline.org',
        'https://988lifeline.org',
      ),
      line('Crisis Text Line', 'Text HOME to 741741', 'https://www.crisistextline.org'),
    ],
  },
  CA: {
    name: 'Canada',
    emergency: [emergency('911', 'emergency number in Canada', 'https://crtc.gc.ca/eng/phone/911/')],
    lines: [line('9-8-8 Suicide Crisis Helpline', 'Call or text 9-8-8, any time', 'https://988.ca')],
  },
  GB: {
    name: 'the United Kingdom',
    emergency: [
      emergency(
        '999',
        'emergency number in the United Kingdom',
        'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/',
      ),
    ],
    lines: [SAMARITANS, line('Shout', 'Text SHOUT to 85258', 'https://giveusashout.org')],
  },
  IE: {
    name: 'Ireland',
    emergency: [
      emergency(
        '112',
        'emergency number in Ireland',
        'https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/',
      ),
      emergency(
        '999',
        'emergency number in Ireland',
        'https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/',
      ),
    ],
    lines: [SAMARITANS],
  },
  AU: {
    name: 'Australia',
    emergency: [emergency('000', 'emergency number in Australia', 'https://www.triplezero.gov.au')],
    lines: [line('Lifeline', 'Call 13 11 14, any time', 'https://www.lifeline.org.au')],
  },
  NZ: {
    name: 'New Zealand',
    emergency: [
      emergency('111', 'emergency number in New Zealand', 'https://www.police.govt.nz/contact-us/emergency-111'),
    ],
    lines: [line('1737, Need to talk?', 'Call or text 1737, free, any time', 'https://1737.org.nz')],
  },
};

// EU member states: 112 works everywhere; helplines differ, so the directory points to them.
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

export const KNOWN_REGIONS: readonly string[] = [...Object.keys(REGIONS), ...EU].sort();

const ADVICE_KNOWN =
  'If someone is in danger right now, call the emergency number. You can also call a crisis line for them or with them.';
const ADVICE_UNKNOWN =
  'We do not know which country you are in, so we will not guess a number. If someone is in danger right now, call your local emergency number. ' +
  'To find a crisis line where you are, use the international directory below.';

/** A region code from --region or the locale ("en_GB.UTF-8" → "GB"); null when not known. */
export function normaliseRegion(code: string | undefined): string | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  const c = ALIASES[upper] ?? upper;
  return Object.hasOwn(REGIONS, c) || EU.includes(c) ? c : null;
}

/** The region named by the locale variables, in the order the C library reads them. */
export function regionFromLocale(env: {
  LC_ALL?: string | undefined;
  LC_MESSAGES?: string | undefined;
  LANG?: string | undefined;
}): string | null {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const m = /^[a-zA-Z]{2,3}[_-]([a-zA-Z]{2})\b/.exec(locale);
  return m ? normaliseRegion(m[1]) : null;
}

export function crisisFor(region: string | null): CrisisInfo {
  const r = region && Object.hasOwn(REGIONS, region) ? REGIONS[region]! : undefined;
  if (r)
    return {
      region,
      regionName: r.name,
      emergency: r.emergency,
      lines: r.lines,
      directory: DIRECTORY,
      advice: ADVICE_KNOWN,
    };
  if (region && EU.includes(region)) {
    return {
      region,
      regionName: 'the European Union',
      emergency: [EU_112],
      lines: [],
      directory: DIRECTORY,
      advice: `${ADVICE_KNOWN} For a crisis line in your country, use the directory below.`,
    };
  }
  return {
    region: null,
    regionName: 'an unknown region',
    emergency: [],
    lines: [],
    directory: DIRECTORY,
    advice: ADVICE_UNKNOWN,
  };
}
