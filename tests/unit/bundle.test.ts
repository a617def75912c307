// What a piped run can load: the prompt library is only in the terminal room's chunk, and the YAML
// parser only in the YAML room's (src/commands/rooms.ts), which nothing on the piped path imports
// statically. Read from the build's own record (dist/chunks.json).
import { describe, expect, it } from 'vitest';
import { chunks } from '../helpers/chunks.js';

const named = (prefix: string) => [...chunks.keys()].filter((k) => k.startsWith(prefix) && k.endsWith('.js'));

/** A chunk and every chunk it imports statically, and theirs. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...(chunks.get(file)?.imports ?? []));
  }
  return seen;
}
const inputsOf = (files: Iterable<string>) => [...files].flatMap((f) => Object.keys(chunks.get(f)?.modules ?? {}));
const ROOM_PACKAGES = /node_modules\/(@inquirer\/|chalk\/|yaml\/)/;

describe('the bundle', () => {
  it('has one terminal room, which brings the prompt library and chalk', () => {
    const interactive = named('terminal-room-');
    expect(interactive).toHaveLength(1);
    const inputs = inputsOf(closure(interactive));
    for (const p of ['@inquirer/core', 'chalk']) expect(inputs.some((i) => i.includes(`/${p}/`))).toBe(true);
  });

  it('has one YAML room, which brings the YAML parser', () => {
    const yaml = named('yaml-room-');
    expect(yaml).toHaveLength(1);
    expect(inputsOf(closure(yaml)).some((i) => i.includes('/yaml/'))).toBe(true);
  });

  it('a piped run (cli.js, the boot chunk, the run command) loads neither room', () => {
    const entries = ['cli.js', ...named('boot-'), ...named('run-')];
    expect(entries).toHaveLength(3);
    const loaded = closure(entries);
    expect(loaded.size).toBeGreaterThan(3);
    expect([...loaded].filter((f) => /^(terminal|yaml)-room-/.test(f))).toEqual([]);
    expect(inputsOf(loaded).filter((i) => ROOM_PACKAGES.test(i))).toEqual([]);
  });

  // Guards the split of practice --check from practice (src/boot.ts): a static import of the practice
  // session or of the scenario loading in practice-check.ts would bring them back (about 8 ms of CPU).
  it('practice --check loads the checker, not the practice session nor the scenarios', () => {
    const check = named('practice-check-');
    expect(check).toHaveLength(1);
    const inputs = inputsOf(closure(['cli.js', ...named('boot-'), ...check]));
    expect(inputs).toContain('src/engine/practice/checker.ts');
    for (const notNeeded of ['src/engine/practice/session.ts', 'src/commands/open.ts', 'src/scenario/catalogue.ts'])
      expect(inputs).not.toContain(notNeeded);
  });
});
