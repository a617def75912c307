// Crisis lines by region. These are facts that must be right: each names its source, and only the
// verified numbers are here. An unknown region gets the emergency-number advice and the
// international directory, never a guessed number. Pure data: no I/O. The words around the numbers
// (how to reach a line, the advice) are in the catalogue (src/messages/en/crisis.ts), said in the
// language of the run when crisisFor is called; the numbers, names and sources stay here.
import type { CrisisInfo, CrisisLine, EmergencyNumber } from '../engine/types.js';
import { msg, type MessageId, type Params } from '../messages/index.js';

/** How to reach a line: a catalogue id and the numbers it names. */
type How = readonly [MessageId, Params];

interface LineData {
  name: string;
  how: How;
  source: string;
}
interface EmergencyData {
  number: string;
  /** The region the number is for (its name is said in words), or the whole European Union. */
  where: string;
  source: string;
}

const DIRECTORY_NAME = 'Find A Helpline';
const DIRECTORY_URL = 'https://findahelpline.com';

const line = (name: string, how: How, source: string): LineData => ({ name, how, source });
const emergency = (number: string, where: string, source: string): EmergencyData => ({ number, where, source });

const SAMARITANS = line(
  'Samaritans',
  ['crisis.how.callFreeDayNight', { number: '116 123' }],
  'https://www.samaritans.org',
);
const EU_112 = emergency('112', 'EU', 'https://digital-strategy.ec.europa.eu/en/policies/112');

interface Region {
  emergency: EmergencyData[];
  lines: LineData[];
  /** Domestic-abuse lines: shown in plans made with fear. */
  abuse?: LineData[];
  /** Substance-use lines: shown in plans about drinking or drugs. */
  substance?: LineData[];
  /** Urgent care that is not an emergency, for "not sure": shown in the crisis block. */
  urgent?: LineData[];
}

