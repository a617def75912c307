// talkcoach history: the kept check-ins, a line each (how it went, since, you, the next date).
// talkcoach forget: deletes them, after asking on a terminal (--yes for scripts).
import { TalkcoachError } from '../errors.js';
import type { Scenario } from '../engine/index.js';
import { kindOf } from '../engine/kinds/index.js';
import { deleteHistory, hasHistory, historyFile, readHistory, type Kept } from '../io/history.js';
import { msg } from '../messages/index.js';
import { stripUnsafe } from '../safety/sanitize.js';
import { onTerminal, type Io } from './context.js';
import { openForRun } from './open.js';

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
      outcome: a('outcome') ?? '',
      since: since ? msg('history.since', { answer: since }) : '',
      self: self ? msg('history.self', { answer: self }) : '',
      next: k.next,
    }),
  );
}

export async function historyCommand(io: Io): Promise<void> {
  const file = historyFile(io.env);
  const { kept, unreadable } = readHistory(file);
  if (unreadable > 0) io.stderr.write(`${msg('history.unreadable', { file })}\n`);
  if (kept.length === 0) {
    io.stdout.write(`${msg('history.none')}\n`);
    return;
  }
  const scenario = await openForRun('checkin', {}, io);
  for (const k of kept.slice(-SHOWN)) io.stdout.write(`${historyLine(scenario, k)}\n`);
  io.stdout.write(`${msg('history.where', { count: kept.length, file })}\n`);
}

export async function forgetCommand(o: { yes?: boolean }, io: Io): Promise<void> {
  const file = historyFile(io.env);
  if (!hasHistory(file)) {
    io.stdout.write(`${msg('forget.nothing')}\n`);
    return;
  }
  if (!o.yes) {
    if (!onTerminal(io)) throw new TalkcoachError('usage', msg('forget.needsYes', { file }));
    // Through the coach's terminal: importing @inquirer/prompts whole would bundle its editor prompt (600 KB).
    const { Terminal, lookFor } = await io.rooms.terminal();
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
  deleteHistory(file);
  io.stdout.write(`${msg('forget.done', { file })}\n`);
}
