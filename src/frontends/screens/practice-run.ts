// What the practice screens share: starting a run, asking for crisis help from one, drawing an
// exchange. Going on after practice is in after-plan.ts.
import { currentLine, startPractice, type PracticeInput } from '../../engine/practice/session.js';
import type { Plan, PlanPoint } from '../../engine/types.js';
import { word } from '../../engine/words.js';
import { msg } from '../../messages/index.js';
import { exchangeLines, opennessWords } from '../../render/practice.js';
import { stripUnsafe } from '../../engine/typed.js';
import type { Terminal } from '../terminal.js';
import type { PracticeRun } from './practice-types.js';
import { go, type ScreenState } from './types.js';

export function newRun(input: PracticeInput, name: string, reasons: readonly string[], plan?: Plan): PracticeRun {
  return { input, state: startPractice(input.content, reasons), name, ...(plan ? { plan } : {}) };
}

/** Crisis help, then back to this very screen. */
export const toCrisis = (s: ScreenState): ScreenState => go(s, { screen: 'crisis', then: { ...s, notices: [] } });

/** The plan with the practised lines added to its opening, as lines to say. */
export function withLines(plan: Plan, lines: readonly string[]): Plan {
  const points: PlanPoint[] = lines.map((say, i) => ({
    id: `practised-${i + 1}`,
    section: 'opening',
    do: msg('practice.keptPoint'),
    say,
    source: 'practice',
  }));
  const has = plan.sections.some((s) => s.id === 'opening');
  const sections = has
    ? plan.sections.map((s) => (s.id === 'opening' ? { ...s, points: [...s.points, ...points] } : s))
    : [...plan.sections, { id: 'opening' as const, title: word('section.opening'), points }];
  return { ...plan, sections };
}

/** What the loved one says now, with how open they are. */
export function drawLine(run: PracticeRun, t: Terminal): void {
  const { look } = t;
  const line = currentLine(run.state, run.input);
  const step = run.state.exchanges.length + 1;
  t.say();
  t.tell(msg('practice.screen.progress', { step, total: run.state.lines.length }), look.paint.dim);
  t.tell(msg('practice.text.says', { name: stripUnsafe(run.name), line: line.text }), look.paint.bold);
  t.tell(
    msg('practice.text.openness', { name: stripUnsafe(run.name), openness: opennessWords(line.openness) }),
    look.paint.dim,
  );
}

/** The last exchange: the reaction, then the coach. */
export function drawExchange(run: PracticeRun, t: Terminal): void {
  const e = run.state.exchanges[run.state.exchanges.length - 1]!;
  // How open they were before this reply: after the last one, or at the start.
  const before =
    run.state.exchanges.at(-2)?.openness ?? currentLine(startPractice(run.input.content, []), run.input).openness;
  // The prompt is cleared once answered, so the reply is said again here, then the reaction.
  const lines = exchangeLines(e, stripUnsafe(run.name), t.look.width, before).slice(1);
  t.say(lines.join('\n'));
}
