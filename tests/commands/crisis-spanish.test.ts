// `talkcoach crisis` and plans for Spanish speakers (issue 25, item 4), in-process: the region comes
// from --region or the locale's country, the language from --lang or the locale's language, apart.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

/** Text as one line per paragraph: wrapping does not decide what a test finds. */
const flat = (s: string) => s.replace(/\n +/g, ' ').replace(/(\S)\n(?=\S)/g, '$1 ');

async function crisis(args: string[], env: Record<string, string | undefined> = { LANG: undefined }) {
  const r = await runInProcess(['crisis', ...args], { env });
  expect(r.code).toBe(0);
  return r;
}

interface Json {
  crisis: { region: string | null; lines: { name: string; how: string; languages: string[] }[] };
  regionFrom: string;
}

describe('talkcoach crisis for Spanish speakers', () => {
  it('LANG=es_ES.UTF-8: the Spanish screen with 024, 016 and 112', async () => {
    // Guards against Spain given the EU's 112 and the directory only, and against English words for
    // a Spanish locale.
    const { stdout } = await crisis([], { LANG: 'es_ES.UTF-8' });
    const text = flat(stdout);
    expect(text).toMatch(/^¿Hay peligro ahora\? Llama al 112\. Línea 024: Llama al 024,/);
    expect(text).toContain('AYUDA EN CRISIS, AHORA (ESPAÑA)');
    expect(text).toContain('Línea 016: Llama al 016 por violencia contra las mujeres');
    expect(text).toContain('WhatsApp 600 000 016: solo mensajes');
    expect(text).toContain('Emergencias: 112 (número de emergencias en España)');
    expect(text).toContain('según tu configuración regional es_ES.UTF-8');
    expect(text).not.toMatch(/atienden en|Unión Europea/);
  });

  it('--region US --lang es: 988 press 2 and AYUDA first, then the English-only line, said so', async () => {
    const { stdout } = await crisis(['--region', 'US', '--lang', 'es']);
    const text = flat(stdout);
    expect(text.split('\n')[0]).toMatch(
      /^¿Hay peligro ahora\? Llama al 911\. 988 Suicide & Crisis Lifeline: Llama al 988 y marca el 2, o envía AYUDA al 988: en español\./,
    );
    const list = text.slice(text.indexOf('AYUDA EN CRISIS, AHORA'));
    expect(list.indexOf('marca el 2')).toBeLessThan(list.indexOf('Crisis Text Line'));
    expect(list).toContain('Crisis Text Line: Envía HOME por mensaje de texto al 741741; atienden en inglés');
    expect(list).toContain('Chat en español: espanol.thehotline.org');
  });

  it('LANG=es_US.UTF-8: Spanish words with the US lines; the JSON names each line’s languages', async () => {
    // Guards against the language read as the region (es_US is not Spain) and a JSON line with no
    // languages.
    const { stdout } = await crisis(['--json'], { LANG: 'es_US.UTF-8' });
    const json = JSON.parse(stdout) as Json;
    expect(json.crisis.region).toBe('US');
    expect(json.crisis.lines.map((l) => [l.name, l.languages])).toEqual([
      ['988 Suicide & Crisis Lifeline', ['en', 'es']],
      ['Crisis Text Line', ['en']],
    ]);
    expect(json.crisis.lines[0]!.how).toContain('AYUDA');
    expect(json.regionFrom).toBe('según tu configuración regional es_US.UTF-8');
  });

  it.each([
    ['es_PR.UTF-8', 'PR'],
    ['es_ES.UTF-8', 'ES'],
  ])('%s gives %s', async (LANG, region) => {
    expect((JSON.parse((await crisis(['--json'], { LANG })).stdout) as Json).crisis.region).toBe(region);
  });

  it('--region PR in English: 988 answered in Spanish, and 911', async () => {
    const text = flat((await crisis(['--region', 'PR'])).stdout);
    expect(text.split('\n')[0]).toBe(
      'In danger now? Call 911. 988 (Línea PAS): Call or text 988; answered in Spanish.',
    );
  });

  it.each(['MX', 'AR', 'CO', 'CL', 'PE'])('--region %s --lang es: the country named, no number', async (code) => {
    // Guards against "we do not know which country you are in" and "(such as --region ES)" said to
    // someone who named their country, and against any number guessed for it.
    const r = await crisis(['--region', code, '--lang', 'es']);
    const text = flat(r.stdout);
    expect(text).toMatch(/No se muestran números de crisis: aún no hay ninguno verificado para \S+/);
    expect(text).toContain('Aún no tenemos ninguna línea de crisis verificada para');
    expect(text).toContain('https://findahelpline.com');
    expect(text).not.toMatch(/No sabemos en qué país|--region ES\b/);
    expect(r.stdout.match(/\d{3}/g) ?? []).toEqual([]);
    expect(r.stderr).toContain(`no tenemos números de crisis verificados para "${code}"`);
  });

  it('LANG=es_MX.UTF-8, piped: Mexico named from the locale, in Spanish', async () => {
    const text = flat((await crisis([], { LANG: 'es_MX.UTF-8' })).stdout);
    expect(text).toContain('aún no hay ninguno verificado para México (según tu configuración regional es_MX.UTF-8)');
  });
});

describe('plans name a line’s language when it is not the words’', () => {
  const RISK = 'yes\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n';

  it('Spanish words, --region GB: Samaritans, answered in English', async () => {
    const r = await runInProcess(['--lang', 'es', 'run', 'partner', '--region', 'GB'], { input: RISK });
    expect(r.code).toBe(0);
    expect(flat(r.stdout)).toContain(
      'Samaritans: Llama al 116 123, gratis, a cualquier hora, de día o de noche; atienden en inglés',
    );
  });

  it.each([
    ['ES', 'Línea 024: Call 024, free, confidential, any time, also for family and friends; answered in Spanish'],
    ['PR', '988 (Línea PAS): Call or text 988; answered in Spanish'],
  ])('English words, --region %s: which lines answer in Spanish', async (region, said) => {
    const r = await runInProcess(['run', 'partner', '--region', region], { input: RISK });
    expect(r.code).toBe(0);
    expect(flat(r.stdout)).toContain(said);
  });
});
