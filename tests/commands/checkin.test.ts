// talkcoach checkin, piped, in process: the next steps, the date and the safety object as
// JSON; the reminder and the history written only when asked, at mode 0600; history and forget.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { planSafety } from '../helpers/fixtures.js';
import { runInProcess, type RunOptions } from '../helpers/run-in-process.js';

const tc = (args: string[], o: RunOptions = {}) => runInProcess(args, { cwd: ROOT, ...o });

const TODAY = '2026-12-01';
const temp = () => mkdtempSync(join(tmpdir(), 'talkcoach-checkin-'));
const checkin = (input: string, args: string[] = [], env: Record<string, string> = {}) =>
  tc(['checkin', '--format', 'json', '--today', TODAY, '--region', 'GB', ...args], { input, env });
const json = (stdout: string) =>
  JSON.parse(stdout) as {
    title: string;
    safety: { risk: string; afraid: boolean };
    summary: { role: string }[];
    plan: { sections: { id: string; points: { id: string }[] }[] };
    checkin: { today: string; date: string; days: number; suggested: { date: string; days: number } };
  };
const pointIds = (j: ReturnType<typeof json>) => j.plan.sections.flatMap((s) => s.points.map((p) => p.id));

describe('talkcoach checkin, piped', () => {
  it('agreed: small practical steps, and a week later', async () => {
    const r = await checkin('no\nagreed\nbetter\nokay\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = json(r.stdout);
    expect(j.checkin).toEqual({
      today: TODAY,
      date: '2026-12-08',
      days: 7,
      suggested: { date: '2026-12-08', days: 7 },
    });
    expect(j.title).toBe('Your next step: check in again on Tuesday, December 8, 2026');
    expect(j.safety).toEqual(planSafety());
    expect(pointIds(j)).toEqual(expect.arrayContaining(['ci-first-step', 'ci-go-with', 'ci-fit']));
  });

  it('an argument, worse since: repair first, and sooner (3 days)', async () => {
    const j = json((await checkin('no\nargument\nno\nworse\ntired\n')).stdout);
    expect(j.checkin.date).toBe('2026-12-04');
    expect(pointIds(j)).toEqual(expect.arrayContaining(['ci-repair', 'ci-other-way', 'ci-worse']));
    // Worse since (stance urgent): nothing that says give it time.
    expect(pointIds(j)).not.toContain('ci-give-time');
    expect(pointIds(j)).not.toContain('ci-first-step');
  });

  it('worrying words: risk, the crisis steps first, tomorrow', async () => {
    const j = json((await checkin('no\nworrying\nokay\n')).stdout);
    expect(j.safety.risk).toBe('yes');
    expect(j.summary[0]!.role).toBe('crisis');
    expect(j.plan.sections[0]!.id).toBe('safety');
    expect(j.checkin.date).toBe('2026-12-02');
  });

  it('--date changes the date; a date before today or not a date is a usage error (exit 2)', async () => {
    expect(json((await checkin('no\nagreed\nbetter\nokay\n', ['--date', '2026-12-24'])).stdout).checkin.days).toBe(23);
    const past = await checkin('no\nagreed\nbetter\nokay\n', ['--date', '2026-11-30']);
    expect([past.code, past.stderr.trim()]).toEqual([
      2,
      'talkcoach: 2026-11-30 is before today (2026-12-01): choose today or a later day',
    ]);
    const bad = await tc(['checkin', '--today', '2026-02-30'], { input: '' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"2026-02-30" is not a date');
  });

  it('a wrong answer names the question and exits as run does (4)', async () => {
    const r = await checkin('no\nmaybe\n');
    expect(r.code).toBe((await tc(['run', 'partner'], { input: 'maybe\n' })).code);
    expect(r.stderr).toContain('How did it go?');
  });

  it('writes nothing unless asked', async () => {
    const data = temp();
    const work = temp();
    await tc(['checkin', '--today', TODAY], {
      input: 'no\nthinking\nsame\nokay\n',
      env: { XDG_DATA_HOME: data },
      cwd: work,
    });
    expect(existsSync(join(data, 'talkcoach'))).toBe(false);
    expect(readdirSync(work)).toEqual([]);
  });

  it('--calendar writes a neutral reminder at mode 0600; --details adds the steps', async () => {
    const dir = temp();
    const file = join(dir, 'c.ics');
    const r = await checkin('no\nargument\nno\nworse\ntired\n', ['--calendar', file]);
    expect(r.stderr).toContain(`Saved a calendar reminder to ${file}, titled "Check in"`);
    const text = readFileSync(file, 'utf8');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(text).toContain('DTSTART;VALUE=DATE:20261204');
    expect(text).not.toContain('DESCRIPTION:Your');
    await checkin('no\nargument\nno\nworse\ntired\n', ['--calendar', file, '--details', '--force']);
    expect(readFileSync(file, 'utf8')).toContain(
      'DESCRIPTION:Things are worse: check in again on Friday\\, December 4',
    );
  });

  it('--keep twice, history, then forget (--yes; asks first, and refuses to guess off a terminal)', async () => {
    const env = { XDG_DATA_HOME: temp() };
    const file = join(env.XDG_DATA_HOME, 'talkcoach', 'history.jsonl');
    await checkin('no\nargument\nno\nsame\ntired\n', ['--keep'], env);
    const second = await tc(['checkin', '--today', '2026-12-08', '--keep'], {
      input: 'no\nagreed\nbetter\nokay\n',
      env,
    });
    expect(second.stderr).toContain(`Added to your private history (${file})`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(env.XDG_DATA_HOME, 'talkcoach')).mode & 0o777).toBe(0o700);
    const history = await tc(['history'], { env });
    // Lines longer than 80 columns wrap, hanging under the date (joined again here to read them).
    expect(
      history.stdout
        .replace(/\n {4}/g, ' ')
        .replace(/\n(?=your user)/, ' ')
        .split('\n'),
    ).toEqual([
      '2026-12-01 It turned into an argument, or it upset them; since then: About the same; ' +
        'you: Tired, or worn down next: 2026-12-08',
      "2026-12-08 They agreed to look for help; since then: A little better; you: I'm okay next: 2026-12-15",
      `2 check-ins kept in ${file} (only your user account can read it).`,
      '',
    ]);
    for (const line of history.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    const unasked = await tc(['forget'], { env });
    expect(unasked.code).toBe(2);
    expect(existsSync(file)).toBe(true);
    expect((await tc(['forget', '--yes'], { env })).stdout).toBe(`Deleted ${file}.\n`);
    expect(existsSync(file)).toBe(false);
    expect((await tc(['history'], { env })).stdout).toContain('No check-ins kept');
  });

  it('is not among the situations of talkcoach list', async () => {
    const list = await tc(['list', '--json']);
    expect((JSON.parse(list.stdout) as { scenarios: { id: string }[] }).scenarios.map((s) => s.id)).not.toContain(
      'checkin',
    );
  });
});
