import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/scenario/diagnostics.js';
import { readdirSync, readFileSync } from 'node:fs';
import { loadScenarioFile, loadScenarioText } from '../../src/scenario/load.js';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { fixture, loadText, scenarioText } from '../helpers/fixtures.js';

const load = (name: string) => loadScenarioFile(fixture(name), { sharedDirs: [BUILTIN_SHARED_DIR] });

describe('loading the example', () => {
  it('links the shared module and has no problems', () => {
    const r = load('example.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys(r.scenario!.points!)).toEqual(
      expect.arrayContaining(['open-softly', 'answer-cost', 'own-limits']),
    );
  });

  it('builds objects without prototypes, so ids like constructor are safe', () => {
    const r = load('example.yaml');
    expect(Object.getPrototypeOf(r.scenario!.nodes)).toBeNull();
  });
});

describe('broken fixtures: each problem located as file:line:col', () => {
  it.each<[string, string, number, number, RegExp]>([
    ['broken-misspelt-key.yaml', 'error', 19, 5, /unknown key "nxet"; did you mean "next"\?/],
    ['broken-missing-target.yaml', 'error', 14, 40, /goes to "crisiss", which does not exist; did you mean "crisis"\?/],
    ['broken-dead-end.yaml', 'error', 20, 3, /no ending can be reached from nodes "ask-again", "and-again"/],
    ['broken-no-boundaries.yaml', 'error', 23, 10, /adds no boundary or self-care reminder/],
    ['broken-unknown-point.yaml', 'error', 23, 17, /talking point "rset" does not exist; did you mean "rest"\?/],
    ['broken-not-safety-first.yaml', 'error', 7, 8, /first question must be a safety question/],
    ['broken-duplicate-key.yaml', 'error', 5, 1, /"title" appears twice/],
    ['broken-syntax-tab.yaml', 'error', 16, 1, /Tabs are not allowed/],
    ['broken-unclosed-quote.yaml', 'error', 13, 43, /Missing closing "quote/],
    ['broken-wrong-type.yaml', 'error', 18, 13, /expected true or false, found text/],
    ['broken-bad-condition.yaml', 'error', 28, 13, /unknown condition "equal".*did you mean "equals"\?/],
    ['broken-empty.yaml', 'error', 1, 1, /the scenario is empty/],
    ['broken-two-documents.yaml', 'error', 29, 1, /2 YAML documents/],
    ['broken-unused-point.yaml', 'warning', 25, 3, /"spare" is never added to a plan/],
    ['broken-multi-no-next.yaml', 'error', 10, 3, /a multi question needs its own next/],
    ['broken-two-node-loop.yaml', 'error', 10, 3, /nodes "after-safety", "two": they lead only to each other/],
    ['broken-equals-on-multi.yaml', 'error', 30, 30, /"fears" is recorded by a multiple-choice .* use includes$/],
    [
      'broken-empty-equals.yaml',
      'error',
      30,
      21,
      /^an empty equals or includes names no fact, so it would always be true/,
    ],
  ])('%s', (name, severity, line, col, message) => {
    const r = load(name);
    const d = r.diagnostics.find((x) => message.test(x.message));
    expect(d, r.diagnostics.map((x) => formatDiagnostic(x)).join('\n')).toMatchObject({
      severity,
      line,
      col,
      file: fixture(name),
    });
    expect(r.scenario === undefined).toBe(severity === 'error');
  });

  // One message per cause: each broken fixture has one defect, so validate says one thing about it.
  it.each(
    readdirSync(fixture('.'))
      .filter((n) => n.startsWith('broken-'))
      .sort(),
  )('%s gives exactly one message', (name) => {
    expect(load(name).diagnostics.map((d) => formatDiagnostic(d))).toHaveLength(1);
  });

  it('warns for includes on a single-answer fact', () => {
    const text = readFileSync(fixture('broken-equals-on-multi.yaml'), 'utf8').replace(
      '{ equals: { fears: angry } }',
      '{ includes: { risk: unsure } }',
    );
    const r = loadScenarioText(fixture('broken-equals-on-multi.yaml'), text, { sharedDirs: [BUILTIN_SHARED_DIR] });
    expect(r.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'the fact "risk" holds one answer (a single-choice question records it): use equals'],
    ]);
  });

  it('prints the source line with a caret under the spot', () => {
    const d = load('broken-missing-target.yaml').diagnostics.find((x) => x.severity === 'error')!;
    const [head, source, caret] = formatDiagnostic(d).split('\n');
    expect(head).toMatch(/broken-missing-target\.yaml:14:40: error: /);
    expect(source).toBe(' 14 |       - { id: yes, label: "Yes", next: crisiss }');
    expect(caret!.indexOf('^')).toBe(source!.indexOf('crisiss'));
  });
});

const minimal = (extra = '', nodes = '') =>
  scenarioText(`nodes:
  safety:
    kind: yesno
    ask: Is anyone in danger?
    yes: { next: crisis }
    no: { next: done }
  crisis: { kind: note, title: Safety, crisis: true, next: done }
  done: { kind: end, title: Plan, add: [rest] }
${nodes}points:
  rest: { section: boundaries, do: Rest., source: test }
${extra}`);

