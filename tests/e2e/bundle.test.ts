// What a piped run loads: the prompt library is imported only by the interactive chunk, which nothing
// on the piped path imports statically. (Packages are bundled in dist/vendor/.)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const DIST = join(ROOT, 'dist');
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
// import{a as b}from"./x.js" and import"./x.js", but not import("./x.js").
const staticImports = (code: string) =>
  [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?"\.\/([^"]+)"/g)].map((m) => m[1]!);
const dynamicImports = (code: string) => [...code.matchAll(/\bimport\("\.\/([^"]+)"\)/g)].map((m) => m[1]!);

function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(read(file)).map((f) => join(dirname(file), f)));
  }
  return seen;
}

// Text found only in @inquirer/core (colours and boxes are drawn by src/render/ansi.ts).
const MARKERS = ['Prompt was canceled', 'AbortPromptError'];

describe('the bundle', () => {
  const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const interactive = files.filter((f) => f.startsWith('interactive-'));
  // The run command is in the shell chunk cli.js loads for every command but --version.
  const run = dynamicImports(read('cli.js')).filter((f) => f.startsWith('shell-'));

  it('has one interactive chunk, which brings the prompt library', () => {
    expect(interactive).toHaveLength(1);
    const loaded = [...closure([interactive[0]!])].map(read).join('\n');
    for (const m of MARKERS) expect(loaded).toContain(m);
  });

  it('a piped run (cli.js, then the shell chunk with the run command) never loads them', () => {
    expect(run.length).toBeGreaterThan(0);
    const loaded = closure(['cli.js', ...run]);
    expect(loaded.size).toBeGreaterThan(2);
    expect([...loaded].filter((f) => f.startsWith('interactive-'))).toEqual([]);
    for (const f of loaded) for (const m of MARKERS) expect(read(f), `${f} holds ${m}`).not.toContain(m);
  });
});
