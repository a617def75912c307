// The pseudo-locale proves the seam for a second language: under `--lang qps-ploc` every word from
// the catalogue and from a scenario is accented and bracketed, so an English word that escaped
// translation (a string written inline, a word frozen when a module loaded, commander's own words)
// is plain ASCII and found here. Names, numbers, addresses, ids, command names and flags are not
// words to translate and are allowed. The longer text must still fit 40 columns.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { program, runCommandLine } from '../../src/boot.js';
import { spoken } from '../../src/commands/scenario-words.js';
import type { Plan } from '../../src/engine/types.js';
import { runPiped } from '../../src/frontends/piped.js';
import { useLanguage } from '../../src/messages/index.js';
import { invitations, LANGUAGE_CODES } from '../../src/messages/languages.js';
import { makeLook, renderCrisisScreen, renderPlanScreen } from '../../src/render/screen.js';
import { crisisFor, KNOWN_REGIONS } from '../../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { fakeTerminal, KEY } from '../helpers/fake-terminal.js';
import { runInProcess, tempFolder } from '../helpers/run-in-process.js';

const ANSWERS = 'no\nAlex\nno\ncost,time\nmood\nsteady\nno\nopen\n';
const PSEUDO = ['--lang', 'qps-ploc'];

const scenarios = readdirSync(BUILTIN_DIR)
  .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
  .map((n) => loadScenarioFile(join(BUILTIN_DIR, n), { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!);

/** Words that are not for translating: ids (scenarios, nodes, options, points, facts), command and
 * option names, format and shell names, the helplines' own names, and the name typed in the answers. */
const allowed = new Set(
  [
    ...scenarios.flatMap((s) => [
      s.id,
      ...Object.keys(s.nodes),
      ...Object.keys(s.points ?? {}),
      ...Object.values(s.nodes).flatMap((n) => [
        ...('options' in n ? n.options.map((o) => o.id) : []),
        ...('fact' in n && n.fact ? [n.fact] : []),
      ]),
    ]),
    ...program({} as never, '0', () => undefined).commands.flatMap((c) => [
      c.name(),
      ...c.registeredArguments.map((a) => a.name()),
    ]),
    ...KNOWN_REGIONS.flatMap((r) => {
      const c = crisisFor(r);
      return [c.lines, c.abuse, c.substance, c.urgent].flatMap((l) => l ?? []).map((l) => l.name);
    }),
    ...LANGUAGE_CODES,
    // "En español: --lang es": each language is offered in its own words, never translated.
    ...invitations(''),
    'Find A Helpline',
    'Alex',
    'text json markdown md mermaid dot bash zsh fish yes no options command',
  ].flatMap((w) => w.match(/[A-Za-z]+/g) ?? []),
);

/** What a translator leaves alone, as the pseudo-locale does (src/messages/pseudo-text.ts). */
const NOT_WORDS =
  /(\{[a-zA-Z]\w*\}|https?:\/\/\S+|(?<![\w-])--?[a-z][\w-]*|[\w~$-]*[./~$=_][\w./~$=-]+|\b[A-Z][A-Z0-9_]+\b|\btalkcoach(?: [a-z]+)?|<[\w.]+>|\[[\w. ]*\])/g;

/** Every English word left in `text`: a run of ASCII letters that is not allowed. */
function englishWords(text: string, typed: readonly string[] = []): string[] {
  const echoed = new Set(typed.flatMap((a) => a.match(/[A-Za-z]+/g) ?? []));
  return (text.replace(NOT_WORDS, ' ').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w) && !echoed.has(w));
}

/** A help's option and argument terms (the first column) are flags and ids, not words. */
const withoutTerms = (help: string) => help.replace(/^ {2}\S.*? {2,}/gm, '  ');

describe('the English-word finder itself', () => {
  it('finds a plain English word and passes pseudo words, ids, flags and addresses', () => {
    expect(englishWords('[Ŵĥàţ ďö ýöû ċàļļ ýöûŕ ƥàŕţñéŕ? ···] see --help, https://x.org, partner')).toEqual(['see']);
  });
});

describe('under --lang qps-ploc no English word is shown', () => {
  it('in a piped plan (run partner < answers)', async () => {
    const r = await runInProcess([...PSEUDO, 'run', 'partner'], { input: ANSWERS });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(20);
    expect(englishWords(r.stdout)).toEqual([]);
    expect(englishWords(r.stderr)).toEqual([]);
  });

  const names = program({} as never, '0', () => undefined).commands.map((c) => c.name());
  it.each(['', ...names])('in --help of "%s"', async (name) => {
    const r = await runInProcess([...PSEUDO, ...(name ? [name] : []), '--help']);
    expect(r.code).toBe(0);
    expect(englishWords(withoutTerms(r.stdout))).toEqual([]);
  });

  it.each<[string, string[], string]>([
    ['an unknown option (commander)', ['run', 'partner', '--formt', 'json'], ''],
    ['a bad option value (commander)', ['run', 'partner', '--format', 'pdf'], ''],
    ['a missing argument (commander)', ['run'], ''],
    ['too many arguments (commander)', ['crisis', 'now'], ''],
    ['an unknown command', ['rnu'], ''],
    ['an unknown scenario', ['run', 'nope'], ''],
    ['an answer that is no answer', ['run', 'partner'], 'maybe\n'],
    ['answers that end too soon', ['run', 'partner'], 'no\n'],
  ])('in an error: %s', async (_name, args, input) => {
    const r = await runInProcess([...PSEUDO, ...args], { input });
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/^talkcoach: \[/);
    // What the person typed is echoed as it was typed.
    expect(englishWords(r.stderr, [...args, input])).toEqual([]);
  });

  it('in a piped check-in, its date in words too', async () => {
    const r = await runInProcess([...PSEUDO, 'checkin', '--today', '2026-12-01', '--region', 'GB'], {
      input: 'no\nagreed\nbetter\nokay\n',
    });
    expect(r.code).toBe(0);
    // Guards against month and day names taken from English's table.
    expect(r.stdout).toMatch(/Ďéċéɱƀéŕ|Ĵàñûàŕý/);
    expect(englishWords(r.stdout)).toEqual([]);
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('in crisis lines for a region, and for an unknown one', async () => {
    for (const region of ['GB', 'US', 'FR', 'XX']) {
      const r = await runInProcess([...PSEUDO, 'crisis', '--region', region]);
      expect(englishWords(r.stdout), region).toEqual([]);
    }
  });

  it('on a coach screen, on a terminal 40 columns wide', async () => {
    const home = tempFolder('talkcoach-pseudo-home-');
    const t = fakeTerminal({ columns: 40, env: { HOME: home, XDG_DATA_HOME: join(home, 'data') } });
    const run = runCommandLine([...PSEUDO, 'run', 'partner', '--region', 'GB'], t.io, pkg.version, false);
    // The first question, with its progress line, in the pseudo-locale.
    await t.waitFor(/ɋûéšţîöñ|Ɋûéšţîöñ/);
    await t.waitFor('❯');
    const screen = t.screen();
    t.press(KEY.ctrlC);
    await run;
    expect(englishWords(screen)).toEqual([]);
    expect(englishWords(t.stderr())).toEqual([]);
  });

  it('through a whole coach session on a 40-column terminal: questions, plan, the offers after it', async () => {
    const home = tempFolder('talkcoach-pseudo-home-');
    const t = fakeTerminal({ columns: 40, env: { HOME: home, XDG_DATA_HOME: join(home, 'data') } });
    let ended = false;
    const run = runCommandLine([...PSEUDO, 'run', 'partner', '--region', 'GB'], t.io, pkg.version, false).finally(
      () => (ended = true),
    );
    // Each question (its progress line) and the "What next?" list: Enter takes the first choice. Each
    // yes/no offer after the plan waits for y or n: n, then Enter. The last prompt drawn is the one waiting.
    const question = /Ɋûéšţîöñ \d+ öƒ|Ŵĥàţ ñéẋţ/;
    const yesNo = /ý ýéš · ñ ñö/;
    const next = new RegExp(`${question.source}|${yesNo.source}`, 'g');
    let prompts = 0;
    while (!ended && prompts < 40) {
      const shown = await Promise.race([
        t.waitFor(next, 5000).then(
          () => true,
          () => false,
        ),
        run.then(() => false),
      ]);
      if (!shown) break;
      prompts++;
      const waiting = [...t.screen().matchAll(next)].at(-1)![0];
      if (yesNo.test(waiting)) t.press('n');
      t.press(KEY.enter);
    }
    expect(await run).toBe(0);
    expect(prompts).toBeGreaterThan(5);
    // The plan was shown, boxed, with the crisis lines.
    expect(t.screen()).toMatch(/╭─+╮/);
    expect(t.screen()).toMatch(/Samaritans/);
    expect(englishWords(t.screen())).toEqual([]);
    expect(englishWords(t.stderr())).toEqual([]);
  });

  it("on the coach's first screen (the welcome and the list of situations)", async () => {
    const home = tempFolder('talkcoach-pseudo-home-');
    const t = fakeTerminal({ columns: 40, env: { HOME: home, XDG_DATA_HOME: join(home, 'data') } });
    const run = runCommandLine([...PSEUDO, '--region', 'GB'], t.io, pkg.version, false);
    await t.waitFor('❯');
    // The list is drawn whole before the cursor settles: wait for its last situation.
    await t.waitFor(/Ṁý ƥàŕţñéŕ|ƥàŕţñéŕ/);
    const screen = t.screen();
    t.press(KEY.ctrlC);
    await run;
    expect(englishWords(screen)).toEqual([]);
  });
});

describe('the longer words still fit 40 columns', () => {
  let plan: Plan;
  beforeAll(async () => {
    await useLanguage('qps-ploc');
    const partner = await spoken(scenarios.find((s) => s.id === 'partner')!);
    plan = (await runPiped(partner, ANSWERS.trim().split('\n'), { crisis: crisisFor('GB') })).plan;
  });
  afterAll(() => useLanguage('en'));

  it('every line of the plan within 40 columns, every box line exactly 40 with its edge', () => {
    for (const plain of [false, true]) {
      const text = renderPlanScreen(plan, makeLook(0, plain, 40));
      expect(englishWords(text)).toEqual([]);
      for (const line of text.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
      const boxed = text.split('\n').filter((l) => /^[╭│╰]/.test(l));
      if (!plain) expect(boxed.length).toBeGreaterThan(3);
      for (const line of boxed) {
        expect(stringWidth(line), line).toBe(40);
        expect(line, line).toMatch(/[╮│╯]$/);
      }
    }
  });

  it('the crisis box for every region within 40 columns', () => {
    for (const region of [...KNOWN_REGIONS, null]) {
      const text = renderCrisisScreen(crisisFor(region), makeLook(0, false, 40));
      expect(englishWords(text), String(region)).toEqual([]);
      for (const line of text.trimEnd().split('\n')) expect(stringWidth(line), line).toBe(40);
    }
  });
});
