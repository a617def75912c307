// Property tests: random answer streams against every scenario, random mutations of every file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/render/words.js';
import { answer, back, start } from '../../src/engine/session.js';
import { answersFor } from '../../src/engine/walk.js';
import { EngineError } from '../../src/engine/errors.js';
import type { Answer, Step } from '../../src/engine/types.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioText } from '../../src/scenario/load.js';
import { fixture, GB, loadFixture } from '../helpers/fixtures.js';
import { loadScenarioFile } from '../../src/scenario/load.js';

export const STREAM_RUNS = 300;
export const MUTATION_RUNS = 150;

const builtinFiles = (): string[] => {
  try {
    return readdirSync(BUILTIN_DIR)
      .filter((n) => /\.yaml$/.test(n) && !n.endsWith('.test.yaml'))
      .map((n) => join(BUILTIN_DIR, n));
  } catch {
    return [];
  }
};

const scenarios = [
  { name: 'fixture example', scenario: loadFixture('example.yaml') },
  ...builtinFiles().map((file) => {
    const r = loadScenarioFile(file, { sharedDirs: [BUILTIN_SHARED_DIR] });
    return { name: file.replace(/.*\//, ''), scenario: r.scenario };
  }),
];

/** One step of a random stream: a valid answer (by index), garbage, back, or the end of input. */
type Move = { kind: 'valid'; pick: number } | { kind: 'invalid'; answer: Answer } | { kind: 'back' } | { kind: 'end' };

const garbage: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({ choice: fc.string() }),
  fc.record({ choices: fc.array(fc.string(), { maxLength: 4 }) }),
  fc.record({ yes: fc.boolean() }),
  fc.record({ text: fc.string({ unit: 'binary', maxLength: 200 }) }),
  fc.constant({ continue: true } as Answer),
);
const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 8, arbitrary: fc.nat(50).map((pick) => ({ kind: 'valid' as const, pick })) },
  { weight: 2, arbitrary: garbage.map((a) => ({ kind: 'invalid' as const, answer: a })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'back' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'end' as const }) },
);

describe.each(scenarios)('random answer streams: $name', ({ name, scenario }) => {
  it(`${name} loads`, () => expect(scenario).toBeDefined());
  if (!scenario) return;

  it(`never throws anything but EngineError, and every finished run has a complete plan (${STREAM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 40 }), (moves) => {
        let step: Step = start(scenario, GB);
        for (const m of moves) {
          if (step.done || m.kind === 'end') break;
          try {
            if (m.kind === 'back') step = back(scenario, step.state);
            else if (m.kind === 'invalid') step = answer(scenario, step.state, m.answer);
            else {
              const options = answersFor(step.question);
              step = answer(scenario, step.state, options[m.pick % options.length]!);
            }
          } catch (e) {
            if (!(e instanceof EngineError)) throw e;
          }
        }
        if (step.done) {
          expect(step.plan.sections.find((s) => s.id === 'boundaries')?.points.length).toBeGreaterThan(0);
          expect(words(step.plan.disclaimer)).toMatch(/not a substitute for professional help/);
          expect(step.plan.crisis.lines.length + step.plan.crisis.emergency.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: STREAM_RUNS },
    );
  });
});

const files = [fixture('example.yaml'), fixture('minimal.yaml'), ...builtinFiles()];

const mutation = (text: string) =>
  fc.oneof(
    fc
      .record({ at: fc.nat(text.length), len: fc.nat(40) })
      .map(({ at, len }) => text.slice(0, at) + text.slice(at + len)),
    fc
      .record({
        at: fc.nat(text.length),
        s: fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom(
            '\t',
            ': ',
            '- ',
            '[',
            '{',
            '&a ',
            '*a',
            '!!binary ',
            '"',
            '\u001b[2J',
            '\u202e',
            '__proto__: 1\n',
            '\n  ',
            '---\n',
          ),
        ),
      })
      .map(({ at, s }) => text.slice(0, at) + s + text.slice(at)),
    fc.record({ a: fc.nat(200), b: fc.nat(200) }).map(({ a, b }) => {
      const lines = text.split('\n');
      const i = a % lines.length;
      const j = b % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }),
  );

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe.each(files.map((f) => ({ name: f.replace(/.*\//, ''), file: f })))('random mutations: $name', ({ file }) => {
  const text = readFileSync(file, 'utf8');
  it(`the loader returns a scenario or located problems, never anything else (${MUTATION_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.array(mutation(text), { minLength: 1, maxLength: 1 }), ([mutated]) => {
        const r = loadScenarioText(file, mutated!, { sharedDirs: [BUILTIN_SHARED_DIR] });
        if (r.scenario === undefined) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        for (const d of r.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.col).toBeGreaterThanOrEqual(1);
          expect(d.message.length).toBeGreaterThan(0);
        }
        // A mutation may write __proto__: as a key; the loader must never let it reach Object.prototype.
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
      }),
      { numRuns: MUTATION_RUNS },
    );
  });
});
