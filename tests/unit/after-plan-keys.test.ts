// The quick way out, in-process (issue 20, item 4): Esc twice within a second, or Ctrl-C, is seen by
// the session's keys at once and goes to no prompt; one Esc still goes back; an arrow key is no Esc.
// The coach then clears the screen and its scrollback and ends with 130, saying nothing.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/edge.js';
import { EXIT, QuickExit } from '../../src/errors.js';
import { QUICK_ESCAPE_MS, KeyFeed } from '../../src/frontends/key-feed.js';
import { CLEAR_ALL } from '../../src/frontends/terminal.js';
import { fakeTerminal, KEY } from '../helpers/fake-terminal.js';
import { asked, startCoach } from '../helpers/interactive.js';
import { loadFixture } from '../helpers/fixtures.js';

function feed() {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
  let clock = 0;
  const f = new KeyFeed(
    stdin,
    { write: () => undefined },
    () => undefined,
    () => clock,
  );
  let quick = 0;
  f.onQuickExit = () => quick++;
  let seen = '';
  f.input.on('data', (d: Buffer) => (seen += d.toString()));
  f.ready();
  const type = async (s: string, after = 0) => {
    clock += after;
    stdin.write(s);
    await new Promise((r) => setImmediate(r));
  };
  return { f, type, quick: () => quick, seen: () => seen };
}

describe('the quick way out, as keys', () => {
  it('Esc, then Esc within a second: out, and the second Esc goes to no prompt', async () => {
    const k = feed();
    await k.type(KEY.escape);
    expect(k.quick()).toBe(0);
    await k.type(KEY.escape, QUICK_ESCAPE_MS - 1);
    expect(k.quick()).toBe(1);
    expect(k.seen()).toBe(KEY.escape);
    k.f.close();
  });

  it('two Escs in one read (a fast double press) are the way out', async () => {
    const k = feed();
    await k.type(KEY.escape + KEY.escape);
    expect(k.quick()).toBe(1);
    expect(k.seen()).toBe('');
    k.f.close();
  });

  it('Esc, then Esc more than a second later: two steps back, no way out', async () => {
    // Guards against a person going back twice, slowly, losing the session.
    const k = feed();
    await k.type(KEY.escape);
    await k.type(KEY.escape, QUICK_ESCAPE_MS + 1);
    expect(k.quick()).toBe(0);
    k.f.close();
  });

  it('arrow keys, whole or in two pieces, and Alt+Up are no Esc', async () => {
    // Guards against moving through a list ending the run.
    const k = feed();
    await k.type(KEY.up);
    await k.type(KEY.down);
    await k.type(KEY.escape);
    await k.type('[A');
    await k.type(KEY.escape);
    await k.type('[B');
    await k.type('\u001B\u001B[A');
    expect(k.quick()).toBe(0);
    k.f.close();
  });

  it('Ctrl-C, even with keys held for the next prompt', async () => {
    const k = feed();
    await k.type('\r1');
    await k.type(KEY.ctrlC);
    expect(k.quick()).toBe(1);
    k.f.close();
  });

  it('says nothing at the edge, and exits with the code for Ctrl-C', () => {
    // Guards against a line left on a screen that was just cleared.
    expect(describeFailure(new QuickExit(), false)).toEqual({ exitCode: EXIT.interrupted, lines: [] });
  });
});

describe('the quick way out in the coach', () => {
  const example = loadFixture('example.yaml');

  it.each([
    ['Esc twice', [KEY.escape + KEY.escape]],
    ['Ctrl-C', [KEY.ctrlC]],
  ])('%s at a question: the screen and scrollback cleared, nothing more said', async (_name, keys) => {
    const t = fakeTerminal();
    const run = startCoach(t, example);
    await t.waitFor(asked('Is anyone in danger'));
    t.press(...keys);
    await expect(run).rejects.toBeInstanceOf(QuickExit);
    expect(t.raw().endsWith(CLEAR_ALL)).toBe(true);
    expect(CLEAR_ALL).toContain('\u001B[3J');
    expect(t.stderr()).toBe('');
  });

  it('Ctrl-D still stops without clearing', async () => {
    const t = fakeTerminal();
    const run = startCoach(t, example);
    await t.waitFor(asked('Is anyone in danger'));
    t.press(KEY.ctrlD);
    const e = await run.catch((x: unknown) => x);
    expect(e).not.toBeInstanceOf(QuickExit);
    expect(t.raw()).not.toContain('\u001B[3J');
  });
});
