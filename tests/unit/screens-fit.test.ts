// Screens that fit (issue 26, item 3): at any size from 40x12 up the question's first line and the
// crisis choice stay on screen, the list paging around them; a prompt never taller than the terminal
// (which would leave copies of its header in the scrollback); and progress whose total never goes
// down, said "N of about N" only where every answer ends the questions. Checked on every question
// of every built-in scenario, on every path the exhaustive walk takes.
import { renderPrompt as render, renderQuestion } from '../helpers/render-prompt.js';
import { Separator } from '@inquirer/prompts';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/model.js';
import { answer, start } from '../../src/engine/session.js';
import type { Step } from '../../src/engine/types.js';
import { walkEach } from '../../src/engine/walk.js';
import { fit } from '../../src/frontends/fit.js';
import { list } from '../../src/frontends/list-prompt.js';
import { aboutTotal, endsAfter } from '../../src/frontends/progress.js';
import { fitList, questionPrompt } from '../../src/frontends/question-prompt.js';
import { keysLine, theme } from '../../src/frontends/prompt-theme.js';
import { msg } from '../../src/messages/index.js';
import { makeLook } from '../../src/render/screen.js';
import { visibleLength, wrap } from '../../src/render/wrap.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { GB } from '../helpers/fixtures.js';

const IDS = ['partner', 'friend', 'denial', 'wont-help', 'myself', 'checkin'];
const builtin = (id: string): Scenario =>
  loadScenarioFile(`${BUILTIN_DIR}/${id}.yaml`, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;

type Asking = Extract<Step, { done: false }>;

/** Every asking step on every path of the walk, in order, per path. */
function paths(scenario: Scenario): Asking[][] {
  const out: Asking[][] = [];
  walkEach(scenario, GB, ({ answers }) => {
    const steps: Asking[] = [];
    let step = start(scenario, GB);
    for (const a of answers) {
      if (step.done) break;
      steps.push(step);
      step = answer(scenario, step.state, a);
    }
    out.push(steps);
  });
  return out;
}

const ALL = IDS.map((id) => [id, builtin(id)] as const);

/** Rows a screen takes on a terminal `width` columns wide (a line wider than that wraps). */
const rowsAt = (screen: string, width: number): number =>
  screen.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(visibleLength(l) / width)), 0);

const CRISIS = msg('terminal.crisis.choice');
/** The crisis choice on screen, however it wraps. */
const hasCrisis = (screen: string) => screen.replace(/\s+/g, ' ').includes(CRISIS);

describe('fit', () => {
  const parts = {
    lead: ['Question 2 of about 5'],
    question: ['Do you ever feel afraid of Sam, or', 'unsafe at home?'],
    why: ['Why we ask: one', 'two', 'three'],
    options: 6,
    pinned: 4,
    description: 2,
    keys: 3,
  };

  it('keeps the progress, the first line, the pinned entries, the keys and one option, even at 12 rows', () => {
    const f = fit(parts, 12);
    expect(f.lead).toEqual(['Question 2 of about 5']);
    expect(f.question[0]).toMatch(/^Do you ever feel afraid of Sam, or/);
    expect(f.page).toBeGreaterThanOrEqual(1);
    const used = f.lead.length + f.question.length + f.why.length + f.page + 4 + 3 + (f.description ? 2 : 0);
    expect(used + (f.blank ? 1 : 0)).toBeLessThanOrEqual(11);
  });

  it('gives what is left, in order: a few options, the question, the description, why, the rest, a blank', () => {
    // Guards against "Why we ask" crowding out the options, or half a reason being shown.
    const f = fit(parts, 20);
    expect(f.question).toEqual(parts.question);
    expect(f.description).toBe(true);
    expect(f.why).toEqual(parts.why);
    expect(f.page).toBe(4);
    expect(f.blank).toBe(false);
    expect(fit(parts, 16).why).toEqual([]);
    expect(fit(parts, 40)).toMatchObject({ page: 6, blank: true });
  });

  it('cuts a long question with an ellipsis rather than losing its first line', () => {
    const f = fit({ ...parts, question: ['one', 'two', 'three', 'four'] }, 12);
    expect(f.question[0]).toMatch(/^one/);
    expect(f.question.at(-1)).toMatch(/…$/);
  });
});

describe.each([
  [40, 12],
  [50, 15],
  [80, 24],
])('at %ix%i', (columns, rows) => {
  const look = makeLook(0, false, columns);

  it.each(ALL)('%s: every question fits, its first line and the crisis choice on screen', async (_id, scenario) => {
    const seen = new Set<string>();
    for (const path of paths(scenario))
      for (const step of path) {
        const q = step.question;
        if (seen.has(q.node) || q.kind === 'note') continue;
        seen.add(q.node);
        const p = questionPrompt(q, undefined, look, rows);
        const d = await renderQuestion(p);
        const screen = d.getScreen();
        // Guards against a prompt taller than the terminal: its header scrolled off and copied.
        expect(rowsAt(screen, columns), `${q.node}:\n${screen}`).toBeLessThanOrEqual(rows - 1);
        const first = wrap(q.ask, look.width)[0]!.replace(/…$/, '');
        expect(screen, q.node).toContain(first.slice(0, 20));
        if (p.prompt !== 'input') expect(hasCrisis(screen), `${q.node}:\n${screen}`).toBe(true);
        d.events.keypress({ name: 'c', ctrl: true });
        await d.answer.catch(() => undefined);
      }
    expect(seen.size).toBeGreaterThan(0);
  });

  it('the list of situations: the question and the crisis choice on screen, the list paged', async () => {
    // Guards against "I need help right now" paged off the first screen at 40x15.
    const items = ALL.map(([, s], i) => ({ value: String(i), name: s.title, description: s.summary }));
    const pinned = [new Separator(look.marks.separator), { value: ':crisis', name: CRISIS }];
    const keys = keysLine(look, 'list', false, true);
    const message = msg('terminal.picker.ask');
    const f = fitList(message, items, pinned, keys, look.width, rows);
    const d = await render(list, {
      message: f.question.join('\n'),
      choices: [...items, ...pinned],
      pageSize: f.page,
      pinned: pinned.length,
      descriptions: f.description,
      width: look.width,
      theme: theme(look, '', keys),
    });
    for (let i = 0; i < items.length; i++) {
      const screen = d.getScreen();
      expect(rowsAt(screen, columns), screen).toBeLessThanOrEqual(rows - 1);
      expect(screen).toContain(message);
      expect(hasCrisis(screen), screen).toBe(true);
      d.events.keypress('down');
    }
  });
});

describe('progress', () => {
  it.each(ALL)('%s: the total never goes down on any path, and "N of about N" only at the end', (_id, scenario) => {
    // Guards against "Question 3 of about 3" followed by "Question 4 of about 8".
    let checked = 0;
    for (const path of paths(scenario)) {
      let said = 0;
      const asked = path.filter((s) => s.question.kind !== 'note');
      asked.forEach((step, i) => {
        const total = aboutTotal(scenario, step, said);
        expect(total, `${step.question.node} after ${said}`).toBeGreaterThanOrEqual(said);
        expect(total).toBeGreaterThanOrEqual(step.question.step);
        if (total === step.question.step) {
          expect(endsAfter(scenario, step)).toBe(true);
          expect(i).toBe(asked.length - 1);
        }
        said = total;
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(0);
  });
});
