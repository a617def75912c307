// Each kind of question as a real @inquirer prompt, driven with @inquirer/testing: what the screen
// shows (progress, why, the way back, crisis help and how to reach them) and what each key gives.
import { renderPrompt as render, renderQuestion } from '../helpers/render-prompt.js';
import { describe, expect, it } from 'vitest';
import { answer, start } from '../../src/engine/session.js';
import type { Answer, Question, Step } from '../../src/engine/types.js';
import { msg } from '../../src/messages/index.js';
import {
  KINDS,
  questionPrompt,
  type Previous,
  type QuestionPrompt,
  type Reply,
} from '../../src/frontends/question-prompt.js';
import { makeLook } from '../../src/render/screen.js';
import { GB, loadFixture } from '../helpers/fixtures.js';
import { questionAfter as questionFrom } from '../helpers/play.js';

const example = loadFixture('example.yaml');
const look = makeLook(0, false, 80);
const CRISIS_LABEL = msg('terminal.crisis.choice');

/** The question reached after these answers (notes are passed). */
const questionAfter = (...answers: Answer[]): Question => questionFrom(example, answers, { passNotes: true });

const SAFETY = questionAfter();
const NAME = questionAfter({ choice: 'no' });
const RELATIONSHIP = questionAfter({ choice: 'no' }, { text: 'Sam' });
const WORRIES = questionAfter({ choice: 'no' }, { text: 'Sam' }, { choice: 'partner' });
const TRIED = questionAfter({ choice: 'no' }, { text: 'Sam' }, { choice: 'partner' }, { choices: [] });

type Driver = Awaited<ReturnType<typeof render>>;

/** Renders the prompt for a question, lets `act` press keys, and returns the screen and the reply. */
async function drive(
  q: Question,
  previous: Previous,
  act: (d: Driver) => void,
  l = look,
): Promise<{ screen: string; reply: Reply }> {
  const p: QuestionPrompt = questionPrompt(q, previous, l, 40);
  const d = await renderQuestion(p);
  const screen = d.getScreen();
  act(d);
  const value = await d.answer;
  const reply = p.prompt === 'ticks' ? p.reply(value as string[]) : p.reply(value as string);
  return { screen, reply };
}

const press =
  (...keys: string[]) =>
  (d: Driver) => {
    for (const k of keys) d.events.keypress(k);
  };

describe('a single choice', () => {
  it('shows progress, the question, why it is asked, and crisis help as the last choice', async () => {
    const { screen, reply } = await drive(SAFETY, undefined, press('down', 'down', 'down', 'enter'));
    const lines = screen.split('\n');
    expect(lines[0]).toBe('Question 1 of about 5');
    expect(lines[1]).toBe('Is anyone in danger right now?');
    expect(lines[2]).toBe('Why we ask: Safety comes before everything else.');
    expect(lines.filter((l) => /^\s*[❯ ] \d\. /.test(l)).map((l) => l.replace(/^\s*[❯ ] /, ''))).toEqual([
      '1. No',
      '2. Yes',
      "3. I'm not sure",
      `4. ${CRISIS_LABEL}`,
    ]);
    expect(screen).toContain('! crisis help now');
    // The first question has nowhere to go back to, and says nothing about it.
    expect(screen).not.toMatch(/Back|Esc/);
    expect(reply).toEqual({ crisis: true });
  });

  it('Enter picks the highlighted option', async () => {
    const { reply } = await drive(SAFETY, undefined, press('down', 'enter'));
    expect(reply).toEqual({ answer: { choice: 'yes' } });
  });

  it('offers a way back from the second question on, and says how', async () => {
    const { screen, reply } = await drive(RELATIONSHIP, undefined, press('down', 'down', 'enter'));
    expect(screen).toMatch(/3\. ← Back\n.*4\. I need help right now/);
    expect(screen).toContain('Esc back');
    expect(reply).toEqual({ back: true });
  });

  it('after going back, the earlier answer is highlighted', async () => {
    const { screen, reply } = await drive(RELATIONSHIP, 'friend', press('enter'));
    expect(screen).toMatch(/❯ 2\. A friend/);
    expect(reply).toEqual({ answer: { choice: 'friend' } });
  });
});

describe('yes or no', () => {
  it('is a two-option list with the same extras; the earlier answer is highlighted', async () => {
    const { screen, reply } = await drive(TRIED, false, press('enter'));
    expect(screen).toContain('Have you raised this with Sam before?');
    expect(screen).toMatch(/1\. Yes\n❯ 2\. No/);
    expect(screen).toContain(CRISIS_LABEL);
    expect(reply).toEqual({ answer: { yes: false } });
  });
});

