// Issue 22 (faults, round three), the reading side, in-process: what a test file, scenario or folder
// may lead talkcoach to read (items 6, 7), answers files (5, 15, 19), practice --check (11, 13),
// test --random's limits (14, 23), --watch (17), the library's checks (20), fill-ins (21) and
// length caps (22). Each test names the failure it guards against.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '../../src/boot.js';
import { watchRuns } from '../../src/commands/watch.js';
import { jsonErrorAt, repeatedKeyAt } from '../../src/commands/answers-json.js';
import { answer, start } from '../../src/engine/session.js';
import { EngineError } from '../../src/engine/errors.js';
import type { Io } from '../../src/io/types.js';
import { linesOf } from '../../src/io/std.js';
import { crisisFor } from '../../src/safety/crisis.js';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadTestFile } from '../../src/authoring/load.js';
import { fixture, loadFixture } from '../helpers/fixtures.js';
import { looksLikeStackTrace } from '../helpers/cli.js';

const SECRET = 'hunter2-AKIAEXAMPLESECRET';
const tmp = () => mkdtempSync(join(tmpdir(), 'talkcoach-r3read-'));

interface Ran {
  code: number;
  out: string;
  err: string;
}

/** The command line in-process, standard input given as `input` (or as lines from `lines`). */
async function cli(
  args: string[],
  o: {
    input?: string;
    env?: Record<string, string>;
    lines?: () => AsyncIterable<string>;
    closeAfter?: number;
  } = {},
): Promise<Ran> {
  let out = '';
  let err = '';
  let writes = 0;
  const shell = {
    env: { LANG: 'C', NO_COLOR: '1', ...o.env },
    stdin: Readable.from([]) as Io['stdin'],
    stdout: {
      isTTY: false,
      // A reader that goes away after `closeAfter` writes, as `| head` does.
      get closed() {
        return o.closeAfter !== undefined && writes >= o.closeAfter;
      },
      write: (s: string) => {
        writes++;
        out += s;
        return true;
      },
    },
    stderr: { isTTY: false, write: (s: string) => ((err += s), true) },
    lines: o.lines ?? (() => linesOf([Buffer.from(o.input ?? '')])),
    terminal: false,
    canAsk: false,
  };
  const code = await runCommandLine(args, shell as never, '0.0.0-test', false);
  return { code, out, err };
}

/** A folder with a secret beside it (outside) and the example scenario inside, with its module. */
function project(): { root: string; dir: string; secret: string } {
  const root = tmp();
  const secret = join(root, 'secret.yaml');
  // Shaped like a scenario, so that no "not a scenario" guard hides it: only the folder rule may.
  writeFileSync(secret, `format: 1\nid: secret\ntoken: ${SECRET}\nnodes: ${SECRET}\n`);
  const dir = join(root, 'pr');
  mkdirSync(join(dir, 'shared'), { recursive: true });
  copyFileSync(fixture('example.yaml'), join(dir, 'example.yaml'));
  copyFileSync(fixture('shared/basics.yaml'), join(dir, 'shared', 'basics.yaml'));
  return { root, dir, secret };
}

const testFile = (scenario: string) =>
  `format: 1\nscenario: ${JSON.stringify(scenario)}\ncases:\n  - { name: a, answers: [] }\n`;

