// Where a piped run's answers come from: one a line (stdin, or --answers FILE), or keyed by question
// id (--answers answers.json or .yaml, or JSON on stdin with --answers -).
import { TalkcoachError } from '../errors.js';
import { msg, type MessageId } from '../messages/index.js';
import type { AnswerLines } from '../frontends/piped.js';
import { LIMITS } from '../io/limits.js';
import { readTextFile, tooBigError } from '../io/read.js';
import { fileLines, linesOf } from '../io/std.js';
import { parseAnswersJson } from './answers-json.js';
import type { Io } from '../io/types.js';
import { yamlRoom } from './rooms.js';

export type AnswerSource = { lines: AnswerLines } | { keyed: unknown; name: string };

const stdinLines = (io: Io): AnswerLines => (io.lines ? io.lines() : linesOf(io.stdin));

const YAML_PROBLEMS: Record<'duplicate' | 'tag' | 'syntax', MessageId> = {
  duplicate: 'cli.run.answersRepeatedKey',
  tag: 'cli.run.answersYamlTag',
  syntax: 'cli.run.answersNotYamlAt',
};

export async function answerSource(file: string | undefined, io: Io): Promise<AnswerSource> {
  if (file === undefined) return { lines: stdinLines(io) };
  if (file === '-') return fromStdin(io);
  const read = () => readTextFile(file, LIMITS.answers, 'answers');
  if (/\.json$/i.test(file)) return { keyed: parseAnswersJson(read(), file), name: file };
  if (/\.ya?ml$/i.test(file)) {
    const { readYamlAnswers } = await yamlRoom();
    const r = readYamlAnswers(read());
    if ('value' in r) return { keyed: r.value, name: file };
    const { what, line, col } = r.problem;
    // A mistake in the answers is an answers error (exit 4), not a file that could not be read (6).
    if (line === undefined) throw new TalkcoachError('answer', msg('cli.run.answersNotYaml', { file }));
    throw new TalkcoachError('answer', msg(YAML_PROBLEMS[what], { file, line, col: col ?? 1 }));
  }
  return { lines: fileLines(file) };
}

/** `--answers -`: JSON keyed answers when the input starts with "{", else lines as usual. */
async function fromStdin(io: Io): Promise<AnswerSource> {
  const name = msg('cli.run.standardInput');
  const lines = stdinLines(io);
  const it: AsyncIterator<string> | Iterator<string> =
    Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : lines[Symbol.iterator]();
  const first = await it.next();
  if (first.done) return { lines: [] };
  if (/^\uFEFF?\s*\{/.test(first.value)) {
    const all = [first.value];
    let bytes = Buffer.byteLength(first.value) + 1;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      // Counted as it comes, so that a runaway pipe is refused before it fills the memory (JSON.parse of
      // 137 MB took 1.37 GB).
      bytes += Buffer.byteLength(r.value) + 1;
      if (bytes > LIMITS.answers + 1) throw tooBigError(name, bytes, LIMITS.answers, 'answers');
      all.push(r.value);
    }
    return { keyed: parseAnswersJson(all.join('\n'), name), name };
  }
  async function* rest(): AsyncGenerator<string> {
    yield first.value;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { lines: Object.assign(rest(), { pending: () => (lines.pending ? lines.pending() : 0) }) };
}
