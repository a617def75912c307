// The watch modes on the built binary: they run until stopped, so a process is the point. (The rest
// of the author's loop: tests/commands/authoring-loop.test.ts.)
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, NODE } from '../helpers/cli.js';
import { fixture } from '../helpers/fixtures.js';

describe('--watch', () => {
  /** Polls until `ok` holds for the output so far (no fixed sleeps). */
  async function until(read: () => string, ok: (s: string) => boolean, ms = 15_000): Promise<string> {
    const end = Date.now() + ms;
    while (!ok(read())) {
      if (Date.now() > end) throw new Error(`timed out; output so far:\n${read()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return read();
  }

  it.each([
    ['validate', 'minimal.yaml', /1 error/],
    ['test', 'example.test.yaml', /FAIL|problem/],
  ])('%s --watch re-runs when a file is saved', async (command, name, after) => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-watch-'));
    for (const f of ['minimal.yaml', 'example.yaml', 'example.test.yaml']) cpSync(fixture(f), join(dir, f));
    cpSync(fixture('shared'), join(dir, 'shared'), { recursive: true });
    const child = spawn(NODE, [BIN, command, '--watch', join(dir, name)], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    try {
      await until(
        () => out,
        (s) => s.includes('watching for changes'),
      );
      const target = join(dir, name === 'minimal.yaml' ? 'minimal.yaml' : 'example.yaml');
      writeFileSync(target, readFileSync(target, 'utf8').replace('kind: note', 'kind: nte'));
      const text = await until(
        () => out,
        (s) => s.includes('checking again') && /watching for changes[\s\S]*watching/.test(s),
      );
      expect(text.slice(text.indexOf('checking again'))).toMatch(after);
    } finally {
      child.kill();
    }
  });
});
