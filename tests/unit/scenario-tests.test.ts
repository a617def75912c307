// talkcoach test and test --walk, in-process: the runner, the test-file loader and the walk checks.
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadTestFile } from '../../src/authoring/load.js';
import { runCase } from '../../src/authoring/run.js';
import type { TestCase } from '../../src/authoring/format.js';
import { fixture, GB, loadFixture, UNKNOWN } from '../helpers/fixtures.js';

const example = loadFixture('example.yaml');
const calm = ['no', 'Sam', 'partner', 'cost,time', 'no'];

describe('running a case', () => {
  const run = (answers: string[], expect_: TestCase['expect'], options = UNKNOWN) =>
    runCase(example, { name: 'c', answers, ...(expect_ ? { expect: expect_ } : {}) }, 0, options);

  it('passes when every expectation holds', () => {
    const r = run(calm, {
      ending: 'end-first',
      title: 'GENTLE talk with sam',
      points: ['answer-cost', 'couples-option'],
      'not-points': ['answer-stigma'],
      text: ['evening   or online', 'is now an okay time to talk about something that’s on my mind'],
      'not-text': ['{{name}}'],
    });
    expect(r.failures).toEqual([]);
  });

  it.each<[string, string[], TestCase['expect'], (string | number)[], RegExp, RegExp]>([
    [
      'a wrong ending',
      calm,
      { ending: 'end-again' },
      ['cases', 0, 'expect', 'ending'],
      /lead to the ending "end-again"/,
      /\+ actual: +end-first/,
    ],
    [
      'a title without the phrase',
      calm,
      { title: 'hello' },
      ['cases', 0, 'expect', 'title'],
      /headline should contain/,
      /\+ actual: +"A first, gentle talk with Sam"/,
    ],
    [
      'a missing point',
      calm,
      { points: ['open-softly', 'answer-stigma'] },
      ['cases', 0, 'expect', 'points', 1],
      /include the talking point "answer-stigma"/,
      /\+ worries: answer-cost, answer-time/,
    ],
    [
      'an unwanted point',
      calm,
      { 'not-points': ['answer-cost'] },
      ['cases', 0, 'expect', 'not-points', 0],
      /not include the talking point "answer-cost"/,
      /\+ unexpected: answer-cost \(worries\)/,
    ],
    [
      'a missing phrase',
      calm,
      { text: ['evening or weekend'] },
      ['cases', 0, 'expect', 'text', 0],
      /should contain the phrase/,
      /\+ nearest: +"Mention evening and online sessions\."/,
    ],
    [
      'an unwanted phrase',
      calm,
      { 'not-text': ['good time'] },
      ['cases', 0, 'expect', 'not-text', 0],
      /should not contain the phrase/,
      /\+ found in: "Ask Sam if now is a good time\."/,
    ],
    [
      'too few answers',
      ['no', 'Sam'],
      undefined,
      ['cases', 0, 'answers'],
      /ended after 2 answers, while question 3 \(relationship: "Who is them to you\?"\) was waiting/,
      /valid answers: 1 partner/,
    ],
    [
      'too many answers',
      [...calm, 'extra'],
      undefined,
      ['cases', 0, 'answers', 5],
      /finished after answer 5; 1 answer is left over/,
      /ending end-first/,
    ],
    [
      'an answer that matches nothing',
      ['no', 'Sam', 'cousin'],
      undefined,
      ['cases', 0, 'answers', 2],
      /answer 3: the answer matches no option for question 3/,
      /valid answers: 1 partner \(My partner\), 2 friend/,
    ],
  ])('fails on %s, at the spot, with a diff', (_name, answers, e, path, message, detail) => {
    const r = run(answers, e);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]!.path).toEqual(path);
    expect(r.failures[0]!.message).toMatch(message);
    expect(r.failures[0]!.details.join('\n')).toMatch(detail);
  });

  it('reports every failing expectation of a case, not only the first', () => {
    const r = run(calm, { ending: 'end-again', points: ['answer-stigma'], text: ['nowhere to be seen'] });
    expect(r.failures.map((f) => f.path.at(-1))).toEqual(['ending', 0, 0]);
  });

  it('shows the crisis lines of the region asked for', () => {
    expect(run(['yes', '', 'friend', '', 'yes'], { text: ['Samaritans'] }, GB).failures).toEqual([]);
    expect(run(['yes', '', 'friend', '', 'yes'], { text: ['Samaritans'] }, UNKNOWN).failures).toHaveLength(1);
  });
});

