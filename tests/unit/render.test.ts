// Rendered output read as text (colour off): what a person would see.
import { describe, expect, it } from 'vitest';
import type { Answer, Plan } from '../../src/engine/types.js';
import { planJson } from '../../src/render/json.js';
import { md, renderPlanMarkdown } from '../../src/render/markdown.js';
import { SCREEN_READER_STYLE } from '../../src/render/style.js';
import { renderCrisisText, renderPlanText } from '../../src/render/text.js';
import { visibleLength, wrap } from '../../src/render/wrap.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { GB, loadFixture } from '../helpers/fixtures.js';
import { planOf as planFrom } from '../helpers/play.js';

const scenario = loadFixture('example.yaml');
const planOf = (answers: Answer[], options = GB): Plan => planFrom(scenario, answers, { start: options });
const risky = planOf([
  { choice: 'yes' },
  { continue: true },
  { text: 'Sam' },
  { choice: 'partner' },
  { choices: ['cost'] },
  { yes: true },
]);

describe('wrapping', () => {
  it.each<[string, string, number, string, string, string[]]>([
    ['short text stays on one line', 'a b c', 20, '', '', ['a b c']],
    ['long text breaks at spaces', 'one two three four five', 10, '', '', ['one two', 'three four', 'five']],
    [
      'continuation lines are indented',
      'one two three four five',
      12,
      '  ',
      '- ',
      ['- one two', '  three four', '  five'],
    ],
    ['a word longer than the width gets its own line', 'a abcdefghijkl b', 5, '', '', ['a', 'abcdefghijkl', 'b']],
    // Guards against "WhatsApp 600" at a line's end and "000 016" on the next: half a number to dial.
    ['a phone number stays whole', 'WhatsApp 600 000 016: only', 16, '', '', ['WhatsApp', '600 000 016:', 'only']],
    ['numbers apart stay apart', 'Call 112 or 999 now', 9, '', '', ['Call 112', 'or 999', 'now']],
  ])('%s', (_name, text, width, indent, first, expected) => {
    expect(wrap(text, width, indent, first)).toEqual(expected);
  });

  it('never makes a line longer than the width unless one word is', () => {
    for (const line of renderPlanText(risky, { width: 60 }).split('\n'))
      expect(visibleLength(line)).toBeLessThanOrEqual(60);
  });
});

describe('the text plan', () => {
  const text = renderPlanText(risky, { width: 80 });
  const lines = text.split('\n');

  it('starts with the headline, then the scenario', () => {
    expect(lines[0]).toBe('Coming back to it with Sam');
    expect(lines[1]).toMatch(/your conversation plan$/);
  });

  it('puts the crisis lines, the summary and safety first when there is a risk, and the sections in order', () => {
    const headings = lines.filter((l) => /^[A-Z][A-Z ,()]+$/.test(l));
    expect(headings).toEqual([
      'CRISIS HELP NOW (THE UNITED KINGDOM)',
      'IN SHORT',
      'SAFETY FIRST',
      'BEFORE YOU TALK',
      'THEIR WORRIES, AND WHAT YOU MIGHT SAY',
      'PRACTICAL HELP YOU CAN OFFER',
      'IF THEY SAY NO, OR NOT YET',
      'LOOKING AFTER YOURSELF',
    ]);
  });

  it('marks what to say and what to avoid in words', () => {
    expect(text).toContain('   Say: “I can help look for something that fits what we can afford.”');
    expect(text).toContain('   Avoid: Bringing it up straight after a disagreement.');
  });

  it('hangs wrapped example lines under the quote, not under the label', () => {
    const narrow = renderPlanText(risky, { width: 40 }).split('\n');
    const i = narrow.findIndex((l) => l.startsWith('   Say: “I can help look'));
    expect(narrow[i + 1]).toMatch(/^ {9}\S/);
  });

  it('ends with the numbers in a line (the boxes are printed once, at the top) and the disclaimer', () => {
    expect(text.indexOf('CRISIS HELP NOW (THE UNITED KINGDOM)')).toBe(text.lastIndexOf('CRISIS HELP NOW'));
    expect(text.lastIndexOf('The numbers again: Samaritans')).toBeGreaterThan(text.indexOf('LOOKING AFTER YOURSELF'));
    expect(lines.at(-2)).toMatch(/therapist or a crisis line can\.$/);
    expect(text).toContain('This coach is not a substitute for professional help.');
  });

  it('has no escape sequences or boxes', () => {
    expect(text).not.toMatch(/\u001b|[┌─│]/);
  });

  it('for screen readers: no symbols, headings as written', () => {
    const sr = renderPlanText(risky, { style: SCREEN_READER_STYLE });
    expect(sr).not.toMatch(/[•“”]/);
    expect(sr).toContain('\nSafety first\n');
    expect(sr).toContain(' - Stay with them if it is safe for you.');
  });
});

