// The verified lines, by region, exactly as ../shared/helplines.md gives them: each number with its
// source, and the languages each line answers in with where that was checked. Nothing here that is
// not in that table: an unknown region gets the emergency advice and the directory, never a guess.
// Pure data: the words around the numbers are in the catalogue (src/messages/<lang>/crisis.ts).
import type { MessageId, Params } from '../messages/index.js';

/** How to reach a line: a catalogue id and the numbers it names. */
type How = readonly [MessageId, Params];

/** The languages a line answers in (ISO 639-1), and where that was checked. */
export interface Answered {
  in: readonly string[];
  source: string;
  /** Interpreters for other languages (Spain's 024). */
  interpreters?: true;
  /** How many languages in all, where the source gives a count beyond those named (016: 53). */
  total?: number;
}

export interface LineData {
  name: string;
  how: How;
  source: string;
  languages: Answered;
  /** How to reach it in a few words, for "In short" (at most 100 words), where `how` says more. */
  brief?: How;
  /** How to reach it in one of its other languages, where that differs (988: press 2 for Spanish). */
  ways?: Readonly<Record<string, { how: How; brief?: How; source: string }>>;
}

export interface EmergencyData {
  number: string;
  /** The region the number is for (its name is said in words), or the whole European Union. */
  where: string;
  source: string;
}

export interface Region {
  emergency: EmergencyData[];
  lines: LineData[];
  /** Domestic-abuse lines: shown in plans made with fear. */
  abuse?: LineData[];
  /** Substance-use lines: shown in plans about drinking or drugs. */
  substance?: LineData[];
  /** Urgent care that is not an emergency, for "not sure": shown in the crisis block. */
  urgent?: LineData[];
  /** The month its numbers were last checked against the services' own pages. */
  checked: string;
}

// helplines.md: "Every line above is answered in English unless its row says Spanish".
const english = (source: string): Answered => ({ in: ['en'], source });

const line = (name: string, how: How, source: string, languages = english(source)): LineData => ({
  name,
  how,
  source,
  languages,
});
const emergency = (number: string, where: string, source: string): EmergencyData => ({ number, where, source });

const SAMARITANS = line(
  'Samaritans',
  ['crisis.how.callFreeDayNight', { number: '116 123' }],
  'https://www.samaritans.org',
);
export const EU_112 = emergency('112', 'EU', 'https://digital-strategy.ec.europa.eu/en/policies/112');

/** The first table's month; the Spanish-language rows were checked on 7 December 2026. */
const NOVEMBER = '2026-11';
const DECEMBER = '2026-12';

const LIFELINE_ES = '988lifeline.org (get-help/what-to-expect); samhsa.gov press release, 13 July 2023';