describe('format rules', () => {
  it('accepts the minimal inline scenario', () => {
    expect(loadText(minimal()).diagnostics).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['an unknown top-level key', minimal('colour: blue\n'), /unknown key "colour"/],
    ['a __proto__ key', minimal('__proto__: { polluted: true }\n'), /unknown key "__proto__"/],
    [
      'an id with capitals',
      minimal('', '  Bad-Id: { kind: end, title: X, add: [rest] }\n'),
      /"Bad-Id" is not a valid id/,
    ],
    [
      'a fill-in nobody collects',
      minimal('', '  other: { kind: note, title: "Hi {{nme}}", next: done }\n'),
      /fill-in \{\{nme\}\} is not collected/,
    ],
    ['an alias', minimal('', '  a: &x { kind: end, title: X, add: [rest] }\n  b: *x\n'), /aliases/],
    [
      'an exotic tag',
      minimal('', '  c: { kind: end, title: !!binary aGVsbG8=, add: [rest] }\n'),
      /tag .*binary.* is not allowed/,
    ],
    ['a control character', minimal('', '  d: { kind: end, title: "bad \\u001b[31m", add: [rest] }\n'), /U\+001B/],
    ['a bidi override', minimal('', '  e: { kind: end, title: "bad \\u202e", add: [rest] }\n'), /U\+202E/],
    [
      'a condition on a fact never recorded',
      minimal('  cond: { section: opening, do: X., source: t, when: { equals: { rel: partner } } }\n'),
      /no question or option records the fact "rel"/,
    ],
  ])('reports %s', (_name, text, message) => {
    const r = loadText(text);
    expect(r.diagnostics.map((d) => d.message).join('\n')).toMatch(message);
  });

  it.each<[string, string]>([
    ['__proto__ at the top', minimal('__proto__: { polluted: true }\n')],
    ['__proto__ as a node id', minimal('', '  __proto__: { kind: end, title: P, add: [rest], polluted: true }\n')],
    ['constructor.prototype as a node id', minimal('', '  constructor: { prototype: { polluted: true } }\n')],
    ['__proto__ as a point id', minimal('  __proto__: { section: boundaries, do: X, source: t, polluted: true }\n')],
    [
      '__proto__ in a set',
      minimal('', '  x: { kind: yesno, ask: Q, yes: { set: { __proto__: polluted } }, next: done }\n'),
    ],
  ])('does not pollute Object.prototype: %s', (_name, text) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    loadText(text);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const r = loadText(`\uFEFF${minimal().replace(/\n/g, '\r\n')}`);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('every problem at once', () => {
  const twoProblems = minimal().replace(
    '  crisis: { kind: note, title: Safety, crisis: true, next: done }',
    '  crisis: { kind: note, title: Safety, crisis: true, nxet: done }\n  other: { kind: note, title: Other, ' +
      'next: nowhere }',
  );

  it('checks the graph of the rest of the file after a schema problem, without echoes of it', () => {
    const r = loadText(twoProblems);
    const messages = r.diagnostics.map((d) => `${d.line}:${d.severity}: ${d.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^13:error: unknown key "nxet"; did you mean "next"\?/),
      expect.stringMatching(/^14:error: goes to "nowhere", which does not exist/),
    ]);
    expect(r.scenario).toBeUndefined();
  });

  it('gives the end of each spot, for editors and the underline', () => {
    const d = loadText(twoProblems).diagnostics[0]!;
    expect(d).toMatchObject({ line: 13, col: 54, endLine: 13, endCol: 58 });
    expect(formatDiagnostic(d).split('\n')[2]).toMatch(/^ {4}\| {54}\^~~~$/);
  });

  it.each<[string, string, RegExp]>([
    [
      'two options with one label',
      '  pick:\n    kind: choice\n    ask: Which?\n    next: done\n    options: [{ id: a, label: Same }, { id: ' +
        'b, label: same }]\n',
      /options 1 and 2 have the same label/,
    ],
    [
      'an option id that is a number',
      '  pick:\n    kind: choice\n    ask: Which?\n    next: done\n    options: [{ id: "2", label: Two }, { ' +
        'id: b, label: B }]\n',
      /the option id "2" is a number/,
    ],
    [
      'one option only',
      '  pick:\n    kind: choice\n    ask: Which?\n    next: done\n    options: [{ id: a, label: A }]\n',
      /only one option; a note, or a second option such as "Not sure", may fit better/,
    ],
  ])('warns about %s', (_name, nodes, message) => {
    const r = loadText(minimal('', nodes));
    const d = r.diagnostics.find((x) => message.test(x.message));
    expect(d?.severity).toBe('warning');
  });

  it('does not also call a node unreachable when a misspelt next was meant for it', () => {
    const r = load('broken-missing-target.yaml');
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'goes to "crisiss", which does not exist; did you mean "crisis"?',
    ]);
  });

  it('suggests a module name that is close', () => {
    const r = loadText(minimal().replace('start: safety', 'uses: [basic]\nstart: safety'));
    expect(r.diagnostics.map((d) => d.message).join('\n')).toMatch(
      /shared module "basic" not found; did you mean "basics"\?/,
    );
  });
});
