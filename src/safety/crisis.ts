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
  /** Domestic-abuse lines: shown in plans made with fear. */
  abuse?: CrisisLine[];
  /** Substance-use lines: shown in plans about drinking or drugs. */
  substance?: CrisisLine[];
  /** Urgent care that is not an emergency, for "not sure": shown in the crisis block. */
  urgent?: CrisisLine[];
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
    abuse: [
      line(
        'National Domestic Violence Hotline',
        'Call 1-800-799-7233 (TTY 1-800-787-3224), or text START to 88788, or chat at thehotline.org',
        'https://www.thehotline.org; https://ovc.ojp.gov',
      ),
    ],
    substance: [
      line(
        "SAMHSA's National Helpline",
        // helplines.md: "referrals, not counselling"; English and Spanish.
        'Call 1-800-662-4357 (TTY 1-800-487-4889), free, confidential, any time, English or Spanish; ' +
          'referrals to local help, not counselling',
        'https://www.samhsa.gov/find-help/national-helpline',
      ),
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
    // helplines.md: "NHS 111 is for urgent but not emergency care".
    urgent: [
      line(
        'NHS 111',
        'Call 111 for urgent medical help that is not an emergency, any time',
        'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
      ),
    ],
    abuse: [
      line(
        'National Domestic Abuse Helpline (Refuge)',
        'Call 0808 2000 247, free, any time',
        'https://www.refuge.org.uk; https://www.nationaldahelpline.org.uk',
      ),
      line("Men's Advice Line", 'Call 0808 801 0327', 'cited beside the national helpline by UK local services'),
    ],
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
    abuse: [line("Women's Aid National Freephone Helpline", 'Call 1800 341 900, any time', 'https://www.womensaid.ie')],
  },
  AU: {
    name: 'Australia',
    emergency: [emergency('000', 'emergency number in Australia', 'https://www.triplezero.gov.au')],
    lines: [line('Lifeline', 'Call 13 11 14, any time', 'https://www.lifeline.org.au')],
    abuse: [
      line(
        '1800RESPECT',
        'Call 1800 737 732, or text the same number, any time',
        'https://www.1800respect.org.au; Department of Social Services',
      ),
    ],
  },
  NZ: {
    name: 'New Zealand',
    emergency: [
      emergency('111', 'emergency number in New Zealand', 'https://www.police.govt.nz/contact-us/emergency-111'),
    ],
    lines: [line('1737, Need to talk?', 'Call or text 1737, free, any time', 'https://1737.org.nz')],
    abuse: [
      line("Women's Refuge crisis line", 'Call 0800 733 843, any time', 'https://womensrefuge.org.nz; govt.nz'),
      line('Shine helpline', 'Call 0508 744 633, 9am to 11pm', 'https://www.govt.nz'),
    ],
  },
};

// EU member states: 112 works everywhere; helplines differ, so the directory points to them. "EU"
// stands for any of them (the answer "a country of the European Union" to the coach's question).
const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI ES SE EU'.split(' ');

const ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** A country of the European Union not named: 112 and the directory. */
const ANY_EU = 'EU';

/** The regions the coach offers when it asks where the person is, in this order (then "somewhere else"). */
export const ASKED_REGIONS: readonly { code: string; name: string }[] = [
  ...['US', 'CA', 'GB', 'IE', 'AU', 'NZ'].map((code) => ({ code, name: REGIONS[code]!.name })),
  { code: ANY_EU, name: 'a country of the European Union' },
];

export const KNOWN_REGIONS: readonly string[] = [...Object.keys(REGIONS), ...EU].sort();

/** When every number here was last checked against the services' own pages (../shared/helplines.md). */
const NUMBERS_CHECKED = '2026-11';

const ADVICE_KNOWN =
  // Worded for both readers: someone worried about another person, and someone worried about
  // themselves. Calibrated (clinical review S5): a crisis line first for thoughts of suicide, the
  // emergency number for a plan, the means, harm under way, or danger right now; an emergency call
  // where it is not needed can bring a police response that puts people off asking for help again.
  'Thoughts of suicide or self-harm: a crisis line first, for you or for someone with you. ' +
  'A plan, the means at hand, harm under way, or anyone in danger now: the emergency number.';
const ADVICE_UNKNOWN =
  'We do not know which country you are in, so we will not guess a number. ' +
  'If you or anyone else is in danger right now, call your local emergency number. ' +
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
      abuse: r.abuse ?? [],
      substance: r.substance ?? [],
      urgent: r.urgent ?? [],
      directory: DIRECTORY,
      advice: ADVICE_KNOWN,
      checked: NUMBERS_CHECKED,
    };
  if (region && EU.includes(region)) {
    return {
      region,
      regionName: 'the European Union',
      emergency: [EU_112],
      lines: [],
      abuse: [],
      substance: [],
      urgent: [],
      directory: DIRECTORY,
      advice: `${ADVICE_KNOWN} For a crisis line in your country, use the directory below.`,
      checked: NUMBERS_CHECKED,
    };
  }
  return {
    region: null,
    regionName: 'an unknown region',
    emergency: [],
    lines: [],
    abuse: [],
    substance: [],
    urgent: [],
    directory: DIRECTORY,
    advice: ADVICE_UNKNOWN,
  };
}
