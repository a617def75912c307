// The built-in practice files for the commands: their compiled copy when it is as fresh as the files
// (built packages: no YAML parser, no checks), else read and checked by the YAML room. A file of its
// own so that `practice --check` loads this and the checker, not the practice session and scenarios.
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import type { PracticeInput } from '../engine/practice/session.js';
import { compiledPractice } from '../scenario/compiled.js';
import { formatDiagnostic } from '../scenario/diagnostics.js';
import type { CommonOptions } from './context.js';
import { yamlRoom } from './rooms.js';
import { spokenPractice } from './scenario-words.js';

export interface LoadedPractice {
  content: PracticeInput['content'];
  rules: PracticeInput['rules'];
  reasonIds: string[];
}

/** The built-in practice files, checked; a TalkcoachError listing their problems otherwise. Their
 * compiled copy when it is as fresh as the files (built packages): no YAML parser, no checks. */
export async function loadPracticeFiles(o: CommonOptions): Promise<LoadedPractice> {
  const built = compiledPractice();
  if (built) return { ...built, content: await spokenPractice(built.content, o) };
  const { loadPractice, reasonIds, BUILTIN_PRACTICE_DIR } = await yamlRoom();
  const p = loadPractice(BUILTIN_PRACTICE_DIR, o.maxBytes);
  if (!p.content || !p.rules) {
    throw new TalkcoachError(
      'scenario',
      msg('practice.cli.problems', { count: p.diagnostics.length, dir: BUILTIN_PRACTICE_DIR }),
      p.diagnostics.map((d) => formatDiagnostic(d)),
    );
  }
  return { content: await spokenPractice(p.content, o), rules: p.rules, reasonIds: reasonIds() };
}
