// The practice engine, pure: which lines are said, how openness moves with a reply and with what
// came before, the seeded order of replies, the summary. (That it bundles from src/engine alone is in
// engine-purity.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  currentLine,
  isOver,
  MAX_REASONS,
  offered,
  pick,
  seeded,
  startPractice,
  summarise,
  typed,
  type PracticeState,
} from '../../src/engine/practice/session.js';
import { loadPractice } from '../../src/scenario/practice-load.js';

const { content, rules } = loadPractice();
const input = { content: content!, rules: rules!, fills: { name: 'Sam' } };

/** Plays replies: an id picks it, "> words" types them. */
const play = (reasons: string[], replies: string[]): PracticeState =>
  replies.reduce(
    (s, r) => (r.startsWith('>') ? typed(s, input, r.slice(1).trim()) : pick(s, input, r)),
    startPractice(content!, reasons),
  );

describe('the lines said', () => {
  it.each([
    [[], ['opening', 'denial', 'on-own', 'stigma', 'closing']],
    [['cost'], ['opening', 'cost', 'closing']],
    [
      ['access', 'cost'],
      ['opening', 'access', 'cost', 'closing'],
    ],
    [
      ['cost', 'time', 'stigma', 'judged', 'doubts'],
      ['opening', 'cost', 'time', 'stigma', 'judged', 'closing'],
    ],
  ])('reasons %j give %j', (reasons, lines) => {
    expect(startPractice(content!, reasons).lines).toEqual(lines);
    expect(lines.length - 2).toBeLessThanOrEqual(MAX_REASONS);
  });
});

describe('openness moves with the reply and with what came before', () => {
  it.each([
    ['a helping reply opens them up', ['open-noticed'], 'thinking', false],
    ['a hurting reply closes them', ['open-label'], 'guarded', true],
    ['after a hurt, a good reply wins back less', ['open-label', 'cost-reflect'], 'guarded', false],
    ['two good replies in a row: thinking it over', ['open-noticed', 'cost-reflect'], 'thinking', false],
    ['a typed hurt counts as a hurt', ['> you always do this and you need help'], 'guarded', true],
    ['a typed reflection helps', ['> it sounds like you are exhausted'], 'thinking', false],
  ])('%s', (_name, replies, openness, stung) => {
    const s = play(['cost'], replies);
    expect(s.exchanges.at(-1)!.openness).toBe(openness);
    expect(s.stung).toBe(stung);
  });

  it('after a reply that hurt, the next line is said guarded', () => {
    const calm = currentLine(play(['cost'], ['open-noticed']), input).text;
    const hurt = currentLine(play(['cost'], ['open-order']), input).text;
    expect(calm).toBe(content!.reasons.cost!.say);
    expect(hurt).toBe(content!.reasons.cost!.guarded);
  });

  it('feedback names the skill, and a reply that hurt gets a better one', () => {
    const [good, bad] = play(['cost'], ['open-noticed', 'cost-blame']).exchanges;
    expect(good!.skills[0]).toMatch(/^an "I" statement/);
    expect(good!.better).toBeUndefined();
    expect(bad!).toMatchObject({ verdict: 'hurts', skills: [expect.stringMatching(/^blame/)] });
    expect(bad!.better).toBeDefined();
  });
});

describe('the order of replies comes from the random source passed in', () => {
  const ids = (seed: number) => offered(startPractice(content!, []), input, seeded(seed)).map((r) => r.id);
  it('the same seed gives the same order, every reply is offered once', () => {
    expect(ids(3)).toEqual(ids(3));
    expect([...ids(3)].sort()).toEqual(content!.opening.replies.map((r) => r.id).sort());
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((n) => ids(n).join()));
    expect(orders.size).toBeGreaterThan(2);
  });
});

describe('the summary', () => {
  it('carries the person’s own words first, then good picks, then the better lines', () => {
    const s = play(['cost'], ['open-label', '> it sounds like money is tight', 'close-threat']);
    expect(isOver(s)).toBe(true);
    const sum = summarise(s, input);
    expect(sum).toMatchObject({ exchanges: 3, helped: 1, hurt: 2 });
    expect(sum.carry).toEqual(['it sounds like money is tight', content!.opening.replies[1]!.say]);
  });
});
