// The coach in Spanish, end to end (issue 25): how a Spanish speaker finds it, the plan and the
// JSON in Spanish, the answer words a person types, practice with typed replies checked in English
// only, and the authoring commands (walks over the Spanish plans; test files against their Spanish
// phrases, tests/unit/test-file-translations.test.ts).
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runPiped } from '../../src/frontends/piped.js';
import { SCREENS } from '../../src/frontends/screens/index.js';
import { newRun } from '../../src/frontends/screens/practice-run.js';
import type { Setup, StateOf } from '../../src/frontends/screens/types.js';
import { lookFor } from '../../src/frontends/interactive.js';
import { Terminal } from '../../src/frontends/terminal.js';
import { seeded } from '../../src/engine/practice/session.js';
import { useLanguage } from '../../src/messages/index.js';
import { BUILTIN_DIR } from '../../src/scenario/catalogue.js';
import { loadPractice } from '../../src/scenario/practice-load.js';
import { fakeTerminal } from '../helpers/fake-terminal.js';
import { GB, loadFixture } from '../helpers/fixtures.js';
import { play, startCoach } from '../helpers/interactive.js';
import { runInProcess } from '../helpers/run-in-process.js';

const ANSWERS = 'no\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n';
const line = (s: string) => `${s}\n`;
afterAll(() => useLanguage('en'));

describe('finding Spanish', () => {
  it('the English --help says "En español: --lang es"; the Spanish one does not', async () => {
    const english = await runInProcess(['--help']);
    expect(english.stdout.split('\n')).toContain('En español: --lang es');
    const spanish = await runInProcess(['--help'], { env: { LANG: 'es_US.UTF-8' } });
    expect(spanish.stdout).toMatch(/^Uso: talkcoach/);
    expect(spanish.stdout).not.toContain('En español');
  });

  it('the welcome screen says it in English, and not in Spanish', async () => {
    for (const [code, shown] of [
      ['en', true],
      ['es', false],
    ] as const) {
      await useLanguage(code);
      const t = fakeTerminal();
      // Left waiting at the first question, as the plain-mode tests leave theirs.
      startCoach(t, loadFixture('example.yaml'), { plain: true });
      await t.waitFor(code === 'en' ? 'Type a number and press Enter.' : /Escribe un número/);
      expect(t.screen().includes('En español: --lang es')).toBe(shown);
    }
    await useLanguage('en');
  });
});