describe('6. a test file names only a scenario inside its own folder', () => {
  it.each([
    ['a ../ path', (_p: ReturnType<typeof project>) => '../secret.yaml'],
    ['an absolute path', (p: ReturnType<typeof project>) => p.secret],
    [
      'a path through a linked folder',
      (p: ReturnType<typeof project>) => (symlinkSync(p.root, join(p.dir, 'up')), 'up/secret.yaml'),
    ],
    [
      'a link beside it',
      (p: ReturnType<typeof project>) => (symlinkSync(p.secret, join(p.dir, 'near.yaml')), 'near.yaml'),
    ],
  ])('%s: test DIR, test FILE and validate DIR --json refuse it by path, quoting nothing', async (_n, make) => {
    const p = project();
    const written = make(p);
    writeFileSync(join(p.dir, 'a.test.yaml'), testFile(written));
    for (const args of [
      ['test', p.dir],
      ['test', join(p.dir, 'a.test.yaml')],
      ['validate', p.dir, '--json'],
    ]) {
      const r = await cli(args);
      // Guards against: the secret's lines printed in a CI log (issue 22, item 6).
      expect(r.out + r.err).not.toContain(SECRET);
      expect(r.out + r.err).toMatch(/leads outside its folder .*pr \(a link or \.\.\), so it is not read/);
      expect(r.code).toBe(args[0] === 'test' ? 7 : 3);
    }
  });

  it('the default scenario beside the test file, when it is a link out, is refused too', async () => {
    const p = project();
    symlinkSync(p.secret, join(p.dir, 'b.yaml'));
    writeFileSync(join(p.dir, 'b.test.yaml'), 'format: 1\ncases:\n  - { name: a, answers: [] }\n');
    const r = await cli(['test', join(p.dir, 'b.test.yaml')]);
    expect(r.code).toBe(7);
    expect(r.out).toContain(`${join(p.dir, 'b.yaml')} leads outside its folder`);
    expect(r.out).not.toContain(SECRET);
  });

  it('a scenario inside the folder, or in a sub-folder, still runs', async () => {
    const p = project();
    const cases = readFileSync(fixture('example.test.yaml'), 'utf8');
    copyFileSync(fixture('example.test.yaml'), join(p.dir, 'example.test.yaml'));
    mkdirSync(join(p.dir, 'sub', 'shared'), { recursive: true });
    copyFileSync(fixture('example.yaml'), join(p.dir, 'sub', 'example.yaml'));
    copyFileSync(fixture('shared/basics.yaml'), join(p.dir, 'sub', 'shared', 'basics.yaml'));
    writeFileSync(
      join(p.dir, 'sub.test.yaml'),
      cases.replace('format: 1\n', 'format: 1\nscenario: sub/example.yaml\n'),
    );
    const r = await cli(['test', p.dir]);
    expect(r.out).toMatch(/in 2 files: \d+ passed, 0 failed/);
    expect(r.code).toBe(0);
  });

  it('property: any scenario path that resolves outside the folder is refused and never read', () => {
    const p = project();
    symlinkSync(p.root, join(p.dir, 'up'));
    const segment = fc.constantFrom('..', '.', 'shared', 'up', 'x', '');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), (parts, absolute) => {
        const path = parts.filter(Boolean).join('/');
        const written = absolute ? join(p.dir, path, 'secret.yaml') : `${path ? `${path}/` : './'}secret.yaml`;
        writeFileSync(join(p.dir, 'p.test.yaml'), testFile(written));
        const r = loadTestFile(join(p.dir, 'p.test.yaml'), { sharedDirs: [BUILTIN_SHARED_DIR], userDirs: [] });
        const text = JSON.stringify(r.diagnostics);
        expect(text).not.toContain(SECRET);
        // Where it really leads, found here apart from the code under test.
        const target = written.startsWith('/') ? written : join(p.dir, written);
        const real = (() => {
          try {
            return realpathSync(target);
          } catch {
            return undefined;
          }
        })();
        if (real === p.secret) expect(text).toContain('leads outside its folder');
      }),
      { numRuns: 120 },
    );
  });
});

