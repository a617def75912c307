import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/engine/answer-text.js';
import { describeOptions, engineWords } from '../../src/render/words.js';
import type { Question } from '../../src/engine/types.js';

const base = { node: 'n', ask: 'Q?', step: 1, aboutTotal: 3, canGoBack: false };
const choice: Question = {
  ...base,
  kind: 'choice',
  options: [
    { id: 'partner', label: 'My partner' },
    { id: 'friend', label: 'A friend' },
  ],
};
const multi: Question = {
  ...base,
  kind: 'multi',
  options: [
    { id: 'cost', label: 'Cost' },
    { id: 'time', label: 'No time' },
    { id: 'stigma', label: 'Stigma' },
  ],
};
const yesno: Question = {
  ...base,
  kind: 'yesno',
  options: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
};
const text: Question = { ...base, kind: 'text', options: [], default: 'them' };

describe('reading a line as an answer', () => {
  it.each<[string, Question, string, unknown]>([
    ['choice by number', choice, '2', { choice: 'friend' }],
    ['choice by id', choice, 'partner', { choice: 'partner' }],
    ['choice by id, any case, spaces', choice, '  PARTNER ', { choice: 'partner' }],
    ['choice by label', choice, 'a friend', { choice: 'friend' }],
    ['multi by numbers', multi, '1,3', { choices: ['cost', 'stigma'] }],
    ['multi mixed, spaces, repeat', multi, 'cost , No time, 1', { choices: ['cost', 'time'] }],
    ['multi empty is none', multi, '', { choices: [] }],
    ['yes', yesno, 'yes', { yes: true }],
    ['no by number', yesno, '2', { yes: false }],
    ['text kept as typed', text, ' Sam ', { text: ' Sam ' }],
    ['text empty skips', text, '', { text: '' }],
  ])('%s', (_name, q, line, expected) => {
    expect(readAnswer(q, line)).toEqual({ ok: true, answer: expected });
  });

  it("reads the words of the run's language for yes and no, given by the front end, and only those", () => {
    // Guards against English answer words written into the engine: it knows only ids and numbers.
    expect(readAnswer(yesno, 'Y').ok).toBe(false);
    expect(readAnswer(yesno, 'Y', { yes: ['y'], no: ['n'] })).toEqual({ ok: true, answer: { yes: true } });
    expect(readAnswer(yesno, 'nein', { yes: ['ja'], no: ['nein'] })).toEqual({ ok: true, answer: { yes: false } });
  });

  it.each<[string, Question, string]>([
    ['choice number out of range', choice, '3'],
    ['choice zero', choice, '0'],
    ['choice unknown word', choice, 'cousin'],
    ['choice empty', choice, ''],
    ['multi with one unknown part', multi, 'cost,rent'],
    ['multi with an empty part', multi, 'cost,,time'],
    ['yes/no other word', yesno, 'maybe'],
  ])('refuses %s without quoting the answer', (_name, q, line) => {
    const r = readAnswer(q, line);
    expect(r.ok).toBe(false);
    if (!r.ok && line.trim()) expect(r.reason).not.toContain(line.trim());
  });

  it.each<[string, number, string]>([
    ['cost,rent', 2, 'part 2 of the answer (counting between commas) matches no option'],
    ['cost,,time', 2, 'part 2 of the answer is empty (nothing between two commas)'],
    ['rent', 1, 'part 1 of the answer (counting between commas) matches no option'],
  ])('names the part of a multi answer that is wrong by its place: %s', (line, part, words) => {
    const r = readAnswer(multi, line);
    expect(r).toMatchObject({ ok: false, part });
    if (!r.ok) expect(engineWords(r.reason, r.part)).toBe(words);
  });

  it('lists the valid answers by number, id and label', () => {
    expect(describeOptions(choice)).toBe('1 partner (My partner), 2 friend (A friend)');
    expect(describeOptions(multi)).toContain('several separated by commas');
    expect(describeOptions(text)).toBe('any text, or an empty line to skip');
  });
});
