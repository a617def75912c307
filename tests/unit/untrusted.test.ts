// Issue 13, item 8: the library with untrusted input. Answers and stored states are checked
// strictly (an EngineError quoting none of the answer); facts from a stored state are cleaned as
// typed text; a file that is not a scenario is quoted nothing from. Item 3's saving, in-process.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer, back, start } from '../../src/engine/session.js';
import { EngineError } from '../../src/engine/errors.js';
import type { SessionState, Step } from '../../src/engine/types.js';
import { loadScenario } from '../../src/index.js';
import { saveFileAtomic } from '../../src/io/save.js';
import { GB, loadFixture } from '../helpers/fixtures.js';

const scenario = loadFixture('example.yaml');
const atName = answer(scenario, start(scenario, GB).state, { choice: 'no' });
const at = (step: Step, given: unknown) => answer(scenario, step.state, given as never);
const atYesNo = [{ choice: 'friend' }, { choices: ['cost'] }].reduce((s, a) => at(s, a), at(atName, { text: 'Sam' }));
const SECRET = 'my-private-answer-42';

describe('answers of the wrong shape throw the engine error, quoting nothing of them', () => {
  const cyclic: Record<string, unknown> = { choice: 'friend' };
  cyclic.self = cyclic;
  it.each([
    ['{ yes: "false" } at a yes/no question', atYesNo, { yes: 'false' }],
    ['null', atYesNo, null],
    ['a string', atYesNo, SECRET],
    ['{ text: 42 }', atName, { text: 42 }],
    ['{ choices: "costtime" }', at(atName, { text: 'x' }), { choices: SECRET }],
    ['a cyclic answer', atName, cyclic],
    ['a BigInt', atName, { text: 10n }],
    ['two shapes at once', atYesNo, { yes: true, text: SECRET }],
    ['an array', atYesNo, [SECRET]],
  ])('%s', (_name, step, given) => {
    let thrown: unknown;
    try {
      at(step, given);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EngineError);
    expect((thrown as EngineError).code).toBe('invalid-answer');
    expect((thrown as EngineError).message).not.toContain(SECRET);
    expect((thrown as EngineError).message).not.toContain('false');
  });

  it('a right answer still works: { yes: false } goes down the no branch', () => {
    const done = at(atYesNo, { yes: false });
    expect(done.done && done.plan.title).toBe('A first, gentle talk with Sam');
  });
});

describe('a stored state of the wrong shape throws invalid-state', () => {
  const good = atYesNo.state;
  it.each([
    ['history: null', { ...good, history: null }],
    ['no current frame', { ...good, current: undefined }],
    ['a fact that is a number', { ...good, current: { ...good.current, facts: { name: 7 } } }],
    ['added: a string', { ...good, current: { ...good.current, added: 'x' } }],
    ['options without crisis', { ...good, options: {} }],
    ['not an object', SECRET],
  ])('%s', (_name, state) => {
    for (const call of [() => answer(scenario, state as never, { yes: true }), () => back(scenario, state as never)]) {
      expect(call).toThrow(EngineError);
      try {
        call();
      } catch (e) {
        expect((e as EngineError).code).toBe('invalid-state');
        expect((e as EngineError).message).not.toContain(SECRET);
      }
    }
  });
});

describe('a state the engine hands out is used as it is, because it cannot change', () => {
  // The engine skips the checked copy for its own states (a whole session copied its history at every
  // answer); that is safe only while nobody can change such a state after it was checked.
  const good = atYesNo.state;
  it('is frozen all the way down, so a change to it throws', () => {
    expect(Object.isFrozen(good)).toBe(true);
    expect(Object.isFrozen(good.current.facts)).toBe(true);
    expect(Object.isFrozen(good.history)).toBe(true);
    expect(Object.isFrozen(good.options.crisis)).toBe(true);
    expect(() => {
      (good.current.facts as Record<string, unknown>).name = 7;
    }).toThrow(TypeError);
  });

  it('a copy of it (as stored and read back) is checked again and gives the same step', () => {
    const stored = JSON.parse(JSON.stringify(good)) as SessionState;
    expect(answer(scenario, stored, { yes: true })).toEqual(answer(scenario, good, { yes: true }));
    expect(() => answer(scenario, { ...stored, history: null } as never, { yes: true })).toThrow(EngineError);
  });
});

describe('facts from a stored state are cleaned as typed text', () => {
  it('escape sequences and line breaks in a stored name never reach the question or the plan', () => {
    const s = atYesNo.state;
    const name = `\u001B]0;PWNED\u0007Sam\n\u001B[2J${'x'.repeat(200)}`;
    const stored: SessionState = JSON.parse(
      JSON.stringify({ ...s, current: { ...s.current, facts: { ...s.current.facts, name } } }),
    );
    const done = answer(scenario, stored, { yes: false });
    const title = done.done ? done.plan.title : '';
    expect(title).not.toMatch(/[\u0000-\u001F]/);
    expect(title).toContain('Sam x');
    expect(title.length).toBeLessThan(120);
  });
});

describe('loadScenario with a path that is not a scenario quotes nothing from it', () => {
  it.each(['/etc/passwd', '/proc/self/environ'])('%s', async (path) => {
    const error = (await loadScenario(path).catch((e: unknown) => e)) as Error & { details: string[] };
    expect(error.message).toBe(
      `${path} is not a talkcoach scenario (it has no top-level format, id, start or nodes key); ` +
        'nothing from it is shown',
    );
    expect(error.details).toEqual([]);
    expect(error.message).not.toMatch(/root|PATH=/);
  });

  it('a file with a secret in it, not a scenario: the secret is not in the error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'talkcoach-untrusted-')), 'secret.yaml');
    writeFileSync(file, `password: ${SECRET}\n${SECRET}: 1\n`);
    const error = (await loadScenario(file).catch((e: unknown) => e)) as Error & { details: string[] };
    expect(JSON.stringify([error.message, error.details])).not.toContain(SECRET);
  });
});

describe('saving (item 3), in-process', () => {
  it('a 250-character name (legal: the limit is 255) is saved, with no temporary file left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkcoach-save-'));
    saveFileAtomic(join(dir, `${'n'.repeat(247)}.md`), 'plan');
    expect(readdirSync(dir)).toEqual([`${'n'.repeat(247)}.md`]);
  });
});
