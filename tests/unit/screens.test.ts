// The interactive coach's screens without a terminal: each screen's `next` is pure, so the whole flow
// (welcome, picker, questions, crisis help, plan, saving, start again) is played here as data.
import { describe, expect, it } from 'vitest';
import { begin } from '../../src/frontends/screens/question.js';
import { next } from '../../src/frontends/screens/index.js';
import type { ScreenState, Setup, StateOf } from '../../src/frontends/screens/types.js';
import type { Plan } from '../../src/engine/types.js';
import { GB, loadFixture } from '../helpers/fixtures.js';
import { expectScreen, said } from '../helpers/screens.js';

const example = loadFixture('example.yaml');
const minimal = loadFixture('minimal.yaml');
const noSteps = async () => [];
const picking: Setup = { choices: [minimal, example], start: GB, crisisSteps: noSteps };
const given: Setup = { ...picking, scenario: example };
const exporting: Setup = { ...given, output: { file: 'plan.json', format: 'json' } };

const none = { plans: [] as Plan[] };
const first = begin(none, example, given) as StateOf<'question'>;
// What the after-plan screens read: what the plan offers, and whether saving must be careful.
const plan = {
  scenario: { id: 'example' },
  offers: ['practice', 'save'],
  safety: { stance: 'ordinary', stances: ['ordinary'], afraid: false },
} as unknown as Plan;
const withPlan = { plans: [plan], notices: [] };

const questionOf = (s: ScreenState) => expectScreen(s, 'question').step.question.node;

// No test that every screen is in SCREENS with a show, a next and a run: SCREENS is typed
// { [N in ScreenName]: Screen & Runnable }, so tsc fails on a screen missing or incomplete.

