// `talkcoach history` (issue 26): by date, not in the order kept; --json for scripts; wrapped lines.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess as runIn } from '../helpers/run-in-process.js';

function withHistory(lines: string[]) {
  const data = mkdtempSync(join(tmpdir(), 'talkcoach-history-'));
  mkdirSync(join(data, 'talkcoach'), { mode: 0o700 });
  writeFileSync(join(data, 'talkcoach', 'history.jsonl'), lines.map((l) => `${l}\n`).join(''), { mode: 0o600 });
  return { XDG_DATA_HOME: data };
}
const entry = (date: string, outcome: string) =>
  JSON.stringify({ date, answers: { outcome, since: 'same', self: 'okay' }, next: '2026-12-30' });

describe('talkcoach history', () => {
  const env = withHistory([entry('2026-12-05', 'no'), entry('2026-11-01', 'agreed'), entry('2026-11-20', 'thinking')]);

  it('--json: version 1, every check-in by date, answers as option ids', async () => {
    const r = await runIn(['history', '--json'], { env });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { version: number; checkins: { date: string; answers: { outcome: string } }[] };
    expect(j.version).toBe(1);
    expect(j.checkins.map((c) => c.date)).toEqual(['2026-11-01', '2026-11-20', '2026-12-05']);
    expect(j.checkins[0]!.answers.outcome).toBe('agreed');
  });

  it('as text, by date, each line at most 80 columns', async () => {
    const r = await runIn(['history'], { env });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^2026-11-01 /);
    expect(lines.filter((l) => /^\d{4}-/.test(l)).map((l) => l.slice(0, 10))).toEqual([
      '2026-11-01',
      '2026-11-20',
      '2026-12-05',
    ]);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
  });

  it('a wrapped line keeps "next:" on a line of its own, never run into the answers', async () => {
    const long = JSON.stringify({
      date: '2026-12-01',
      answers: { outcome: 'agreed', since: 'better', self: 'okay' },
      next: '2026-12-08',
    });
    const r = await runIn(['history'], { env: withHistory([long]) });
    const lines = r.stdout.split('\n');
    expect(lines[0]!.length).toBeGreaterThan(40); // it was too long for one line, so it wrapped
    expect(lines).toContain('    next: 2026-12-08');
    expect(r.stdout).not.toMatch(/\S next: 2026/);
  });

  it('--json with nothing kept is an empty list, not a sentence', async () => {
    const r = await runIn(['history', '--json'], { env: withHistory([]) });
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 1, checkins: [] });
  });
});