describe('several choices', () => {
  it('keeps earlier ticks and answers with the ticked ones', async () => {
    const { screen, reply } = await drive(WORRIES, ['time'], press('space', 'enter'));
    expect(screen).toMatch(/◉ Time/);
    expect(screen).toContain('space tick');
    expect(reply).toEqual({ answer: { choices: ['cost', 'time'] } });
  });

  it('nothing ticked is an answer too', async () => {
    const { reply } = await drive(WORRIES, undefined, press('enter'));
    expect(reply).toEqual({ answer: { choices: [] } });
  });

  it('ticking crisis help asks for it and keeps the other ticks for later', async () => {
    const { reply } = await drive(WORRIES, undefined, press('space', 'down', 'down', 'down', 'down', 'space', 'enter'));
    expect(reply).toEqual({ crisis: true, keep: ['cost'] });
  });

  it('Back is an action: Space does not tick it, Enter on it goes back keeping the ticks', async () => {
    const { reply } = await drive(WORRIES, undefined, press('space', 'down', 'down', 'down', 'space', 'enter'));
    expect(reply).toEqual({ back: true, keep: ['cost'] });
  });

  it('Space on crisis help ticks nothing: Enter on an option afterwards answers with the ticks', async () => {
    const keys = press('space', 'down', 'down', 'down', 'down', 'space', 'up', 'up', 'up', 'enter');
    const { reply } = await drive(WORRIES, undefined, keys);
    expect(reply).toEqual({ answer: { choices: ['cost'] } });
  });

  it('"a" does not tick everything (it would tick going back and crisis help)', async () => {
    const { reply } = await drive(WORRIES, undefined, press('a', 'enter'));
    expect(reply).toEqual({ answer: { choices: [] } });
  });
});

describe('free text', () => {
  it.each<[string, string, Reply]>([
    ['an answer', 'Sam', { answer: { text: 'Sam' } }],
    ['nothing skips it', '', { answer: { text: '' } }],
    ['! asks for crisis help', '!', { crisis: true }],
    ['help asks for crisis help', 'Help', { crisis: true }],
    ['a name with ! in it is a name', 'Sam!x', { answer: { text: 'Sam!x' } }],
  ])('%s', async (_name, typed, expected) => {
    const { screen, reply } = await drive(NAME, undefined, (d) => {
      d.events.type(typed);
      d.events.keypress('enter');
    });
    expect(screen).toContain('What should we call them?');
    expect(screen).toContain('! then ⏎ crisis help now');
    expect(screen).toContain('Esc back');
    expect(reply).toEqual(expected);
  });
});

describe('a note', () => {
  it('that shows crisis lines offers Continue and Back, and no second way to the same lines', async () => {
    const step: Step = answer(example, start(example, GB).state, { choice: 'yes' });
    if (step.done) throw new Error('finished');
    const note = step.question;
    expect(note.crisis).toBe(true);
    const { screen, reply } = await drive(note, undefined, press('enter'));
    expect(screen).toMatch(/1\. Continue\n.*2\. ← Back/);
    expect(screen).not.toContain(CRISIS_LABEL);
    expect(reply).toEqual({ answer: { continue: true } });
  });
});

describe('--plain', () => {
  it('uses words, not symbols', async () => {
    const { screen } = await drive(RELATIONSHIP, undefined, press('enter'), makeLook(0, true, 80));
    expect(screen).not.toMatch(/[❯◉◯✔←↑↓⏎·─]/);
    expect(screen).toContain('> 1. My partner');
    expect(screen).toContain('Go back');
    expect(screen).toContain('Escape goes back');
  });
});

describe('looked up by kind', () => {
  const crisisNote = answer(example, start(example, GB).state, { choice: 'yes' });
  if (crisisNote.done) throw new Error('finished');

  it.each<[Question, string, QuestionPrompt['prompt'], boolean, boolean]>([
    [SAFETY, 'choice', 'list', true, false],
    [NAME, 'text', 'input', false, false],
    [WORRIES, 'multi', 'ticks', true, false],
    [TRIED, 'yesno', 'list', true, false],
    // The crisis lines are on screen already: "!" is not taken away from the list's keys.
    [crisisNote.question, 'note', 'list', false, true],
  ])('%#: a %s question is asked with %s', (q, kind, prompt, crisisKey, page) => {
    expect(q.kind).toBe(kind);
    const p = questionPrompt(q, undefined, look);
    expect([p.prompt, p.crisisKey, KINDS[q.kind].page]).toEqual([prompt, crisisKey, page]);
  });
});

// The rows a list takes, and what of a question fits the terminal: tests/unit/screens-fit.test.ts.
