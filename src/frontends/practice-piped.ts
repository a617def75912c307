// Practice without a terminal: one answer a line, each a reply's number (in the order offered),
// its id, or "> your own words". The order of the offered replies comes from the seed.
import {
  currentLine,
  isOver,
  offered,
  pick,
  seeded,
  startPractice,
  summarise,
  typed,
  type PracticeInput,
} from '../engine/practice/session.js';
import { TalkcoachError } from '../errors.js';
import { languageCode, msg } from '../messages/index.js';
import { checksTypedReplies } from '../messages/languages.js';
import type { Transcript } from '../render/practice.js';

export interface PipedPractice {
  input: PracticeInput;
  reasons: readonly string[];
  name: string;
  seed: number;
}

export async function runPracticePiped(
  p: PipedPractice,
  lines: Iterable<string> | AsyncIterable<string>,
): Promise<{ transcript: Transcript; leftOver: number }> {
  const random = seeded(p.seed);
  let state = startPractice(p.input.content, p.reasons);
  let shown = offered(state, p.input, random);
  const order: string[][] = [];
  let lineNo = 0;
  let leftOver = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = (lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (isOver(state)) {
      if (line !== '') leftOver++;
      continue;
    }
    const own = /^>\s*(.*)$/.exec(line);
    if (own && own[1]!.trim() === '')
      throw new TalkcoachError('answer', msg('practice.piped.emptyTyped', { line: lineNo }));
    // The checker reads English only (as practice --check says).
    if (own && !checksTypedReplies(languageCode())) {
      const valid = shown.map((r, i) => `${i + 1} ${r.id}`).join(', ');
      throw new TalkcoachError('answer', msg('practice.piped.englishOnly', { line: lineNo, valid }));
    }
    const byNumber = /^\d+$/.test(line) ? shown[Number(line) - 1] : undefined;
    const chosen = byNumber ?? shown.find((r) => r.id === line);
    if (!own && !chosen) {
      const valid = shown.map((r, i) => `${i + 1} ${r.id}`).join(', ');
      throw new TalkcoachError('answer', msg('practice.piped.badAnswer', { line: lineNo, answer: line, valid }));
    }
    order.push(shown.map((r) => r.id));
    state = own ? typed(state, p.input, own[1]!.trim()) : pick(state, p.input, chosen!.id);
    if (!isOver(state)) shown = offered(state, p.input, random);
  }
  if (!isOver(state)) {
    const waiting = currentLine(state, p.input);
    throw new TalkcoachError('inputEnded', msg('practice.piped.ended', { count: lineNo, line: waiting.id }), [
      shown.map((r, i) => `${i + 1} ${r.id}`).join(', '),
    ]);
  }
  const transcript: Transcript = {
    name: p.name,
    reasons: state.lines.filter((l) => l !== 'opening' && l !== 'closing'),
    seed: p.seed,
    exchanges: state.exchanges.map((e, i) => ({ ...e, offered: order[i]! })),
    summary: summarise(state, p.input),
  };
  return { transcript, leftOver };
}