const REGIONS: Record<string, Region> = {
  US: {
    emergency: [emergency('911', 'US', 'https://www.911.gov')],
    lines: [
      line(
        '988 Suicide & Crisis Lifeline',
        ['crisis.how.callTextChat', { number: '988', site: '988lifeline.org' }],
        'https://988lifeline.org',
      ),
      line(
        'Crisis Text Line',
        ['crisis.how.textWord', { word: 'HOME', number: '741741' }],
        'https://www.crisistextline.org',
      ),
    ],
    abuse: [
      line(
        'National Domestic Violence Hotline',
        [
          'crisis.how.callTtyTextChat',
          { number: '1-800-799-7233', tty: '1-800-787-3224', word: 'START', text: '88788', site: 'thehotline.org' },
        ],
        'https://www.thehotline.org; https://ovc.ojp.gov',
      ),
    ],
    substance: [
      line(
        "SAMHSA's National Helpline",
        // helplines.md: "referrals, not counselling"; English and Spanish.
        ['crisis.how.referrals', { number: '1-800-662-4357', tty: '1-800-487-4889' }],
        'https://www.samhsa.gov/find-help/national-helpline',
      ),
    ],
  },
  CA: {
    emergency: [emergency('911', 'CA', 'https://crtc.gc.ca/eng/phone/911/')],
    lines: [
      line('9-8-8 Suicide Crisis Helpline', ['crisis.how.callTextAnyTime', { number: '9-8-8' }], 'https://988.ca'),
    ],
  },
  GB: {
    emergency: [
      emergency('999', 'GB', 'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/'),
    ],
    lines: [
      SAMARITANS,
      line('Shout', ['crisis.how.textWord', { word: 'SHOUT', number: '85258' }], 'https://giveusashout.org'),
    ],
    // helplines.md: "NHS 111 is for urgent but not emergency care".
    urgent: [
      line(
        'NHS 111',
        ['crisis.how.urgentCare', { number: '111' }],
        'https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-use-111/',
      ),
    ],
    abuse: [
      line(
        'National Domestic Abuse Helpline (Refuge)',
        ['crisis.how.callFreeAnyTime', { number: '0808 2000 247' }],
        'https://www.refuge.org.uk; https://www.nationaldahelpline.org.uk',
      ),
      line(
        "Men's Advice Line",
        ['crisis.how.call', { number: '0808 801 0327' }],
        'cited beside the national helpline by UK local services',
      ),
    ],
  },
  IE: {
    emergency: [
      emergency(
        '112',
        'IE',
        'https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/',
      ),
      emergency(
        '999',
        'IE',
        'https://www.gov.ie/en/department-of-the-environment-climate-and-communications/services/emergency-call-answering-service/',
      ),
    ],
    lines: [SAMARITANS],
    abuse: [
      line(
        "Women's Aid National Freephone Helpline",
        ['crisis.how.callAnyTime', { number: '1800 341 900' }],
        'https://www.womensaid.ie',
      ),
    ],
  },
  AU: {
    emergency: [emergency('000', 'AU', 'https://www.triplezero.gov.au')],
    lines: [line('Lifeline', ['crisis.how.callAnyTime', { number: '13 11 14' }], 'https://www.lifeline.org.au')],
    abuse: [
      line(
        '1800RESPECT',
        ['crisis.how.callOrTextSame', { number: '1800 737 732' }],
        'https://www.1800respect.org.au; Department of Social Services',
      ),
    ],
  },
  NZ: {
    emergency: [emergency('111', 'NZ', 'https://www.police.govt.nz/contact-us/emergency-111')],
    lines: [line('1737, Need to talk?', ['crisis.how.callTextFreeAnyTime', { number: '1737' }], 'https://1737.org.nz')],
    abuse: [
      line(
        "Women's Refuge crisis line",
        ['crisis.how.callAnyTime', { number: '0800 733 843' }],
        'https://womensrefuge.org.nz; govt.nz',
      ),
      line(
        'Shine helpline',
        ['crisis.how.callHours', { number: '0508 744 633', hours: '9to23' }],
        'https://www.govt.nz',
      ),
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
export const askedRegions = (): readonly { code: string; name: string }[] =>
  [...['US', 'CA', 'GB', 'IE', 'AU', 'NZ'], ANY_EU].map((code) => ({
    code,
    name: code === ANY_EU ? msg('crisis.askedEu') : regionName(code),
  }));

export const KNOWN_REGIONS: readonly string[] = [...Object.keys(REGIONS), ...EU].sort();

/** When every number here was last checked against the services' own pages (../shared/helplines.md). */
const NUMBERS_CHECKED = '2026-11';

const regionName = (code: string): string => msg(`crisis.region.${code}` as MessageId);

/** A line in words: its numbers put into the catalogue's sentence (hours as words too). */
const said = (l: LineData): CrisisLine => {
  const [id, params] = l.how;
  const hours =
    params.hours === undefined ? params : { ...params, hours: msg(`crisis.hours.${params.hours}` as MessageId) };
  return { name: l.name, how: msg(id, hours), source: l.source };
};
const saidAll = (lines: readonly LineData[] | undefined): CrisisLine[] => (lines ?? []).map(said);
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
      regionName: regionName(region!),
      emergency: r.emergency.map(emergencyNumber),
      lines: saidAll(r.lines),
      abuse: saidAll(r.abuse),
      substance: saidAll(r.substance),
      urgent: saidAll(r.urgent),
      directory: directory(),
      advice: msg('crisis.advice.known'),
      checked: NUMBERS_CHECKED,
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
      checked: NUMBERS_CHECKED,
    };
  }
  return {
    region: null,
    regionName: msg('crisis.region.unknown'),
    emergency: [],
    lines: [],
    abuse: [],
    substance: [],
    urgent: [],
    directory: directory(),
    advice: msg('crisis.advice.unknown'),
  };
}
