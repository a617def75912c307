// `talkcoach practice`, in process: the checker on standard input, and a piped practice as JSON
// with its exit codes. (A whole session on a real terminal: tests/e2e/practice.test.ts.)
import { describe, expect, it } from 'vitest';
import { looksLikeStackTrace, ROOT } from '../helpers/cli.js';
import { runInProcess, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const TEN = [
  'What has it been like for you lately?',
  'you always drink too much',
  "I'm not saying you're crazy",
  "I'm not saying you're crazy, I just worry about you",
  'dont you think you drink too much',
  'You should really talk to someone, I care about you',
  'if you dont get help im moving out',
  'sounds like money is tight',
  "it's your decision, i'll back you either way",
  'ok',
];

describe('talkcoach practice --check', () => {
  it('one JSON object a line: verdict, signals, feedback, and better only when it hurts or is mixed', async () => {
    const r = await tc(['practice', '--check'], { input: `${TEN.join('\n')}\n` });
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => [o.reply, o.verdict])).toEqual(
      TEN.map((reply, i) => [
        reply,
        // "You should really talk to someone, I care about you": advice pushed beside care. The trained
        // scorer is sure enough to outweigh the helping signal (the blind batches code such advice as
        // hurting, MITI's "advising without permission").
        ['helps', 'hurts', 'mixed', 'helps', 'hurts', 'hurts', 'hurts', 'helps', 'helps', 'unclear'][i],
      ]),
    );
    for (const o of out) expect('better' in o).toBe(o.verdict === 'hurts' || o.verdict === 'mixed');
    expect(out[4]).toMatchObject({ signals: ['loaded-question'] });
  });
});

describe('talkcoach practice, piped', () => {
  const answers = '1\n> it sounds like money is a real worry for you\nclose-autonomy\n';

  it('says the practice, not a plan, was finished when lines are left over', async () => {
    // Guards against the run command's "the plan was finished" note after a practice.
    const r = await tc(['practice', 'partner', '--reasons', 'cost', '--name', 'Sam'], { input: `${answers}1\n1\n` });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/the practice was finished; 2 more lines were ignored/);
  });

  it('prints the transcript with feedback as JSON', async () => {
    const r = await tc(['practice', 'partner', '--format', 'json', '--reasons', 'cost', '--name', 'Sam'], {
      input: answers,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as {
      exchanges: { line: string; verdict: string; feedback: string; offered: string[]; reply: object }[];
      summary: { exchanges: number; carry: string[] };
    };
    expect(t.exchanges.map((e) => e.line)).toEqual(['opening', 'cost', 'closing']);
    expect(t.exchanges[1]).toMatchObject({
      verdict: 'helps',
      reply: { typed: expect.stringContaining('sounds like') },
    });
    expect(t.exchanges[2]).toMatchObject({ verdict: 'helps', reply: { id: 'close-autonomy' } });
    expect(t.exchanges[0]!.offered).toHaveLength(4);
    expect(t.summary.exchanges).toBe(3);
    expect(t.summary.carry[0]).toBe('it sounds like money is a real worry for you');
  });

  it('a wrong answer exits 4 naming the line and the replies; answers that end early exit 5', async () => {
    const wrong = await tc(['practice', 'partner', '--reasons', 'cost'], { input: '1\nnine\n' });
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toMatch(/line 2: "nine" is not one of the replies \(1 cost-/);
    expect(looksLikeStackTrace(wrong.stderr)).toBe(false);
    const ended = await tc(['practice', 'partner', '--reasons', 'cost'], { input: '1\n' });
    expect(ended.code).toBe(5);
    expect(ended.stderr).toContain('the answers ended after 1 line, while cost was waiting for a reply');
    const reason = await tc(['practice', '--reasons', 'costs'], { input: '' });
    expect(reason.code).toBe(2);
    expect(reason.stderr).toContain('unknown reason "costs"; did you mean "cost"?');
  });
});
