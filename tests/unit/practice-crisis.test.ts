// Typed replies that speak of suicide, self-harm or violence bring crisis help first (issue 20,
// item 9). The rules in scenarios/practice/checker.yaml (`crisis`) were written from the issue's
// word families; the replies below were written before the rules, so they test variants the rules
// were not written from (inflections, other pronouns, slang, typing without apostrophes).
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/engine/practice/checker.js';
import { loadPractice } from '../../src/scenario/practice-load.js';

const rules = loadPractice().rules!;
const crisis = (reply: string) => checkReply(reply, rules).crisis;

const CRISIS = [
  'are you thinking about suicide?',
  'You said you were suicidal last week',
  "I'm afraid you'll end it all",
  'Have you thought about ending your life?',
  'he told me he wants to top himself',
  "Please don't hurt yourself",
  "I know you've been cutting yourself",
  'are you self harming again',
  'you took an overdose last year',
  'I found the pills, did you OD?',
  "If you hit me again I'm calling the police",
  'he beats her',
  "I'm scared he'll hurt the kids",
  'There was violence at home',
  'you said you wanted to die',
  'you think we would be better off without you',
  "I don't want you to kill yourself",
  'Do you ever think of taking your own life?',
  'she threatened to stab him',
  'dont kill urself',
  'Are you planning to harm yourself?',
  'he said he would shoot himself',
  "I'm not going to kill myself, ok?",
  'He punched the wall and then he choked me',
  'You keep saying you dont want to live anymore',
];

const NOT_CRISIS = [
  "I don't want to hurt you by bringing this up",
  'I know I hurt you when I said that',
  "It's killing me to see you like this",
  "I'd like to hear how you feel",
  'I would never hit you',
  "Let's end this argument and talk tomorrow",
  "I'm dying to know what you think",
  'Cut yourself some slack, you have had a hard year',
  'That comment really hit home',
  'I want to beat this together',
  "You're not a violent person and I know that",
];

describe('crisis words in a typed reply', () => {
  it.each(CRISIS)('brings crisis help: %s', (reply) => {
    // Guards against a family of words (or a spelling of it) that the rules miss.
    expect(crisis(reply)).toBe(true);
  });

  it.each(NOT_CRISIS)('is not a crisis: %s', (reply) => {
    // Guards against crisis help for everyday speech ("it's killing me"), denied violence, or
    // emotional hurt, which would teach people to ignore it.
    expect(crisis(reply)).toBe(false);
  });

  it('keeps the verdict of a threat: crisis and hurts together', () => {
    // Guards against the crisis mark replacing the verdict: a threat about suicide still hurts.
    for (const reply of [
      "If you kill yourself I'll never forgive you",
      "If you hurt yourself I'll never forgive you",
      'if u kill urself i will never forgive u',
      "I'd never forgive you if you killed yourself",
    ]) {
      const r = checkReply(reply, rules);
      expect({ reply, crisis: r.crisis, verdict: r.verdict }).toEqual({ reply, crisis: true, verdict: 'hurts' });
    }
  });

  it('keeps a caring reply as help while marking the crisis', () => {
    // Guards against a caring question being called hurtful because it names suicide.
    const r = checkReply("I'm worried about you. Are you thinking about killing yourself?", rules);
    expect(r.crisis).toBe(true);
    expect(r.verdict).toBe('helps');
  });
});
