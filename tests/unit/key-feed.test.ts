// The keys of a session passed to one prompt at a time (src/frontends/key-feed.ts): keys typed
// ahead wait for the next prompt, a paste into a text field is cut, Ctrl-Z suspends and resumes.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { KeyFeed, TEXT_LIMIT } from '../../src/frontends/key-feed.js';

function feed() {
  const raw: boolean[] = [];
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: (on: boolean) => {
      raw.push(on);
      return stdin;
    },
  });
  let out = '';
  let suspended = 0;
  const f = new KeyFeed(stdin, { write: (s: string) => (out += s) }, () => suspended++);
  let seen = '';
  f.input.on('data', (d: Buffer) => (seen += d.toString()));
  const type = async (s: string) => {
    stdin.write(s);
    await new Promise((r) => setImmediate(r));
  };
  return { f, type, seen: () => seen, raw, out: () => out, suspended: () => suspended };
}

describe('the keys of a session', () => {
  it('keys typed after Enter wait for the next prompt', async () => {
    const k = feed();
    k.f.ready();
    await k.type('\rSam');
    expect(k.seen()).toBe('\r');
    k.f.ready({ text: true });
    expect(k.seen()).toBe('\rSam');
    k.f.close();
  });

  it('raw mode stays on from the first prompt to the end', async () => {
    const k = feed();
    k.f.ready();
    await k.type('\r');
    k.f.ready();
    k.f.close();
    expect(k.raw).toEqual([true, false]);
  });

  it(`a paste into a text field is cut at ${TEXT_LIMIT} characters; Enter and arrow keys still pass`, async () => {
    const k = feed();
    k.f.ready({ text: true });
    await k.type('x'.repeat(5000));
    await k.type('\u001B[D\r');
    expect(k.seen()).toBe(`${'x'.repeat(TEXT_LIMIT)}\u001B[D\r`);
    k.f.close();
  });

  it('a list takes every key', async () => {
    const k = feed();
    k.f.ready();
    await k.type('y'.repeat(500));
    expect(k.seen()).toHaveLength(500);
    k.f.close();
  });

  it('Ctrl-Z: the cursor shown, raw mode off, the process stopped; on fg the field typed again', async () => {
    const k = feed();
    let resumed = 0;
    k.f.onResume = () => resumed++;
    k.f.ready({ text: true });
    await k.type('Sa\u007Fam\u001A');
    expect(k.suspended()).toBe(1);
    expect(k.out()).toContain('\u001B[?25h');
    expect(k.raw).toEqual([true, false]);
    process.emit('SIGCONT');
    expect(k.raw).toEqual([true, false, true]);
    expect(resumed).toBe(1);
    // The prompt is drawn again and gets the field back.
    k.f.ready({ text: true, again: true });
    expect(k.seen()).toBe('Sa\u007FamSam');
    k.f.close();
  });
});
