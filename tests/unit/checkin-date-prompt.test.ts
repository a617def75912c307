// The check-in's date prompt as each front end shows it: the terminal's input adds the suggested
// date in brackets, the plain one says "Press Enter alone for". Guards against the double brackets
// issue 26 saw ("Check in again on (YYYY-MM-DD): (2026-12-08)").
import { describe, expect, it } from 'vitest';
import { msg } from '../../src/messages/index.js';

describe('the date prompt', () => {
  const ask = msg('checkin.screen.dateAsk');
  it('on a terminal, one pair of brackets: the suggested date', () => {
    const shown = `${ask} (2026-12-08)`; // as @inquirer/input draws a default
    expect(shown.match(/\(/g)).toHaveLength(1);
    expect(ask).toContain('YYYY-MM-DD');
  });
  it('in plain mode, none', () => {
    expect(msg('terminal.plain.textDefault', { message: ask, default: '2026-12-08' })).not.toMatch(/[()[\]]/);
  });
});
