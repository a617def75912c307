// The checker's normaliser, its pattern check for `validate`, and the verdict rules of issue 21:
// each test names the slip it guards against.
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/engine/practice/checker.js';
import { patternProblem } from '../../src/engine/practice/patterns.js';
import { normalise, prepareNormaliser } from '../../src/engine/practice/normalise.js';
import { loadPractice } from '../../src/scenario/practice-load.js';

const rules = loadPractice().rules!;
const n = prepareNormaliser(rules);
const words = (t: string) => normalise(t, n).sentences.flatMap((s) => s.words);
const classes = new Map(Object.entries(rules.classes ?? {}).map(([k, v]) => [k, new Set(v)]));

describe('the normaliser', () => {
  it('expands contractions and text spellings alike, so one pattern covers both', () => {
    expect(words("you're")).toEqual(words('youre'));
    expect(words("you're")).toEqual(['you', 'are']);
    expect(words('im sure u dont')).toEqual(['i', 'am', 'sure', 'you', 'do', 'not']);
    expect(words("shouldn't")).toEqual(['should', 'not']);
  });
  it('reads "ur" by the word after it: "you are" before a description, "your" before a thing', () => {
    expect(words('ur crazy')).toEqual(['you', 'are', 'crazy']);
    expect(words('ur mum called')).toEqual(['your', 'mum', 'called']);
    expect(words('your so selfish')).toEqual(['you', 'are', 'so', 'selfish']);
  });
  it('scopes a negation to its clause only', () => {
    const [s] = normalise("I'm not angry, you are selfish", n).sentences;
    const at = s!.words.indexOf('selfish');
    expect(s!.negated[s!.words.indexOf('angry')]).toBe(true);
    expect(s!.negated[at]).toBe(false);
  });
  it('notes a softener', () => {
    expect(normalise('no offence, but you need help', n).softener).toBe(true);
    expect(normalise('you need help', n).softener).toBe(false);
  });
});

describe('validate: patterns that can never match', () => {
  it('catches a space beside "|", punctuation, and an unknown word class', () => {
    expect(patternProblem('you are| crazy', classes)).toMatch(/empty alternative/);
    expect(patternProblem('you |are crazy', classes)).toMatch(/empty alternative/);
    expect(patternProblem('you are crazy!', classes)).toMatch(/never match/);
    expect(patternProblem('you are @nope', classes)).toMatch(/word class/);
    expect(patternProblem('you are * @negative', classes)).toBeUndefined();
    expect(patternProblem('i_am|i_feel * @emotion', classes)).toBeUndefined();
  });
});

describe('the verdicts of issue 21', () => {
  const v = (t: string) => checkReply(t, rules);
  it('catches the misses the issue names', () => {
    expect(v("If you haven't booked by Friday, I'm staying at my sister's").verdict).toBe('hurts');
    expect(v('so when exactly were you planning to deal with it?').verdict).toBe('hurts');
    expect(v("don't act like a child about it").verdict).toBe('hurts');
    expect(v('ur being pathetic').verdict).toBe('hurts');
  });
  it('hears plain agreement and a reflection without a stock opener', () => {
    expect(v('fair enough').verdict).toBe('helps');
    expect(v('So the travel is what puts you off').verdict).toBe('helps');
  });
  it('an emotion word is no insult', () => expect(v('you seem scared').verdict).toBe('helps'));
  it('a precise hurting rule wins over a helping one: a threat wrapped in a reflection hurts', () => {
    const r = v("It sounds like you're tired, but if you don't go I'm leaving.");
    expect(r.verdict).toBe('hurts');
    expect(r.signals).toContain('threat');
  });
  it('a reflection reports their view: a hurting phrase inside it is theirs, until a "but"', () => {
    // Guards against reflections of how they feel coming back as the label or blame they report.
    expect(v("you feel like you're being treated like a kid").verdict).toBe('helps');
    expect(v("so to you it's just nerves, not something that needs fixing").verdict).not.toBe('hurts');
    expect(v("you feel like I nag, but you're acting like a child").verdict).toBe('hurts');
  });
  it('a denial still reads as a denial ("I\'m not saying you\'re crazy")', () => {
    expect(v("I'm not saying you're crazy, I'm just worried about you.")).toMatchObject({
      verdict: 'helps',
      negated: ['label'],
    });
  });
  it('when only the scorer decides, the feedback says so and names no rule', () => {
    const scorer = rules.scorer!;
    const forced = { ...rules, scorer: { ...scorer, thresholds: { hurts: 0, helps: 2, overHelping: 0 } } };
    const r = checkReply('the weather is nice', forced);
    expect(r).toMatchObject({ verdict: 'hurts', by: 'scorer', signals: [] });
    expect(r.feedback).toBe(rules.scored!.hurts.feedback);
  });
  it('keeps crisis detection', () => {
    expect(v("I don't want to be here anymore").crisis).toBe(true);
    expect(v("I'd never hit you").crisis).toBe(false);
    expect(v("he'll hurt me").crisis).toBe(true);
  });
});
