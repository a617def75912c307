// talkcoach crisis, in-process (issue 20, item 5): the steps for the person struggling come first,
// then for someone helping another, and the text carries every line its JSON has.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

async function crisis(...args: string[]): Promise<string> {
  // No locale: only what is given decides the region.
  const r = await runInProcess(['crisis', ...args], { env: { LANG: undefined } });
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('talkcoach crisis', () => {
  it.each([
    ['GB', /^In danger now\? Call 999\. Samaritans: Call 116 123/],
    ['US', /^In danger now\? Call 911\. 988 Suicide & Crisis Lifeline: Call or text 988/],
    ['XX', /^In danger now\? Call your local emergency number\. Crisis lines anywhere: https:/],
  ])('opens with the emergency number and a crisis line, for %s', async (region, first) => {
    // Guards against the numbers only at the end of 69 lines, below the steps, for someone who reads
    // from the top or pipes it to a pager.
    const text = await crisis('--region', region);
    expect(text.split('\n').slice(0, 3).join(' ')).toMatch(first);
  });

  it('joins two emergency numbers with the language\'s word for "or", not code\'s', async () => {
    // Guards against " or " written in code: Spanish read "Llama al 112 or 999".
    expect((await crisis('--region', 'IE')).split('\n')[0]).toMatch(/^In danger now\? Call 112 or 999\./);
    const r = await runInProcess(['--lang', 'qps-ploc', 'crisis', '--region', 'IE'], { env: { LANG: undefined } });
    const first = r.stdout.split('\n')[0]!;
    expect(first).toContain('112');
    expect(first).not.toMatch(/112 or 999/);
  });

  it('then "if it\'s you", then "if it\'s someone else", then the lines', async () => {
    // Guards against a person in crisis themselves reading only steps for a helper.
    const text = await crisis('--region', 'US');
    const you = text.indexOf("IF IT'S YOU WHO IS STRUGGLING");
    const other = text.indexOf("IF IT'S SOMEONE ELSE");
    const lines = text.indexOf('CRISIS HELP NOW');
    expect(text.slice(0, you).split('\n').filter(Boolean).length).toBeLessThanOrEqual(3);
    expect(other).toBeGreaterThan(you);
    expect(lines).toBeGreaterThan(other);
    expect(text.slice(you, other)).not.toContain('on their behalf');
    expect(text.slice(other, lines)).toContain('on their behalf');
  });

  it.each(['US', 'GB', 'IE', 'AU', 'NZ'])('prints every line its JSON has, for %s', async (region) => {
    // Guards against the text leaving out the domestic-abuse and substance lines the JSON has.
    const text = await crisis('--region', region);
    const json = JSON.parse(await crisis('--region', region, '--json')) as {
      crisis: { lines: { how: string }[]; abuse: { how: string }[]; substance: { how: string }[] };
      selfSteps: unknown[];
    };
    const all = [...json.crisis.lines, ...json.crisis.abuse, ...json.crisis.substance];
    expect(json.crisis.abuse.length).toBeGreaterThan(0);
    for (const l of all) expect(text.replace(/\s+/g, ' ')).toContain(l.how);
    expect(json.selfSteps.length).toBeGreaterThan(0);
  });

  it('puts the numbers last, with the month they were checked', async () => {
    // Guards against the steps coming after the numbers, which pushes them off a short terminal.
    const text = await crisis('--region', 'GB');
    const tail = text.slice(text.indexOf('CRISIS HELP NOW'));
    expect(tail).toContain('Call 116 123');
    expect(tail).toContain('last checked in November 2026');
    expect(tail).not.toContain('Say:');
  });
});
