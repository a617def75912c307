// Where a piped run's answers come from: one a line (stdin, or --answers FILE), or keyed by question
// id (--answers answers.json or .yaml, or JSON on stdin with --answers -).
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import type { AnswerLines } from '../frontends/piped.js';
import { LIMITS } from '../io/limits.js';
import { readTextFile } from '../io/read.js';
import { fileLines, linesOf } from '../io/std.js';
import type { Io } from './context.js';

export type AnswerSource = { lines: AnswerLines } | { keyed: unknown; name: string };

const stdinLines = (io: Io): AnswerLines => (io.lines ? io.lines() : linesOf(io.stdin));

export async function answerSource(file: string | undefined, io: Io): Promise<AnswerSource> {
  if (file === undefined) return { lines: stdinLines(io) };
  if (file === '-') return fromStdin(io);
  if (/\.json$/i.test(file))
    return { keyed: parseJson(readTextFile(file, LIMITS.answers, 'answers'), file), name: file };
  if (/\.ya?ml$/i.test(file)) {
    const { parseYaml } = await io.rooms.yaml();
    try {
      return { keyed: parseYaml(readTextFile(file, LIMITS.answers, 'answers')) as unknown, name: file };
    } catch {
      throw new TalkcoachError('file', msg('cli.run.answersNotYaml', { file }));
    }
  }
  return { lines: fileLines(file) };
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new TalkcoachError('file', msg('cli.run.answersNotJson', { file: name }));
  }
}

/** `--answers -`: JSON keyed answers when the input starts with "{", else lines as usual. */
async function fromStdin(io: Io): Promise<AnswerSource> {
  const lines = stdinLines(io);
  const it: AsyncIterator<string> | Iterator<string> =
    Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : lines[Symbol.iterator]();
  const first = await it.next();
  if (first.done) return { lines: [] };
  if (/^\uFEFF?\s*\{/.test(first.value)) {
    const all = [first.value];
    for (let r = await it.next(); !r.done; r = await it.next()) all.push(r.value);
    return { keyed: parseJson(all.join('\n'), 'standard input'), name: 'standard input' };
  }
  async function* rest(): AsyncGenerator<string> {
    yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { lines: Object.assign(rest(), { pending: () => (lines.pending ? lines.pending() : 0) }) };
}