describe('one step at a time', () => {
  const picked = next({ screen: 'picker', ...none }, { index: 1 }, picking);
  const answered = next(first, { answer: { choice: 'no' } }, given);
  const atName = expectScreen(answered, 'question');

  it.each<[string, () => ScreenState, ScreenState['screen'], string[], ((s: ScreenState) => void)?]>([
    [
      'welcome, with a scenario named: its first question',
      () => next({ screen: 'welcome', ...none }, undefined, given),
      'question',
      [],
    ],
    ['welcome, with none: the picker', () => next({ screen: 'welcome', ...none }, undefined, picking), 'picker', []],
    [
      'picking a scenario: its first question, the choice said',
      () => picked,
      'question',
      ['done: Talking with someone you care about (test example)'],
      (s) => expect(questionOf(s)).toBe('safety'),
    ],
    [
      'crisis help from the picker: crisis, then the picker again',
      () => next({ screen: 'picker', ...none }, { crisis: true }, picking),
      'crisis',
      [],
      (s) => expect(expectScreen(s, 'crisis').then.screen).toBe('picker'),
    ],
    [
      'an answer: the next question, the answer said',
      () => answered,
      'question',
      ['done: Is anyone in danger right now? No'],
      (s) => expect(questionOf(s)).toBe('name'),
    ],
    [
      'back at the first question: the same question, nothing said',
      () => next(first, { back: true }, given),
      'question',
      [],
      (s) => expect(expectScreen(s, 'question').step).toBe(first.step),
    ],
    [
      'back at the first question, started from the picker: the list of situations',
      () => next(begin(none, example, picking) as StateOf<'question'>, { back: true }, picking),
      'picker',
      ['terminal.question.toList'],
      () => undefined,
    ],
    [
      'back from a tick list: its ticks remembered for coming forward',
      () => next(atName, { back: true, keep: ['cost'] }, given),
      'question',
      ['back'],
      (s) => expect(expectScreen(s, 'question').before.get('name')).toEqual(['cost']),
    ],
    [
      'back at the second: the first again, its answer remembered',
      () => next(atName, { back: true }, given),
      'question',
      ['back'],
      (s) => {
        expect(questionOf(s)).toBe('safety');
        expect(expectScreen(s, 'question').before.get('safety')).toBe('no');
      },
    ],
    [
      'the plan, without --output: the offer to save',
      () => next({ screen: 'plan-menu', plan, ...none }, 'on', given),
      'save',
      [],
    ],
    [
      'the plan, with --output: saved there without asking',
      () => next({ screen: 'plan-menu', plan, ...none }, 'on', exporting),
      'export',
      [],
      (s) => expect(expectScreen(s, 'export')).toMatchObject({ file: 'plan.json', format: 'json' }),
    ],
    [
      'the plan written to standard output (sent to a file): said so, then start again?',
      () => next({ screen: 'export', plan, file: '-', format: 'text', ...none }, true, given),
      'again',
      ['terminal.save.printed'],
      () => undefined,
    ],
    [
      '--output saved: start again?',
      () => next({ screen: 'export', plan, file: 'p', format: 'json', ...none }, true, given),
      'again',
      ['terminal.save.saved'],
    ],
    [
      '--output on a file the person kept (say, the plan of the session before): not replaced, said so',
      () => next({ screen: 'export', plan, file: 'p', format: 'json', ...none }, false, given),
      'again',
      ['terminal.save.kept'],
    ],
    [
      'save declined: nothing written, start again?',
      () => next({ screen: 'save', plan, ...none }, false, given),
      'again',
      ['terminal.save.declined'],
    ],
    ['save accepted: the file name', () => next({ screen: 'save', plan, ...none }, true, given), 'save-name', []],
    [
      'a folder for a name: the name again, why said',
      () => next({ screen: 'save-name', plan, ...none }, { file: 'd', found: 'folder' }, given),
      'save-name',
      ['terminal.save.isFolder'],
    ],
    [
      'a file that exists: asked before replacing',
      () => next({ screen: 'save-name', plan, ...none }, { file: 'f', found: 'file' }, given),
      'save-replace',
      [],
    ],
    [
      'a free name: written, never over a file',
      () => next({ screen: 'save-name', plan, ...none }, { file: 'f', found: 'none' }, given),
      'save-write',
      [],
      (s) => expect(expectScreen(s, 'save-write').overwrite).toBe(false),
    ],
    [
      'replace: yes writes over it',
      () => next({ screen: 'save-replace', plan, file: 'f', ...none }, true, given),
      'save-write',
      [],
      (s) => expect(expectScreen(s, 'save-write').overwrite).toBe(true),
    ],
    [
      'replace: no asks for another name',
      () => next({ screen: 'save-replace', plan, file: 'f', ...none }, false, given),
      'save-name',
      [],
    ],
    [
      'written: said where',
      () => next({ screen: 'save-write', plan, file: 'f', overwrite: false, ...none }, { saved: true }, given),
      'again',
      ['terminal.save.saved'],
    ],
    [
      'not written: why, then another name?',
      () => next({ screen: 'save-write', plan, file: 'f', overwrite: false, ...none }, { reason: 'full' }, given),
      'save-retry',
      ['terminal.save.failed'],
    ],
    ['another name? yes', () => next({ screen: 'save-retry', plan, ...none }, true, given), 'save-name', []],
    [
      'another name? no',
      () => next({ screen: 'save-retry', plan, ...none }, false, given),
      'again',
      ['terminal.save.notSaved'],
    ],
    [
      'start again? no: done, with a word of care',
      () => next({ screen: 'again', ...withPlan }, false, given),
      'done',
      ['terminal.again.farewell'],
    ],
    [
      'start again, with none named: the picker',
      () => next({ screen: 'again', ...withPlan }, true, picking),
      'picker',
      ['blank'],
    ],
  ])('%s', (_name, run, screen, notices, check) => {
    const s = run();
    expect(s.screen).toBe(screen);
    expect(said(s)).toEqual(notices);
    check?.(s);
  });
});
