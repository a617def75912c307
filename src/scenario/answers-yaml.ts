// Keyed answers written as YAML (--answers answers.yaml): the value, or the first problem placed by
// line and column. The yaml library's own messages quote the file's lines, and its warnings go to
// the console with a stack, so neither is passed on: an answers file is private.
import { parseDocument } from 'yaml';
import { LineIndex } from './diagnostics.js';

type AnswersProblem = 'duplicate' | 'tag' | 'syntax';

export type ReadAnswers = { value: unknown } | { problem: { what: AnswersProblem; line?: number; col?: number } };

export function readYamlAnswers(text: string): ReadAnswers {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // A warning is refused too: an unknown tag (!foo) would otherwise be dropped without a word.
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first) {
    const what: AnswersProblem =
      first.code === 'DUPLICATE_KEY' ? 'duplicate' : first.code === 'TAG_RESOLVE_FAILED' ? 'tag' : 'syntax';
    const { line, col } = new LineIndex(text).locate(first.pos[0]);
    return { problem: { what, line, col } };
  }
  try {
    return { value: doc.toJS() as unknown };
  } catch {
    // Too many aliases (an alias bomb), or a structure the library cannot turn into data.
    return { problem: { what: 'syntax' } };
  }
}