describe('the crisis block', () => {
  it.each<[string, string | null, string[], string[]]>([
    [
      'US',
      'US',
      ['Emergency: 911', '988 Suicide & Crisis Lifeline: Call or text 988', 'Text HOME to 741741'],
      ['116 123'],
    ],
    ['Canada', 'CA', ['Emergency: 911', 'Call or text 9-8-8'], ['988 Suicide']],
    ['UK', 'GB', ['Emergency: 999', 'Samaritans: Call 116 123', 'Text SHOUT to 85258'], ['911']],
    ['Ireland', 'IE', ['Emergency: 112', 'Emergency: 999', 'Samaritans: Call 116 123'], ['SHOUT']],
    ['Australia', 'AU', ['Emergency: 000', 'Lifeline: Call 13 11 14'], ['911']],
    ['New Zealand', 'NZ', ['Emergency: 111 (emergency number in New Zealand)', 'Call or text 1737'], ['999']],
    [
      'France (EU)',
      'FR',
      ['Emergency: 112 (the emergency number across the European Union)', 'findahelpline.com'],
      ['116 123', '988'],
    ],
    ['unknown', null, ['we will not guess a number', 'local emergency number', 'findahelpline.com'], ['Emergency:']],
  ])('%s', (_name, region, present, absent) => {
    const text = renderCrisisText(crisisFor(region));
    for (const p of present) expect(text).toContain(p);
    for (const a of absent) expect(text).not.toContain(a);
  });

  it('never mentions the ended 988 press-3 option', () => {
    expect(renderCrisisText(crisisFor('US'))).not.toMatch(/press 3|LGBTQ/i);
  });
});

describe('Markdown', () => {
  it.each<[string, string]>([
    ['[link](http://x)', '\\[link\\](http\\:/\\/x)'],
    ['<script>', '&lt;script&gt;'],
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['plain words, kept. As-is!', 'plain words, kept. As-is!'],
    ['two\nlines', 'two lines'],
    ['esc\u001b[31m red', 'esc red'],
  ])('md(%j)', (input, output) => {
    expect(md(input)).toBe(output);
  });

  it('has a heading per section, say/avoid marked, crisis, answers and the disclaimer', () => {
    const text = renderPlanMarkdown(risky);
    expect(text).toMatch(/^# Coming back to it with Sam\n/);
    expect(text).toContain('\n## Safety first\n');
    expect(text).toContain('  - **Say:** “I can help look for something that fits what we can afford.”');
    expect(text).toContain('\n## Crisis help now (the United Kingdom)\n');
    // The answers can hold private details: only when asked for.
    expect(text).not.toContain('Who is Sam to you?');
    expect(renderPlanMarkdown(risky, { answers: true })).toContain('- Who is Sam to you?: My partner');
    expect(text.trimEnd()).toMatch(/_This coach is not a substitute for professional help\..*_$/);
  });
});

describe('JSON', () => {
  it('is version 3 with the documented keys, the safety object, stance and the summary', () => {
    const j = planJson(risky);
    expect(Object.keys(j)).toEqual([
      'version',
      'lang',
      'scenario',
      'title',
      'answers',
      'safety',
      'summary',
      'plan',
      'crisis',
      'disclaimer',
    ]);
    expect(j.version).toBe(3);
    expect(j.lang).toBe('en');
    expect(j.safety).toEqual({
      stance: 'danger',
      stances: ['danger'],
      risk: 'yes',
      afraid: false,
      substances: false,
      household: false,
    });
    expect((j.summary as { role: string; text: string }[])[0]).toMatchObject({ role: 'crisis' });
    expect((j.summary as { text: string }[])[0]!.text).toContain('999');
    expect(Object.keys(j.plan as object)).toEqual(['sections', 'more', 'offers']);
    expect((j.plan as { offers: string[] }).offers).toEqual(['save']);
    expect((j.plan as { sections: { id: string }[] }).sections[0]!.id).toBe('safety');
    expect(j.answers).toContainEqual({
      node: 'name',
      question: 'What should we call them?',
      answer: 'Sam',
      shown: 'Sam',
    });
  });
});