describe('a plan in Spanish', () => {
  it('run partner: the scenario text and the program words are Spanish; JSON says "lang": "es"', async () => {
    const text = await runInProcess(['--lang', 'es', 'run', 'partner', '--region', 'US'], { input: ANSWERS });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Una conversación/);
    expect(text.stdout).toContain('EN RESUMEN');
    // Guards against English scenario text inside the Spanish plan.
    expect(text.stdout).not.toMatch(/\b(the|your|with|and)\b/);
    const json = await runInProcess(['run', 'partner', '--region', 'US', '--json'], {
      input: ANSWERS,
      env: { TALKCOACH_LANG: 'es' },
    });
    const plan = JSON.parse(json.stdout) as { lang: string; version: number; answers: { node: string }[] };
    expect(plan.lang).toBe('es');
    // Keys and ids stay the same in every language.
    expect(plan.answers[0]!.node).toBe('safety');
    const english = JSON.parse((await runInProcess(['run', 'partner', '--json'], { input: ANSWERS })).stdout);
    expect(english.lang).toBe('en');
  });

  it('crisis --json says its lang too', async () => {
    const r = await runInProcess(['crisis', '--json', '--region', 'ES'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(JSON.parse(r.stdout).lang).toBe('es');
  });
});

describe('answer words typed in Spanish', () => {
  // Guards against a Spanish reader whose "sí" is refused, or read as no.
  it.each([
    ['sí', true],
    ['si', true],
    ['s', true],
    ['SÍ', true],
    ['no', false],
    ['n', false],
    ['yes', true],
  ])('"%s" answers a yes/no question (%s)', async (word, yes) => {
    await useLanguage('es');
    const { plan } = await runPiped(loadFixture('example.yaml'), ['no', 'Sam', 'partner', 'cost', word], GB);
    expect(plan.answers.find((a) => a.node === 'tried')?.answer).toBe(yes);
    await useLanguage('en');
  });

  it('on a screen reader: "atrás" goes back and "ayuda" brings crisis help', async () => {
    await useLanguage('es');
    const t = fakeTerminal();
    startCoach(t, loadFixture('example.yaml'), { plain: true });
    await play(t, [
      [/Escribe un número/, line('1')],
      [/Escribe tu respuesta/, line('Sam')],
      ['Who is Sam to you?', line('atrás')],
      [/What should we call them\?/, line('')],
      ['Who is Sam to you?', line('ayuda')],
      ['Samaritans', ''],
    ]);
    await useLanguage('en');
  });
});

describe('practice in Spanish: typed replies are checked only in English', () => {
  it('practice --check says so plainly, reads nothing, and exits 2 (not a stack trace)', async () => {
    const r = await runInProcess(['--lang', 'es', 'practice', '--check'], { input: 'te entiendo\n' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      'talkcoach: por ahora, las respuestas escritas solo se revisan en inglés, así que practice --check no lee ' +
        'nada en español; para revisar respuestas escritas en inglés: talkcoach --lang en practice --check',
    );
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
    // In English the checker reads the reply as before.
    const english = await runInProcess(['practice', '--check'], { input: "I'm here for you\n" });
    expect(english.code).toBe(0);
    expect(JSON.parse(english.stdout).verdict).toBeDefined();
  });

  it('piped, a typed reply is refused with the replies to choose from (exit 4); a chosen reply plays', async () => {
    const typed = await runInProcess(['--lang', 'es', 'practice', '--seed', '1'], { input: '> te escucho\n' });
    expect(typed.code).toBe(4);
    expect(typed.stderr).toMatch(/línea 1: por ahora, las respuestas que escribes solo se revisan en inglés/);
    const chosen = await runInProcess(['--lang', 'es', 'practice', '--seed', '1', '--format', 'json'], {
      input: '1\n1\n1\n1\n1\n1\n1\n',
    });
    expect(chosen.code).toBe(0);
    expect(JSON.parse(chosen.stdout).lang).toBe('es');
  });

  describe('on a terminal', () => {
    const open: Terminal[] = [];
    afterEach(() => open.splice(0).forEach((t) => t.close()));
    const { content, rules } = loadPractice();
    const input = { content: content!, rules: rules!, fills: { name: 'Jo' } };
    const setup: Setup = {
      choices: [],
      start: GB,
      crisisSteps: async () => [],
      practice: { load: async () => ({ input, name: 'Jo', reasons: ['cost'] }), random: seeded(1) },
    };
    const lineScreen = async (code: string) => {
      await useLanguage(code);
      const fake = fakeTerminal({ env: { NO_COLOR: '1' } });
      const t = new Terminal(fake.io, () => lookFor(fake.io, { plain: true }));
      open.push(t);
      const state: StateOf<'practice-line'> = {
        screen: 'practice-line',
        run: newRun(input, 'Jo', ['cost']),
        plans: [],
      };
      void SCREENS['practice-line'].show(state, t, setup).catch(() => undefined);
      await fake.waitFor(/Type the numbers|Escribe un número|Type a number/);
      const screen = fake.screen();
      await useLanguage('en');
      return screen;
    };

    it('in Spanish: the replies alone, and one line saying why', async () => {
      const screen = await lineScreen('es');
      expect(screen).toContain('las respuestas que escribes solo se revisan en inglés');
      // Guards against a box for typing in Spanish, which an English-only checker would misjudge.
      expect(screen).not.toContain('Decirlo a mi manera');
      expect(screen).toMatch(/1\. /);
    });

    it('in English: "Say it my own way" is offered, and nothing is said about English', async () => {
      const screen = await lineScreen('en');
      expect(screen).toContain('Say it my own way');
      expect(screen).not.toContain('checked only in English');
    });
  });
});

describe('authoring commands in Spanish', () => {
  it('test --walk walks the Spanish plans against the Spanish cap, and passes', async () => {
    const r = await runInProcess(['--lang', 'es', 'test', '--walk', 'partner']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^PASS walk partner/);
    expect(r.stdout).toMatch(/0 puntos que una postura prohíbe/);
    expect(r.stdout).toMatch(/\(0 por encima de 113\)/);
  });

  it('a built-in test file’s cases play the Spanish plans, checked with its Spanish phrases', async () => {
    const file = join(BUILTIN_DIR, 'partner.test.yaml');
    const spanish = await runInProcess(['--lang', 'es', 'test', file]);
    expect(spanish.stdout).toMatch(/^PASS /);
    expect(spanish.stdout).toMatch(/10 casos en 1 archivo: 10 bien, 0 mal/);
    expect(spanish.code).toBe(0);
  });
});
