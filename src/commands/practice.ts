// talkcoach practice [<id|file>]: rehearse the talk. On a terminal, the practice screens; piped, one
// answer a line (a reply's number or id, or "> your own words") and a transcript out. (With --check,
// practice-check.ts runs instead.)
import { seeded } from '../engine/practice/session.js';
import { cleanTyped, MAX_TYPED_LENGTH } from '../engine/typed.js';
import { runPracticePiped } from '../frontends/practice-piped.js';
import { TalkcoachError } from '../errors.js';
import { linesOf } from '../io/std.js';
import { didYouMean, msg } from '../messages/index.js';
import { renderPracticeJson, renderPracticeText } from '../render/practice.js';
import { closest } from '../scenario/suggest.js';
import { crisisStepsFor, type CommonOptions } from './context.js';
import { onTerminal, type Io } from '../io/types.js';
import { openForRun } from './open.js';
import { loadPracticeFiles } from './practice-files.js';
import { defaultName } from './practice-source.js';
import { echoed, MAX_SEED, wholeNumber } from './parser.js';
import { chooseRegion, crisisOf } from './region.js';
import { note } from './note.js';
import { terminalRoom } from './rooms.js';

export interface PracticeOptions extends CommonOptions {
  reasons?: string;
  name?: string;
  /** As typed: a whole number from 0 to 4,294,967,295 (checked here, as test --random's is). */
  seed?: string;
  format: string;
  input: boolean;
  region?: string;
  plain?: boolean;
  color: boolean;
}

/** --name as the lines will use it: cleaned as a typed name is, and cut to MAX_TYPED_LENGTH characters,
 * with a note when it was cut (the same limit as a name typed in the coach). */
function nameFor(given: string | undefined, io: Io): string {
  if (given === undefined) return '';
  const name = cleanTyped(given);
  if ([...given.trim()].length > MAX_TYPED_LENGTH && name !== '')
    note(io, msg('practice.cli.nameCut', { limit: MAX_TYPED_LENGTH }));
  return name;
}

/** The scenario practised for (its fill-ins); `partner` when none is named. */
const DEFAULT_SCENARIO = 'partner';

export async function practiceCommand(arg: string | undefined, o: PracticeOptions, io: Io): Promise<void> {
  if (o.format !== 'text' && o.format !== 'json')
    throw new TalkcoachError('usage', msg('practice.cli.badFormat', { value: o.format }));
  const lines = () => (io.lines ? io.lines() : linesOf(io.stdin));
  const p = await loadPracticeFiles(o);
  const reasons = (o.reasons ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  for (const reason of reasons) {
    if (!p.reasonIds.includes(reason)) {
      const hint = closest(reason, p.reasonIds);
      throw new TalkcoachError(
        'usage',
        msg('practice.cli.badReason', { reason: echoed(reason), hint: didYouMean(hint), list: p.reasonIds.join(', ') }),
      );
    }
  }
  // Checked before anything is opened: 0 is a seed like any other, "" and 1e3 are not.
  const seed = o.seed === undefined ? undefined : wholeNumber(o.seed, '--seed', 0, MAX_SEED);
  const scenario = await openForRun(arg ?? DEFAULT_SCENARIO, o, io);
  const name = nameFor(o.name, io) || defaultName(scenario);
  const input = { content: p.content, rules: p.rules, fills: { name } };
  const region = chooseRegion(o, io);
  const crisis = crisisOf(region);
  if (o.input && onTerminal(io)) {
    const { runPracticeInteractive } = await terminalRoom();
    // The shell's random source: the replies come in a new order each time on a terminal.
    const random = seed !== undefined ? seeded(seed) : Math.random;
    const flags = { color: o.color, ...(o.plain !== undefined ? { plain: o.plain } : {}) };
    await runPracticeInteractive({ input, name, reasons }, { crisis }, io, flags, {
      crisisSteps: crisisStepsFor(),
      selfSteps: crisisStepsFor('self'),
      random,
      askRegion: region.unsaid === true,
    });
    return;
  }
  const { transcript, leftOver } = await runPracticePiped({ input, reasons, name, seed: seed ?? 1 }, lines());
  if (leftOver > 0) note(io, msg('cli.practice.leftOver', { count: leftOver }));
  io.stdout.write(o.format === 'json' ? renderPracticeJson(transcript) : renderPracticeText(transcript));
}
