// Crisis lines for Spanish speakers (issue 25, item 4), region by language: each line says the
// languages it answers in, the lines that answer in the language of the words come first (by their
// own way: 988's "press 2", text AYUDA), a line that does not says so ("atienden en inglés"), Spain
// and Puerto Rico are known, and Mexico, Argentina, Colombia, Chile and Peru stay without a number.
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/messages/index.js';
import { crisisFor, KNOWN_REGIONS, regionFromLocale } from '../../src/safety/crisis.js';
import type { CrisisInfo, CrisisLine } from '../../src/engine/types.js';

afterEach(() => useLanguage('en'));

async function crisisIn(lang: string, region: string | null): Promise<CrisisInfo> {
  await useLanguage(lang);
  return crisisFor(region);
}

const every = (c: CrisisInfo): CrisisLine[] => [
  ...c.lines,
  ...(c.abuse ?? []),
  ...(c.substance ?? []),
  ...(c.urgent ?? []),
];
/** The crisis info as one text: what any format would show. */
const all = (c: CrisisInfo) =>
  [c.regionName, c.advice, ...c.emergency.map((e) => `${e.number} ${e.where}`)]
    .concat(every(c).map((l) => `${l.name}: ${l.how}`))
    .join('\n');

interface Pair {
  lang: string;
  region: string;
  /** Emergency numbers, in order. */
  emergency: string[];
  /** The first crisis line's how says this (its way in the language of the words). */
  first: RegExp;
  /** Each of these is in the text. */
  has: RegExp[];
  /** None of these is. */
  lacks: RegExp[];
}

const PAIRS: Pair[] = [
  {
    lang: 'en',
    region: 'US',
    emergency: ['911'],
    first: /^Call or text 988, or chat online at 988lifeline\.org$/,
    has: [/Text HOME to 741741/, /text START to 88788/],
    // Guards against English words naming English, or the US's English plan changed by the Spanish rows.
    lacks: [/answered in/, /press 2/],
  },
  {
    lang: 'es',
    region: 'US',
    emergency: ['911'],
    first:
      /^Llama al 988 y marca el 2, envía AYUDA por mensaje de texto al 988 o chatea en 988lifeline\.org: en español$/,
    has: [
      /Crisis Text Line: Envía HOME por mensaje de texto al 741741; atienden en inglés/,
      /1-800-799-7233 \(TTY 1-800-787-3224\): te atienden en español/,
      /Chat en español: espanol\.thehotline\.org/,
      // helplines.md: text START is not verified in Spanish, so it is said to be in English.
      /START al 88788, en inglés/,
      /1-800-662-4357 .*en inglés o en español/,
    ],
    // Guards against the hotline's text line promised in Spanish, and SAMHSA's said to be English only.
    lacks: [/START[^.\n]*español/, /SAMHSA's National Helpline: [^\n]*atienden en/, /press|Call /],
  },
  {
    lang: 'es',
    region: 'GB',
    emergency: ['999'],
    first: /^Llama al 116 123, gratis, a cualquier hora, de día o de noche; atienden en inglés$/,
    has: [
      /Shout: Envía SHOUT por mensaje de texto al 85258; atienden en inglés/,
      /Refuge\): Llama al 0808 2000 247, gratis, a cualquier hora; atienden en inglés/,
      /NHS 111: .*; atienden en inglés/,
    ],
    lacks: [/Call /],
  },
  {
    lang: 'en',
    region: 'GB',
    emergency: ['999'],
    first: /^Call 116 123, free, any time, day or night$/,
    has: [/Text SHOUT to 85258$/m],
    lacks: [/answered in/],
  },
  {
    lang: 'en',
    region: 'ES',
    emergency: ['112'],
    first:
      /^Call 024, free, confidential, any time, also for family and friends; answered in Spanish, with interpreters$/,
    has: [
      /emergency number in Spain/,
      /Línea 016: Call 016 about violence against women, free, any time; not on the phone bill, but kept in the call log/,
      /WhatsApp 600 000 016: messages only; answered in 53 languages, Spanish among them/,
    ],
    // Guards against Spain given only the EU's 112 and the directory, as before.
    lacks: [/European Union/, /directory below/],
  },
  {
    lang: 'es',
    region: 'ES',
    emergency: ['112'],
    first: /^Llama al 024, gratis y confidencial, a cualquier hora, también para familia y amistades$/,
    has: [
      /número de emergencias en España/,
      /no sale en la factura, pero sí en el registro de llamadas\. WhatsApp 600 000 016: solo mensajes$/m,
    ],
    // Guards against Spanish lines said to answer in Spanish to a Spanish reader.
    lacks: [/atienden en/, /Call /],
  },
  {
    lang: 'en',
    region: 'PR',
    emergency: ['911'],
    first: /^Call or text 988; answered in Spanish$/,
    has: [/988 \(Línea PAS\)/, /emergency number in Puerto Rico/],
    // Guards against the US's lines given to Puerto Rico: only 988 and 911 are verified there.
    lacks: [/741741/, /1-800/],
  },
  {
    lang: 'es',
    region: 'PR',
    emergency: ['911'],
    first: /^Llama o envía un mensaje de texto al 988$/,
    has: [/número de emergencias en Puerto Rico/],
    lacks: [/atienden en/, /741741/, /1-800/],
  },
  {
    lang: 'es',
    region: 'FR',
    emergency: ['112'],
    first: /.^/,
    has: [/Unión Europea/],
    lacks: [/atienden en/],
  },
];

