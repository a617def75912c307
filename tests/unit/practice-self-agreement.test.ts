// The coach agrees with itself: every line it offers as good (the plans' `say:` lines, the practice
// replies that help, every `better` line) comes back `helps` from the checker, and every practice
// reply offered as hurtful comes back `hurts`. Guards against the checker contradicting the coach,
// as it did when LEAP's "Everyone keeping on at you…" came back as an order (issue 21).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkReply } from '../../src/engine/practice/checker.js';
import { BUILTIN_DIR } from '../../src/paths.js';
import { loadPractice } from '../../src/scenario/practice-load.js';

const practice = loadPractice();
const rules = practice.rules!;
const content = practice.content!;

/** Every `say:` line of the built-in plans, with fill-ins made a plain word. */
function sayLines(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'say' && typeof x === 'string') out.push(x.replace(/\{\{[^}]*\}\}/g, 'them'));
        else walk(x);
      }
  };
  for (const dir of [BUILTIN_DIR, join(BUILTIN_DIR, 'shared')])
    for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !/\.test\.ya?ml$/.test(n)))
      walk(parse(readFileSync(join(dir, f), 'utf8')));
  return out;
}

const lines = [content.opening, content.closing, ...Object.values(content.reasons)];
const replies = lines.flatMap((l) => l.replies);
const helping = replies.filter((r) => content.kinds[r.kind]?.helps).map((r) => r.say);
const hurting = replies.filter((r) => !content.kinds[r.kind]?.helps).map((r) => r.say);
const betters = [
  ...replies.flatMap((r) => (r.better ? [r.better] : [])),
  ...rules.signals.flatMap((s) => (s.better ? [s.better] : [])),
  rules.negated.better,
  ...(rules.scored ? [rules.scored.hurts.better] : []),
];

const wrong = (texts: string[], want: string) =>
  texts.map((t) => ({ t, got: checkReply(t, rules) })).filter(({ got }) => got.verdict !== want);
const show = (xs: ReturnType<typeof wrong>) => xs.map(({ t, got }) => `${got.verdict} [${got.signals}] ${t}`);

describe('the coach agrees with itself', () => {
  const say = sayLines();
  it(`finds the lines to check`, () => {
    console.log(
      `self-agreement: ${say.length} say: lines, ${helping.length} helping replies, ${betters.length} better lines, ` +
        `${hurting.length} hurting replies`,
    );
    expect(say.length).toBeGreaterThan(40);
    expect(hurting.length).toBeGreaterThan(20);
  });
  it('every say: line of the plans checks as helps', () => expect(show(wrong(say, 'helps'))).toEqual([]));
  it('every helping practice reply checks as helps', () => expect(show(wrong(helping, 'helps'))).toEqual([]));
  it('every better line checks as helps', () => expect(show(wrong(betters, 'helps'))).toEqual([]));
  it('every hurting practice reply checks as hurts', () => expect(show(wrong(hurting, 'hurts'))).toEqual([]));
});
