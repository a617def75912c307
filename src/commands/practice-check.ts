// talkcoach practice --check: the typed-reply checker on each line of standard input, one JSON object
// a line. Its own module (chosen in src/boot.ts) so that it loads the checker and the practice files,
// not the practice session, the scenarios and the screens.
import { checkReply } from '../engine/practice/checker.js';
import { stripUnsafe } from '../engine/typed.js';
import { TalkcoachError } from '../errors.js';
import { linesOf } from '../io/std.js';
import { languageCode, msg } from '../messages/index.js';
import { checksTypedReplies } from '../messages/languages.js';
import { checkJson } from '../render/practice.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { loadPracticeFiles, type LoadedPractice } from './practice-files.js';

/** One line of output for each line of input, so that they pair: a blank line is told it is empty;
 * the reply is cleaned of controls and direction overrides (U+202E) before it is checked or echoed. */
function checkLine(raw: string, rules: LoadedPractice['rules']): string {
  const reply = stripUnsafe(raw).trim();
  if (reply === '')
    return checkJson('', {
      verdict: 'unclear',
      signals: [],
      negated: [],
      crisis: false,
      feedback: msg('practice.check.empty'),
      by: 'none',
    });
  return checkJson(reply, checkReply(reply, rules));
}

export async function practiceCheckCommand(o: CommonOptions & { format: string }, io: Io): Promise<void> {
  if (o.format !== 'text' && o.format !== 'json')
    throw new TalkcoachError('usage', msg('practice.cli.badFormat', { value: o.format }));
  // The checker reads English only: in another language it would judge words it cannot read, and
  // miss a reply that speaks of suicide. Said plainly, before anything is read (exit 2, README).
  if (!checksTypedReplies(languageCode())) throw new TalkcoachError('usage', msg('practice.check.englishOnly'));
  const p = await loadPracticeFiles(o);
  for await (const raw of io.lines ? io.lines() : linesOf(io.stdin)) {
    io.stdout.write(checkLine(raw, p.rules));
    // The reader went away (`| head`): the rest would be dropped, so reading on could run forever.
    if (io.stdout.closed) break;
  }
}