describe('7. links in a scenario folder or its shared/ that lead out are not followed', () => {
  it('validate DIR: a linked scenario and a linked module are named, never quoted', async () => {
    const p = project();
    symlinkSync(p.secret, join(p.dir, 'evil.yaml'));
    symlinkSync(p.secret, join(p.dir, 'shared', 'evil.yaml'));
    const r = await cli(['validate', p.dir]);
    expect(r.code).toBe(3);
    expect(r.out).toContain(`${join(p.dir, 'evil.yaml')}:1:1: error: the file leads outside its folder`);
    expect(r.out).toContain(`${join(p.dir, 'shared', 'evil.yaml')}:1:1: error: the file leads outside its folder`);
    expect(r.out + r.err).not.toContain(SECRET);
  });

  it('run: a module linked out of the folder is refused by its path', async () => {
    const p = project();
    rmSync(join(p.dir, 'shared', 'basics.yaml'));
    symlinkSync(p.secret, join(p.dir, 'shared', 'basics.yaml'));
    const r = await cli(['run', join(p.dir, 'example.yaml')]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${join(p.dir, 'shared', 'basics.yaml')} leads outside its folder`);
    expect(r.err).not.toContain(SECRET);
  });

  it('run <id> from --scenarios: a linked file is skipped with a warning; a linked path is refused', async () => {
    const p = project();
    symlinkSync(p.secret, join(p.dir, 'evil.yaml'));
    const byId = await cli(['--scenarios', p.dir, 'run', 'evil']);
    expect(byId.code).toBe(2);
    expect(byId.err).toContain(`skipped ${join(p.dir, 'evil.yaml')}: it leads outside the folder (a link)`);
    const byPath = await cli(['run', join(p.dir, 'evil.yaml')]);
    expect(byPath.code).toBe(6);
    expect(byPath.err + byId.err).not.toContain(SECRET);
  });
});

describe('5, 15, 19. answers files', () => {
  const dir = tmp();
  const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));

  it.each([
    [
      'a repeated key',
      '{"safety": "no",\n "name": "Sam",\n "safety": "yes"}\n',
      /, line 3, column 2: this key is given twice/,
    ],
    [
      'a repeated key spelt with an escape',
      '{"safety": "no", "s\\u0061fety": "yes"}',
      /line 1, column 18: this key is given twice/,
    ],
    ['a repeated key in a nested object', '{"a": {"b": 1, "b": 2}}', /line 1, column 16: this key is given twice/],
    ['bad JSON', '{"safety": "no",\n "name" "Sam"}', /is not valid JSON \(line 2, column 9\)/],
    // V8 gives no position for these (Node 20's "end of JSON input"; 22's "Unexpected token").
    ['JSON that ends too soon', '{"safety": "no",\n "name": ', /is not valid JSON \(line 2, column 10\)/],
    ['a stray word', '{"safety": no}', /is not valid JSON \(line 1, column 12\)/],
  ])(
    'JSON with %s: an answers error with line and column (exit 4), from a file and from standard input',
    async (_n, text, message) => {
      const f = await cli(['run', 'partner', '--answers', file('a.json', text)]);
      const s = await cli(['run', 'partner', '--answers', '-'], { input: text });
      for (const r of [f, s]) {
        expect(r.code).toBe(4);
        expect(r.err).toMatch(message);
        expect(r.out).toBe('');
      }
    },
  );

  it('property: jsonErrorAt finds no fault in JSON, and one in every text JSON.parse refuses', () => {
    const parses = (t: string) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (json, at, junk) => {
        expect(jsonErrorAt(json)).toBeUndefined();
        // A cut or an insertion: jsonErrorAt says where exactly when JSON.parse refuses it.
        const cut = at % (json.length + 1);
        for (const text of [json.slice(0, cut), json.slice(0, cut) + junk + json.slice(cut)]) {
          const where = jsonErrorAt(text);
          expect(where === undefined, text).toBe(parses(text));
          if (where !== undefined) expect(where).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the same key in two objects is no repeat', async () => {
    expect(repeatedKeyAt('{"a": {"x": 1}, "b": {"x": 2}, "c": ["x", "x"]}')).toBeUndefined();
  });

  it('property: repeatedKeyAt finds the second of two equal keys, wherever it is, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', ' ', '\n  '),
        (keys, i, at, space) => {
          const entries = keys.map((k) => `${space}${JSON.stringify(k)}:${space}1`);
          expect(repeatedKeyAt(`{${entries.join(',')}}`)).toBeUndefined();
          const again = keys[i % keys.length]!;
          const pos = at % (entries.length + 1);
          const withRepeat = [
            ...entries.slice(0, Math.max(pos, (i % keys.length) + 1)),
            `${space}${JSON.stringify(again)}: 2`,
          ];
          const text = `{${withRepeat.join(',')}}`;
          JSON.parse(text);
          expect(repeatedKeyAt(text)).toBe(text.lastIndexOf(JSON.stringify(again)));
        },
      ),
    );
  });

  it('YAML with a repeated key or an unknown tag: line and column, no library warning, nothing quoted', async () => {
    const dup = await cli([
      'run',
      'partner',
      '--answers',
      file('a.yaml', `safety: "no"\nname: ${SECRET}\nsafety: "yes"\n`),
    ]);
    expect(dup.code).toBe(4);
    expect(dup.err).toMatch(/a\.yaml, line 3, column 1: this key is given twice/);
    const tag = await cli(['run', 'partner', '--answers', file('b.yaml', `safety: !foo "no"\nname: ${SECRET}\n`)]);
    expect(tag.code).toBe(4);
    expect(tag.err).toMatch(/b\.yaml, line 1, column 9: an unknown tag/);
    for (const r of [dup, tag]) {
      expect(r.err).not.toContain(SECRET);
      expect(r.err).not.toMatch(/YAMLWarning|TAG_RESOLVE/);
      expect(looksLikeStackTrace(r.err)).toBe(false);
    }
  });

  it('over 1 MiB, from a file or standard input: the answers limit is named, not --max-bytes (exit 6)', async () => {
    const entries = Array.from({ length: 12_000 }, (_, i) => `"k${i}": "${'x'.repeat(90)}",`);
    const big = `{"safety": "no",\n${entries.join('\n')}\n"z": 1}`;
    const f = await cli(['run', 'partner', '--answers', file('big.json', big)]);
    const s = await cli(['run', 'partner', '--answers', '-'], { input: big });
    // The limit named is the answers' own (src/io/limits.ts), never --max-bytes.
    const limit = /is [\d,]+ bytes \([\d.]+ MiB\), over the 1,048,576 bytes \(1\.00 MiB\) limit for answers files/;
    expect(f.err.startsWith(`talkcoach: ${join(dir, 'big.json')} `)).toBe(true);
    expect(s.err.startsWith('talkcoach: standard input ')).toBe(true);
    expect(f.err).toMatch(limit);
    expect(s.err).toMatch(limit);
    expect(f.err + s.err).not.toContain('--max-bytes');
    expect([f.code, s.code]).toEqual([6, 6]);
  });
});

describe('11, 13. practice --check', () => {
  it('property: any reply line yields exactly one output line, with no control or direction mark in it', async () => {
    const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
    const char = fc.oneof(
      fc.constantFrom('\u202E', '\u0085', '\u009B', '\u001B', '\t', ' ', '\u2028', '\u2066', '\u0000'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
    );
    // A line holds anything but a line ending (\n, \r\n or a lone \r, as the line reader has them).
    const line = fc.array(char, { maxLength: 12 }).map((parts) => parts.join('').replace(/[\r\n]/g, ''));
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), ending, async (lines, end) => {
        const r = await cli(['practice', '--check'], { input: lines.map((l) => l + end).join('') });
        expect(r.code).toBe(0);
        const out = r.out.split('\n').slice(0, -1);
        // Guards against: blank lines skipped (output no longer pairs with input), U+202E echoed raw.
        expect(out).toHaveLength(lines.length);
        for (const o of out) {
          const reply = (JSON.parse(o) as { reply: string }).reply;
          expect(reply).not.toMatch(unsafe);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a blank line is answered as empty, in its place', async () => {
    const r = await cli(['practice', '--check'], { input: 'I hear you.\n\nHow are you?\n' });
    const replies = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { reply: string; feedback: string });
    expect(replies.map((x) => x.reply)).toEqual(['I hear you.', '', 'How are you?']);
    expect(replies[1]!.feedback).toBe('An empty line: there was no reply to check.');
  });

  it('a reader that goes away ends an endless input at once, quietly (exit 0)', async () => {
    let read = 0;
    async function* endless() {
      for (;;) {
        read++;
        yield 'x';
      }
    }
    const r = await cli(['practice', '--check'], { lines: endless, closeAfter: 3 });
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(read).toBe(3);
  });
});

describe('14, 23. test --random and --seed: limits named', () => {
  it.each([
    [
      ['--random', '99999999999999999999'],
      '--random needs a whole number from 1 to 100,000, not "99999999999999999999"',
    ],
    [['--random', '100001'], '--random needs a whole number from 1 to 100,000, not "100001"'],
    [['--random', '1e3'], '--random needs a whole number from 1 to 100,000, not "1e3"'],
    [['--random', '5', '--seed', ''], '--seed needs a whole number from 0 to 4,294,967,295, not ""'],
    [
      ['--random', '5', '--seed', '4294967296'],
      '--seed needs a whole number from 0 to 4,294,967,295, not "4294967296"',
    ],
  ])('%j is refused (exit 2)', async (args, message) => {
    const r = await cli(['test', ...args, 'partner']);
    expect(r.err).toBe(`talkcoach: ${message}\n`);
    expect(r.code).toBe(2);
  });

  it('the largest seed and one run are taken', async () => {
    const r = await cli(['test', '--random', '1', '--seed', '4294967295', 'partner']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^PASS random partner: 1 run \(seed 4,?294,?967,?295\)/);
  });
});

describe('17. --watch', () => {
  const io = () => {
    let err = '';
    return {
      io: {
        env: {},
        stdin: Readable.from([]),
        stdout: { write: () => true },
        stderr: { write: (s: string) => ((err += s), true) },
      } as unknown as Io,
      err: () => err,
    };
  };
  const until = async (holds: () => boolean) => {
    for (let i = 0; i < 400 && !holds(); i++) await new Promise((r) => setTimeout(r, 25));
    expect(holds()).toBe(true);
  };

  it('a folder that does not exist is said before anything is watched (exit 6, not 70)', async () => {
    const r = await cli(['validate', '--watch', 'nodir/x.yaml']);
    expect(r.err).toBe('talkcoach: cannot watch nodir/x.yaml: the folder nodir does not exist\n');
    expect(r.code).toBe(6);
  });

  it('a watched folder deleted and made again is told, and watched again', async () => {
    const dir = join(tmp(), 'w');
    mkdirSync(dir);
    let runs = 0;
    const t = io();
    const stop = new AbortController();
    const watching = watchRuns([dir], () => ++runs, t.io, stop.signal);
    await until(() => runs === 1);
    rmSync(dir, { recursive: true });
    await until(() => t.err().includes(`the folder ${dir} is gone (deleted or moved); watching for it to come back`));
    mkdirSync(dir);
    await until(() => t.err().includes(`the folder ${dir} is back: watching it again`));
    const before = runs;
    await until(() => runs > before);
    // Guards against: the new folder never watched (issue 22, item 17).
    const seen = runs;
    writeFileSync(join(dir, 'x.yaml'), 'id: x\n');
    await until(() => runs > seen);
    stop.abort();
    await watching;
  });
});

describe('20. the library: answers and states from outside', () => {
  const scenario = loadFixture('example.yaml');
  const crisis = { crisis: crisisFor(null) };

  it('start without { crisis } is refused at start with an EngineError', () => {
    for (const options of [undefined, {}, { crisis: null }, { crisis: 'GB' }])
      expect(() => start(scenario, options as never)).toThrow(expect.objectContaining({ code: 'invalid-options' }));
  });

  it('property: any value given as an answer works or is an EngineError, never another error', () => {
    const first = start(scenario, crisis);
    if (first.done) throw new Error('the example ends at once');
    const weird = fc.oneof(
      fc.anything(),
      // A sparse array: a hole before 'x' (written without a literal hole, which lint refuses).
      fc.constant({ choices: Object.assign(new Array<string>(2), { 1: 'x' }) }),
      fc.constant(Object.assign([] as unknown[], { length: 3 })),
      fc.constant(
        new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('trap');
            },
          },
        ),
      ),
      fc.constant(
        (() => {
          let n = 0;
          return {
            get choice() {
              return n++ ? 5 : first.question.options[0]!.id;
            },
          };
        })(),
      ),
    );
    fc.assert(
      fc.property(weird, (given) => {
        try {
          answer(scenario, first.state, given as never);
        } catch (e) {
          expect(e).toBeInstanceOf(EngineError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a state whose getter changes, or that holds a cycle, is an EngineError', () => {
    const first = start(scenario, crisis);
    let n = 0;
    const changing = {
      ...first.state,
      get current() {
        return n++ ? 7 : first.state.current;
      },
    };
    const cyclic: Record<string, unknown> = { ...first.state };
    cyclic.self = cyclic;
    for (const state of [changing, cyclic]) {
      try {
        answer(scenario, state as never, { choice: 'x' });
      } catch (e) {
        expect(e).toBeInstanceOf(EngineError);
      }
    }
  });
});

describe('21. every {{...}} is a collected fact, or validate says so', () => {
  const withAsk = (ask: string) => {
    const dir = tmp();
    mkdirSync(join(dir, 'shared'));
    copyFileSync(fixture('shared/basics.yaml'), join(dir, 'shared', 'basics.yaml'));
    const text = readFileSync(fixture('example.yaml'), 'utf8').replace(
      'ask: Who is {{name}} to you?',
      // A function, so "$&" or "$1" in the generated text is not read as a replacement pattern.
      () => `ask: ${JSON.stringify(ask)}`,
    );
    writeFileSync(join(dir, 'example.yaml'), text);
    return join(dir, 'example.yaml');
  };

  it.each([
    ['{{__proto__}}', /\{\{__proto__\}\} is not a fill-in/],
    ['{{toString}}', /\{\{toString\}\} is not a fill-in/],
    ['{{constructor}}', /the fill-in \{\{constructor\}\} is not collected by any text question/],
    ['{{ }}', /\{\{ \}\} is not a fill-in/],
    ['{{name', /a \{\{ that is never closed/],
  ])('%s is an error (exit 3)', async (fill, message) => {
    const r = await cli(['validate', withAsk(`Who is ${fill} to you?`)]);
    expect(r.out).toMatch(message);
    expect(r.code).toBe(3);
  });

  it('property: any {{inside}} that is not a collected fact is reported', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 12 }).filter((s) => !/[{}"\\\n\r]/.test(s) && s.trim() !== 'name'),
        async (inside) => {
          const r = await cli(['validate', withAsk(`Who is {{${inside}}} to you?`)]);
          expect(r.code).toBe(3);
          expect(r.out).toMatch(/is not a fill-in|is not collected by any text question/);
        },
      ),
      { numRuns: 25, verbose: true },
    );
  });
});

describe('22. length caps', () => {
  it('a 100,000-character --region is cut in its echo', async () => {
    const r = await cli(['--region', 'Q'.repeat(100_000), 'crisis']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`"${'Q'.repeat(40)}…"`);
    expect(r.err.length).toBeLessThan(400);
  });

  it('practice --name is cut to 80 characters, with a note', async () => {
    const r = await cli(['practice', '--name', 'N'.repeat(200)], { input: '1\n'.repeat(12) });
    expect(r.err).toContain('the name is cut to its first 80 characters, as a typed name is');
    expect(r.out).toContain(`${'N'.repeat(80)}:`);
    expect(r.out).not.toContain('N'.repeat(81));
  });
});
