// `FORCE_COLOR=1 talkcoach crisis | cat -v` has colour, as README's colour rules say: FORCE_COLOR
// forces it even into a pipe; NO_COLOR, --no-color and --plain turn it off; JSON never has it.
// Guards against the crisis command ignoring the rules the rest of talkcoach follows.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

const ESC = '\u001B[';
const crisis = (env: Record<string, string>, ...args: string[]) =>
  runInProcess(['crisis', '--region', 'GB', ...args], { env });

describe('talkcoach crisis and colour', () => {
  it('into a pipe: none by default', async () => {
    const r = await crisis({});
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR=1 colours it even into a pipe, with the same words', async () => {
    const plain = await crisis({});
    const r = await crisis({ FORCE_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${ESC}31m`); // red: the safety steps
    expect(r.stdout).toContain('116 123');
    const words = (s: string) => s.replace(/\u001B\[\d+m/g, '').toLowerCase();
    expect(words(r.stdout)).toBe(words(plain.stdout));
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, []],
    ['NO_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, []],
    ['--no-color', { FORCE_COLOR: '1' }, ['--no-color']],
    ['--plain', { FORCE_COLOR: '1' }, ['--plain']],
    ['--json', { FORCE_COLOR: '1' }, ['--json']],
  ])('%s: no colour', async (_what, env, args) => {
    const r = await crisis(env, ...args);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
  });
});
