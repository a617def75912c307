// talkcoach history: the kept check-ins, a line each (how it went, since, you, the next date).
// talkcoach forget: deletes them, after asking on a terminal (--yes for scripts).
import { dirname } from 'node:path';
import { TalkcoachError } from '../errors.js';
import type { Scenario } from '../engine/model.js';
import { kindOf } from '../engine/kinds/index.js';
import { deleteHistory, hasHistory, historyFile, readHistory, type Kept } from '../io/history.js';
import { msg } from '../messages/index.js';
import { wrap } from '../render/wrap.js';
import { stripUnsafe } from '../engine/typed.js';
import { onTerminal, type Io } from '../io/types.js';
import { openForRun } from './open.js';
import { terminalRoom } from './rooms.js';

/** How many kept check-ins `history` shows: the latest. */
const SHOWN = 12;

/** An answer's words: the option's label in the check-in scenario, or its id if it has gone. */
function labelOf(scenario: Scenario, fact: string, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  for (const node of Object.values(scenario.nodes)) {
    const kind = kindOf(node);
    const options = kind.options(node);
    if (kind.recorded(node)?.fact === fact && options.length > 0) return options.find((o) => o.id === id)?.label ?? id;
  }
  return id;
}

export function historyLine(scenario: Scenario, k: Kept): string {
  const a = (fact: string) => labelOf(scenario, fact, k.answers[fact]);
  const since = a('since');
  const self = a('self');
  return stripUnsafe(
    msg('history.line', {
      date: k.date,
      outcome: a('outcome') ?? msg('history.noOutcome'),
      since: since ? msg('history.since', { answer: since }) : '',
      self: self ? msg('history.self', { answer: self }) : '',
      next: k.next,
    }),
  );
}

/** `history --json`: version 1, every kept check-in by date, its answers as option ids. */
export const HISTORY_JSON_VERSION = 1;

export async function historyCommand(o: { json?: boolean }, io: Io): Promise<void> {
  const file = historyFile(io.env);
  const { kept, warnings } = readHistory(file);
  // What could not be read is said, with how to mend it; what could be is still shown.
  for (const w of warnings) io.stderr.write(`${msg('folders.warning', { text: w })}\n`);
  // By date, not in the order kept: a check-in added with --today for an earlier day sits in its place.
  const byDate = [...kept].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (o.json) {
    const checkins = byDate.map((k) => ({ date: k.date, answers: k.answers, next: k.next }));
    io.stdout.write(`${JSON.stringify({ version: HISTORY_JSON_VERSION, file, checkins }, null, 2)}\n`);
    return;
  }
  if (kept.length === 0) {
    io.stdout.write(`${msg('history.none')}\n`);
    return;
  }
  const scenario = await openForRun('checkin', {}, io);
  const width = Math.max(40, Math.min(io.stdout.columns ?? 80, 100));
  // A line that fits keeps its two-space columns; a longer one wraps, hanging under the date, with
  // "next: DATE" (after the last two-space gap) on a line of its own rather than run into the words.
  const fit = (line: string) => {
    if (line.length <= width) return line;
    const gap = line.lastIndexOf('  ');
    const [head, next] = gap > 0 ? [line.slice(0, gap), line.slice(gap + 2)] : [line, ''];
    return [...wrap(head, width, '    ', ''), ...(next ? wrap(next, width, '    ', '    ') : [])].join('\n');
  };
  for (const k of byDate.slice(-SHOWN)) io.stdout.write(`${fit(historyLine(scenario, k))}\n`);
  io.stdout.write(`${wrap(msg('history.where', { count: kept.length, file }), width).join('\n')}\n`);
}

export async function forgetCommand(o: { yes?: boolean }, io: Io): Promise<void> {
  const file = historyFile(io.env);
  if (!hasHistory(file)) {
    // Unfinished copies an interrupted save left (they may hold the history) go even so.
    const { temps } = await deleteHistory(file);
    if (temps > 0) io.stdout.write(`${msg('forget.temps', { count: temps, dir: dirname(file) })}\n`);
    io.stdout.write(`${msg('forget.nothing')}\n`);
    return;
  }
  if (!o.yes) {
    if (!onTerminal(io)) throw new TalkcoachError('usage', msg('forget.needsYes', { file }));
    // Through the coach's terminal: importing @inquirer/prompts whole would bundle its editor prompt (600 KB).
    const { Terminal, lookFor } = await terminalRoom();
    const t = new Terminal(io, () => lookFor(io, {}));
    let sure: boolean;
    try {
      sure = await t.confirm(msg('forget.ask', { file }), false);
    } finally {
      t.close();
    }
    if (!sure) {
      io.stdout.write(`${msg('forget.kept')}\n`);
      return;
    }
  }
  // Said as it was done: a link is deleted as a link, and what it pointed to is named.
  const done = await deleteHistory(file);
  if (done.removed === 'link') io.stdout.write(`${msg('forget.link', { file, target: done.target })}\n`);
  else if (done.removed === 'file') io.stdout.write(`${msg('forget.done', { file })}\n`);
  else io.stdout.write(`${msg('forget.nothing')}\n`);
  if (done.temps > 0) io.stdout.write(`${msg('forget.temps', { count: done.temps, dir: dirname(file) })}\n`);
}