describe('loading a test file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talkcoach-tests-'));
  const load = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return loadTestFile(file, { sharedDirs: [BUILTIN_SHARED_DIR], userDirs: [] });
  };
  // A test file names only a scenario in its own folder (issue 22): the fixtures are copied beside it.
  mkdirSync(join(dir, 'shared'));
  copyFileSync(fixture('shared/basics.yaml'), join(dir, 'shared', 'basics.yaml'));
  for (const name of ['example.yaml', 'broken-missing-target.yaml']) copyFileSync(fixture(name), join(dir, name));
  const scenarioLine = 'scenario: example.yaml\n';

  it('finds <name>.yaml beside <name>.test.yaml by default', () => {
    const r = loadTestFile(fixture('example.test.yaml'), { sharedDirs: [BUILTIN_SHARED_DIR], userDirs: [] });
    expect(r.diagnostics).toEqual([]);
    expect(r.scenarioFile).toBe(fixture('example.yaml'));
    expect(r.test!.cases.length).toBeGreaterThan(1);
  });

  it.each<[string, string, number, number, RegExp]>([
    [
      'a misspelt key',
      `format: 1\n${scenarioLine}cases:\n  - name: a\n    answers: ["no"]\n    expcet: {}\n`,
      6,
      5,
      /unknown key "expcet"; did you mean "expect"\?/,
    ],
    [
      'a yes written as a boolean',
      `format: 1\n${scenarioLine}cases:\n  - name: a\n    answers: [true]\n`,
      5,
      15,
      /expected text, found true\/false \(put it in quotes/,
    ],
    [
      'an unknown point',
      `format: 1\n${scenarioLine}cases:\n  - name: a\n    answers: ["no"]\n    expect: { points: [open-sofly] }\n`,
      6,
      24,
      /no talking point "open-sofly" in the scenario; did you mean "open-softly"\?/,
    ],
    [
      'an ending that is not one',
      `format: 1\n${scenarioLine}cases:\n  - name: a\n    answers: ["no"]\n    expect: { ending: tried }\n`,
      6,
      23,
      /"tried" is a yesno node, not an ending/,
    ],
    [
      'two cases with one name',
      `format: 1\n${scenarioLine}cases:\n  - { name: a, answers: [] }\n  - { name: A, answers: [] }\n`,
      5,
      13,
      /case 1 has the same name/,
    ],
    [
      'an unknown region',
      `format: 1\n${scenarioLine}region: GX\ncases:\n  - { name: a, answers: [] }\n`,
      3,
      9,
      /no crisis lines are known for this region; did you mean "GB"\?/,
    ],
    [
      'a point both wanted and not',
      `format: 1\n${scenarioLine}cases:\n  - name: a\n    answers: []\n    expect: { points: [own-limits], ` +
        `not-points: [own-limits] }\n`,
      6,
      50,
      /"own-limits" is in both points and not-points/,
    ],
    [
      'an unknown scenario id',
      'format: 1\nscenario: exampel\ncases:\n  - { name: a, answers: [] }\n',
      2,
      11,
      /no scenario called "exampel"/,
    ],
    [
      'no scenario beside it',
      'format: 1\ncases:\n  - { name: a, answers: [] }\n',
      1,
      1,
      /no scenario: key, and no lonely\.yaml beside this file/,
    ],
  ])('reports %s at file:line:col', (_name, text, line, col, message) => {
    const name = _name === 'no scenario beside it' ? 'lonely.test.yaml' : 't.test.yaml';
    const r = load(name, text);
    const d = r.diagnostics.find((x) => message.test(x.message));
    expect(d, r.diagnostics.map((x) => `${x.line}:${x.col} ${x.message}`).join('\n')).toMatchObject({
      line,
      col,
      severity: 'error',
    });
  });

  it('names the scenario under test when it has problems, with its own problems after', () => {
    const r = load(
      'b.test.yaml',
      `format: 1\nscenario: ./broken-missing-target.yaml\ncases:\n  - { name: a, answers: [] }\n`,
    );
    expect(r.scenario).toBeUndefined();
    expect(r.diagnostics[0]!.message).toMatch(/has 1 problem \(listed below\)/);
    expect(r.diagnostics[1]!.file).toBe(join(dir, 'broken-missing-target.yaml'));
  });
});