describe('crisis lines by region and language', () => {
  it.each(PAIRS)('$region in $lang: numbers, first line and languages', async (p) => {
    const c = await crisisIn(p.lang, p.region);
    expect(c.emergency.map((e) => e.number)).toEqual(p.emergency);
    if (c.lines.length > 0) expect(c.lines[0]!.how).toMatch(p.first);
    const text = all(c);
    for (const re of p.has) expect(text).toMatch(re);
    for (const re of p.lacks) expect(text).not.toMatch(re);
  });

  it.each(['MX', 'AR', 'CO', 'CL', 'PE'])(
    '%s in Spanish: no number guessed, the country named, the directory',
    async (region) => {
      // Guards against a guessed line (helplines.md: none is verified for these), and against "we do
      // not know which country you are in" said to someone who said it.
      const c = await crisisIn('es', region);
      expect(c.region).toBeNull();
      expect([c.emergency, every(c)]).toEqual([[], []]);
      expect(c.checked).toBeUndefined();
      expect(c.advice).toMatch(/^Aún no tenemos ninguna línea de crisis verificada para \S/);
      expect(c.advice).toContain('llama al número de emergencias local');
      expect(c.advice).toContain(c.regionName);
      expect(c.advice).not.toMatch(/\d/);
      expect(c.directory.url).toBe('https://findahelpline.com');
    },
  );

  it('names Mexico in the language of the words', async () => {
    expect((await crisisIn('es', 'MX')).regionName).toBe('México');
    expect((await crisisIn('en', 'MX')).advice).toMatch(/^No crisis line is verified for Mexico yet/);
  });

  it('says the unknown region in Spanish, with no country named', async () => {
    // Guards against XX (no country) read as a country's name.
    const c = await crisisIn('es', 'XX');
    expect(c.advice).toMatch(/^No sabemos en qué país estás, así que no vamos a adivinar un número\./);
    expect((await crisisIn('es', null)).advice).toBe(c.advice);
  });

  it.each(['en', 'es', 'qps-ploc'])('gives every line of every region its languages, in %s', async (lang) => {
    // Guards against a line in the JSON with no languages, or with a code the words cannot name.
    await useLanguage(lang);
    for (const region of KNOWN_REGIONS)
      for (const l of every(crisisFor(region))) {
        expect(l.languages.length, `${region} ${l.name}`).toBeGreaterThan(0);
        for (const code of l.languages) expect(['en', 'es']).toContain(code);
      }
  });

  it('says no language in the pseudo-locale, whose words are English', async () => {
    // Guards against "[Ⱥñšŵêřêđ îñ Éñĝłîšħ]" after every line of the test language.
    const c = await crisisIn('qps-ploc', 'GB');
    expect(c.lines.map((l) => l.languages)).toEqual([['en'], ['en']]);
    expect(c.lines[0]!.how).not.toMatch(/;/);
  });

  it('puts the lines that answer in the language of the words first, keeping the table order otherwise', async () => {
    // Guards against the English-only Crisis Text Line first for a Spanish reader, and the order of
    // the English plan changed by the Spanish rows.
    expect((await crisisIn('es', 'US')).lines.map((l) => l.name)).toEqual([
      '988 Suicide & Crisis Lifeline',
      'Crisis Text Line',
    ]);
    expect((await crisisIn('en', 'US')).lines.map((l) => l.name)).toEqual([
      '988 Suicide & Crisis Lifeline',
      'Crisis Text Line',
    ]);
    const es = await crisisIn('es', 'US');
    expect(es.lines.map((l) => l.languages)).toEqual([['en', 'es'], ['en']]);
    expect(es.lines[0]!.source).toContain('988lifeline.org');
  });

  it('keeps the hotline short for In short in Spanish: the call and the chat in Spanish', async () => {
    // Guards against a Spanish In short over its cap with the hotline's TTY and text line in full.
    const [line] = (await crisisIn('es', 'US')).abuse!;
    expect(line!.brief).toBe(
      'Llama al 1-800-799-7233 (te atienden en español) o chatea en español en espanol.thehotline.org',
    );
    expect(line!.how).toContain('START al 88788, en inglés');
    // In English too, In short keeps the call and the text; the TTY and the chat stay in the box.
    expect((await crisisIn('en', 'US')).abuse![0]!.brief).toBe('Call 1-800-799-7233, or text START to 88788');
  });

  it('keeps 016 short for In short, the call-log note in the box', async () => {
    // Guards against In short over 100 words for Spain (132 with every line in full).
    const [line] = (await crisisIn('en', 'ES')).abuse!;
    expect(line!.brief).toBe(
      'Call 016 or WhatsApp 600 000 016 (messages only); answered in 53 languages, Spanish among them',
    );
    expect(line!.how).toContain('call log');
  });

  it.each([
    ['es_PR.UTF-8', 'PR'],
    ['es_ES.UTF-8', 'ES'],
    ['es_US.UTF-8', 'US'],
    ['en_ES.UTF-8', 'ES'],
    ['es_MX.UTF-8', null],
    ['es_AR', null],
    ['C.UTF-8', null],
  ])('finds the region in the locale %s: %s', (LANG, region) => {
    // Guards against the language read as the region (es_US is the US's lines, not Spain's).
    expect(regionFromLocale({ LANG })).toBe(region);
  });
});