export const REGIONS: Readonly<Record<string, Region>> = {
  US: {
    emergency: [emergency('911', 'US', 'https://www.911.gov')],
    lines: [
      {
        ...line(
          '988 Suicide & Crisis Lifeline',
          ['crisis.how.callTextChat', { number: '988', site: '988lifeline.org' }],
          'https://988lifeline.org',
          { in: ['en', 'es'], source: LIFELINE_ES },
        ),
        // In short: the call and the text; the chat stays in the box.
        brief: ['crisis.how.callText', { number: '988' }],
        ways: {
          es: {
            how: ['crisis.how.pressForSpanish', { number: '988', option: '2', word: 'AYUDA', site: '988lifeline.org' }],
            brief: ['crisis.how.pressForSpanishBrief', { number: '988', option: '2', word: 'AYUDA' }],
            source: LIFELINE_ES,
          },
        },
      },
      line(
        'Crisis Text Line',
        ['crisis.how.textWord', { word: 'HOME', number: '741741' }],
        'https://www.crisistextline.org',
      ),
    ],
    abuse: [
      {
        ...line(
          'National Domestic Violence Hotline',
          [
            'crisis.how.callTtyTextChat',
            { number: '1-800-799-7233', tty: '1-800-787-3224', word: 'START', text: '88788', site: 'thehotline.org' },
          ],
          'https://www.thehotline.org; https://ovc.ojp.gov',
          // Calls and chat: Spanish-speaking advocates. Text START: not verified in Spanish, so the
          // Spanish way says it is answered in English.
          { in: ['en', 'es'], source: 'hhs.texas.gov/es (Texas Health and Human Services)' },
        ),
        // In short: the call and the text; the TTY and the chat stay in the box.
        brief: ['crisis.how.callOrTextWord', { number: '1-800-799-7233', word: 'START', text: '88788' }],
        ways: {
          es: {
            how: [
              'crisis.how.advocatesInSpanish',
              {
                number: '1-800-799-7233',
                tty: '1-800-787-3224',
                site: 'espanol.thehotline.org',
                word: 'START',
                text: '88788',
              },
            ],
            // In short: the call and the chat in Spanish; the TTY and the text line stay in the box.
            brief: ['crisis.how.callChatInSpanish', { number: '1-800-799-7233', site: 'espanol.thehotline.org' }],
            source: 'hhs.texas.gov/es (Texas Health and Human Services); https://www.thehotline.org',
          },
        },
      },
    ],
    substance: [
      {
        ...line(
          "SAMHSA's National Helpline",
          // helplines.md: "referrals, not counselling"; English and Spanish (its text service, English
          // only, is not offered here).
          ['crisis.how.referrals', { number: '1-800-662-4357', tty: '1-800-487-4889' }],
          'https://www.samhsa.gov/find-help/national-helpline',
          { in: ['en', 'es'], source: 'https://www.samhsa.gov/find-help/national-helpline' },
        ),
        // In short: the number; the TTY and what it offers stay in the box.
        brief: ['crisis.how.callReferralsBrief', { number: '1-800-662-4357' }],
      },
    ],
    checked: NOVEMBER,
  },
  // helplines.md, Spanish-language options: 988 in Puerto Rico is answered by Línea PAS, in Spanish;
  // emergency 911 as in the US. No other line is verified for Puerto Rico.
  PR: {
    emergency: [emergency('911', 'PR', 'https://www.911.gov (as the US)')],
    lines: [
      line(
        '988 (Línea PAS)',
        ['crisis.how.callText', { number: '988' }],
        'SAMHSA announcement (Línea PAS is Puerto Rico’s 988 centre)',
        {
          in: ['es'],
          source: 'SAMHSA announcement (Línea PAS is Puerto Rico’s 988 centre)',
        },
      ),
    ],
    checked: DECEMBER,
  },
  CA: {
    emergency: [emergency('911', 'CA', 'https://crtc.gc.ca/eng/phone/911/')],
    lines: [
      line('9-8-8 Suicide Crisis Helpline', ['crisis.how.callTextAnyTime', { number: '9-8-8' }], 'https://988.ca'),
    ],
    checked: NOVEMBER,
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
    checked: NOVEMBER,
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
    checked: NOVEMBER,
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
    checked: NOVEMBER,
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
    checked: NOVEMBER,
  },
  // helplines.md, Spanish-language options. Spain had 112 and the directory as any EU country; now its
  // own lines. No substance-use line is verified: plans point to a doctor and the directory.
  ES: {
    emergency: [emergency('112', 'ES', 'https://digital-strategy.ec.europa.eu/en/policies/112')],
    lines: [
      line(
        // Línea de atención a la conducta suicida (Ministerio de Sanidad): its usual short name.
        'Línea 024',
        ['crisis.how.callForFamilyToo', { number: '024' }],
        'BOE of 20 December 2021 (as cited by Maldita); launch on 10 May 2022 reported by RTVE and the ' +
          'ministry’s statement quoted by Onda Cero',
        { in: ['es'], interpreters: true, source: 'BOE of 20 December 2021 (as cited by Maldita)' },
      ),
    ],
    abuse: [
      {
        ...line(
          // Violence against women (Ministerio de Igualdad).
          'Línea 016',
          ['crisis.how.violenceAgainstWomen', { number: '016', whatsapp: '600 000 016' }],
          'Concello de Mugardos, relaying the Delegación del Gobierno contra la Violencia de Género; the ' +
            'ministry’s figures as quoted by Europa Press, August 2025',
          { in: ['es'], total: 53, source: 'Concello de Mugardos; Europa Press, August 2025' },
        ),
        // In short: the call-log note and what it is for stay in the crisis box and the abuse block.
        brief: ['crisis.how.callOrWhatsApp', { number: '016', whatsapp: '600 000 016' }],
      },
    ],
    checked: DECEMBER,
  },
};

// EU member states: 112 works everywhere; helplines differ, so the directory points to them. "EU"
// stands for any of them (the answer "a country of the European Union" to the coach's question).
// Spain is not here: it has its own lines above.
export const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI SE EU'.split(' ');

/** When the EU's 112 and the directory were last checked. */
export const EU_CHECKED = NOVEMBER;
