// A whole check-in on a real terminal (tmux), from "how did it go" to the saved follow-up plan and
// the .ics: the built binary, keys as a person presses them. TALKCOACH_TRANSCRIPT=FILE keeps the
// screen of the first session.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { talkcoach, tmuxTerminals } from '../helpers/tmux.js';

const asked = (text: string) => new RegExp(`of about \\d+\\n${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const tempDir = () => mkdtempSync(join(tmpdir(), 'talkcoach-checkin-tmux-'));

const openTerminal = tmuxTerminals();
describe('the check-in in a real terminal', () => {
  it('how it went, the steps, a changed date, a neutral reminder, the follow-up saved, kept (0600)', async () => {
    const work = tempDir();
    const data = tempDir();
    const t = openTerminal({ columns: 80, rows: 30, cwd: work, env: { XDG_DATA_HOME: data } });
    t.type(`${talkcoach('checkin', '--today', '2026-12-01', '--region', 'GB', '--keep')}; echo "exit=$?"`);
    t.keys('Enter');

    const welcome = await t.waitFor(asked('First, a safety question.'));
    expect(welcome).toContain('A check-in after the talk: how it went, one next step, and a date');
    t.keys('Enter');
    const how = await t.waitFor(asked('How did it go?'));
    for (const label of [
      'They agreed to look for help',
      "They're thinking about it",
      'They said no, or not now',
      'It turned into an argument, or it upset them',
      'They said something that worried me',
      "We haven't talked yet",
    ])
      expect(how).toContain(label);
    t.keys('Enter');
    await t.waitFor(asked('Since you talked, how have things been?'));
    t.keys('Enter');
    await t.waitFor(asked('And how are you doing?'));
    t.keys('Enter');

    await t.waitFor('What next?');
    t.keys('Enter');
    const plan = await t.waitFor('Which day to check in again, as YYYY-MM-DD? (2026-12-08)');
    expect(plan).toContain('Keep the first step small and concrete');
    expect(plan).toContain('Suggested date to check in again: Tuesday, December 8, 2026 (in 7 days).');
    // A day in the past is refused; then another day is chosen.
    t.type('2026-11-30');
    t.keys('Enter');
    await t.waitFor('2026-11-30 is before today (2026-12-01): choose today or a later day');
    t.type('2026-12-10');
    t.keys('Enter');
    await t.waitFor('✔ Check in again on Thursday, December 10, 2026');
    await t.waitFor('Save a calendar reminder (.ics file) for that day?');
    t.type('y');
    t.keys('Enter');
    await t.waitFor('Put your next steps in the reminder?');
    t.keys('n', 'Enter');
    await t.waitFor('Reminder file name: (check-in.ics)');
    t.keys('Enter');
    await t.waitFor('Saved a calendar reminder to check-in.ics, titled "Check in".');
    await t.waitFor('Save this plan as a Markdown file?');
    t.type('y');
    t.keys('Enter');
    await t.waitFor('File name: (talkcoach-plan.md)');
    t.keys('Enter');
    await t.waitFor('Go through the check-in again, with different answers?');
    t.keys('n', 'Enter');
    const end = await t.waitFor(/exit=\d+/);
    expect(end).toContain('exit=0');
    if (process.env.TALKCOACH_TRANSCRIPT) writeFileSync(process.env.TALKCOACH_TRANSCRIPT, t.capture());

    expect(readdirSync(work).sort()).toEqual(['check-in.ics', 'talkcoach-plan.md']);
    for (const f of readdirSync(work)) expect(statSync(join(work, f)).mode & 0o777).toBe(0o600);
    const saved = readFileSync(join(work, 'talkcoach-plan.md'), 'utf8');
    expect(saved).toMatch(/^# Your next step: check in again on Thursday, December 10, 2026\n/);
    const ics = readFileSync(join(work, 'check-in.ics'), 'utf8');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261210');
    expect(ics).toContain('SUMMARY:Check in');
    expect(ics).not.toContain('DESCRIPTION:Your');
    const kept = join(data, 'talkcoach', 'history.jsonl');
    expect(existsSync(kept) && statSync(kept).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(kept, 'utf8'))).toEqual({
      date: '2026-12-01',
      answers: { outcome: 'agreed', since: 'better', self: 'okay' },
      next: '2026-12-10',
    });
  });

  it('a kept check-in whose date has come is offered when the coach starts; no goes to the situations', async () => {
    const data = tempDir();
    mkdirSync(join(data, 'talkcoach'), { mode: 0o700 });
    const kept = { date: '2026-11-01', answers: { outcome: 'thinking' }, next: '2026-11-15' };
    writeFileSync(join(data, 'talkcoach', 'history.jsonl'), `${JSON.stringify(kept)}\n`, { mode: 0o600 });
    const t = openTerminal({ columns: 80, rows: 30, cwd: tempDir(), env: { XDG_DATA_HOME: data } });
    t.type(`${talkcoach()}; echo "exit=$?"`);
    t.keys('Enter');
    const offer = await t.waitFor(
      /You planned to check in again on Sunday, November 15, 2026. Do the check-in\s+now\?/,
    );
    // The first screen of the run says how to reach crisis help, as the welcome does, before asking.
    const first = offer.replace(/\s+/g, ' ');
    expect(first).toMatch(/Crisis help right now: choose "I need help right now" .* You planned to check in again/);
    t.type('n');
    t.keys('Enter');
    const picker = await t.waitFor('Which is closest to your situation?');
    expect(picker).not.toContain('After the talk');
    t.keys('C-c');
    await t.waitFor(/exit=\d+/);
  });

  it('forget asks first on a terminal: no keeps the history, yes deletes it', async () => {
    const data = tempDir();
    mkdirSync(join(data, 'talkcoach'), { mode: 0o700 });
    const file = join(data, 'talkcoach', 'history.jsonl');
    writeFileSync(file, `${JSON.stringify({ date: '2026-12-01', answers: {}, next: '2026-12-08' })}\n`, {
      mode: 0o600,
    });
    const t = openTerminal({ columns: 100, rows: 30, cwd: tempDir(), env: { XDG_DATA_HOME: data } });
    t.type(`${talkcoach('forget')}; echo "exit=$?"`);
    t.keys('Enter');
    // Its default (no) is said on screen, so Enter alone may answer it.
    await t.waitFor('⏎ alone: no)');
    t.keys('Enter');
    await t.waitFor(/Nothing deleted\.\nexit=0/);
    expect(existsSync(file)).toBe(true);
    t.type(`${talkcoach('forget')}; echo "exit=$?"`);
    t.keys('Enter');
    await t.waitFor(/Nothing deleted[\s\S]*⏎ alone: no\)/);
    t.type('y');
    t.keys('Enter');
    await t.waitFor(`Deleted ${file}.`);
    expect(existsSync(file)).toBe(false);
  });
});
