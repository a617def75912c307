// Notes: lines on stderr that report no problem (where a plan was saved, the region note of a piped
// run, answers left over). `--quiet` silences them; errors, warnings and crisis lines never go
// through here, so no option can hide them.
import type { Io } from '../io/types.js';
import { MAX_TYPED_LENGTH } from '../engine/typed.js';
import { msg } from '../messages/index.js';

/** The runs started with --quiet (set once, as the command line is read: src/boot.ts). */
const quiet = new WeakSet<object>();

export const silenceNotes = (io: Io): void => void quiet.add(io);

/** The note for a typed answer cut to the longest kept (never silently: issue 26). */
export const cutNote = (io: Io) => (question: string) =>
  note(io, msg('cli.run.typedCut', { question, limit: MAX_TYPED_LENGTH }));

/** Writes a note as its own line on stderr, unless this run is quiet. */
export function note(io: Io, text: string): void {
  if (!quiet.has(io)) io.stderr.write(`${text}\n`);
}
