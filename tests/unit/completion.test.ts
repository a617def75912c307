// `talkcoach completion bash|zsh|fish` (issue 26): made from the program itself, so every command and
// option `--help` shows is completed, and nothing else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

describe('talkcoach completion', () => {
  it('bash: every command the top-level help lists, and run completes its options and the built-in ids', async () => {
    const help = (await runInProcess(['--help'])).stdout;
    const script = (await runInProcess(['completion', 'bash'])).stdout;
    const listed = [...help.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(listed.length).toBeGreaterThan(10);
    for (const c of listed) expect(script, c).toMatch(new RegExp(`\\b${c}\\b`));
    const file = join(mkdtempSync(join(tmpdir(), 'talkcoach-completion-')), 'c.bash');
    writeFileSync(file, script);
    const complete = (line: string[]) =>
      spawnSync(
        'bash',
        [
          '-c',
          `source ${file}; COMP_WORDS=(${line.join(' ')}); COMP_CWORD=${line.length - 1}; ` +
            '_talkcoach; echo "${COMPREPLY[@]}"',
        ],
        { encoding: 'utf8' },
      ).stdout.trim();
    expect(complete(['talkcoach', 'ru'])).toBe('run');
    expect(complete(['talkcoach', 'run', 'pa'])).toBe('partner');
    expect(complete(['talkcoach', 'run', 'partner', '--ans'])).toBe('--answers');
    expect(complete(['talkcoach', 'config', '--reg'])).toBe('--region');
  });

  it.each(['zsh', 'fish'])('%s: a script naming every command', async (shell) => {
    const r = await runInProcess(['completion', shell]);
    expect(r.code).toBe(0);
    for (const c of ['run', 'practice', 'checkin', 'crisis', 'config', 'completion']) expect(r.stdout).toContain(c);
  });

  it('an unknown shell is a usage error naming the ones it knows', async () => {
    const r = await runInProcess(['completion', 'tcsh']);
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      'talkcoach: "tcsh" is not a shell talkcoach completes; choose one of bash, zsh, fish',
    ]);
  });
});
