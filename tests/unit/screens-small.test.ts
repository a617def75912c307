// The smaller on-terminal items of issue 26: type-ahead by the first letters of words, Esc from the
// first question back to the situation chosen, and crisis help said in a form that works for how
// talkcoach was started.
import { renderPrompt as render } from '../helpers/render-prompt.js';
import { describe, expect, it } from 'vitest';
import { crisisHint } from '../../src/frontends/crisis-hint.js';
import { list, typedMatch } from '../../src/frontends/list-prompt.js';
import { next } from '../../src/frontends/screens/index.js';
import type { Setup } from '../../src/frontends/screens/types.js';
import { begin } from '../../src/frontends/screens/question.js';
import { fakeTerminal, KEY } from '../helpers/fake-terminal.js';
import { GB, loadFixture } from '../helpers/fixtures.js';
import { play, startCoach } from '../helpers/interactive.js';
import { expectScreen } from '../helpers/screens.js';

const NAMES = [
  "my partner doesn't want to go to therapy",
  'my friend needs help but refuses',
  'someone in denial about a problem',
  "i'm the one who doesn't want to go",
];

describe('type-ahead at a list', () => {
  it.each([
    ['my', 0],
    ['fr', 1],
    ['mf', 1],
    ['den', 2],
    ['sid', 2],
    ['xyz', -1],
  ])('"%s" goes to entry %i', (typed, at) => {
    // Guards against the README's "the first letters of its words" doing nothing for "fr" or "mf".
    expect(typedMatch(NAMES, typed, () => true)).toBe(at);
  });

  it('typed at the prompt, the cursor goes there', async () => {
    const d = await render(list, {
      message: 'Which?',
      choices: NAMES.map((n, i) => ({ value: String(i), name: n })),
    });
    d.events.type('mf');
    expect(d.getScreen()).toMatch(/❯ my friend needs help/);
  });
});

describe('Esc from the first question', () => {
  const example = loadFixture('example.yaml');
  const setup: Setup = { choices: [loadFixture('minimal.yaml'), example], start: GB, crisisSteps: async () => [] };

  it('goes back to the list with the cursor on the situation chosen', async () => {
    const first = expectScreen(begin({ plans: [] }, example, setup), 'question');
    const picker = expectScreen(next(first, { back: true }, setup), 'picker');
    expect(picker.chosen).toBe(1);
    // On the terminal: the list drawn again with the cursor there, not on the first entry.
    const t = fakeTerminal();
    const run = startCoach(t, undefined, { scenarios: [] });
    await t.waitFor('Which is closest to your situation?');
    t.press('3', KEY.enter);
    await play(t, [[/Question 1 of about/, KEY.escape]]);
    await t.waitFor('Back to the list of situations.');
    await t.waitFor('↑↓');
    const again = t.screen().slice(t.screen().lastIndexOf('Which is closest'));
    expect(again).toMatch(/❯ 3\. /);
    t.press(KEY.ctrlC);
    await run.catch(() => undefined);
  });
});

describe('crisis help on the first screen', () => {
  it('run from a shell: the command talkcoach crisis', () => {
    expect(crisisHint({})).toContain('or run: talkcoach crisis');
  });

  it('under npm start: the npm command that works there', () => {
    // Guards against "talkcoach crisis", which fails when talkcoach is not on the PATH.
    const hint = crisisHint({ npm_lifecycle_event: 'start', npm_package_name: 'talkcoach', npm_command: 'start' });
    expect(hint).toContain('npm start --silent -- crisis');
    expect(hint).not.toContain('run: talkcoach crisis');
  });

  it('under npx: no command guessed, the keys in the session', () => {
    const hint = crisisHint({ npm_command: 'exec', npm_lifecycle_event: 'npx' });
    expect(hint).not.toMatch(/run: /);
    expect(hint).toContain('press ! at any question');
  });
});
