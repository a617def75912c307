// The interactive coach on a terminal: a short welcome, the scenario picker, the questions (with a
// way back and a way to crisis help at each), the plan, then an offer to save it or start again.
// Loaded only on a terminal: piped runs never load the prompt, colour or box libraries.
import { crisisSteps } from '../safety/steps.js';
import { loadCatalogue } from '../commands/open.js';
import type { CommonOptions } from '../commands/context.js';
import type { Io } from '../io/types.js';
import { answer, back, start } from '../engine/index.js';
import type { CrisisInfo, Plan, Question, SessionState, StartOptions, Step } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import { saveFileAtomic } from '../io/save.js';
import { colorLevel } from '../render/color-level.js';
import { renderPlan, type Format } from '../render/index.js';
import { makeLook, renderCrisisScreen, renderPlanScreen, type Look } from '../render/screen.js';
import { pointLines } from '../render/text.js';
import { wrap } from '../render/wrap.js';
import { stripUnsafe } from '../safety/sanitize.js';
import type { Scenario } from '../engine/model.js';
import { offerToSave } from './save-offer.js';
import { CRISIS, type Previous } from './question-prompt.js';
import { Terminal } from './terminal.js';

export interface InteractiveFlags extends CommonOptions {
  /** --plain: for screen readers. */
  plain?: boolean;
  /** false with --no-color. */
  color?: boolean;
  /** --output FILE: save there (in --format) instead of offering to save. */
  output?: string;
  format?: Format;
}

const WELCOME = [
  'A few questions about you and the person you are worried about, then a plan for talking with them about seeing a therapist.',
];
const PROMISES = [
  'Everything stays on this computer. Nothing is saved unless you ask.',
  'This is not therapy, and not a substitute for professional help.',
  'Crisis help right now: choose "I need help right now" or press ! at any question, or run: talkcoach crisis',
  'Esc goes back a question. Ctrl-C stops at any time.',
];

export function lookFor(io: Io, flags: InteractiveFlags): Look {
  const level = colorLevel({
    env: io.env,
    isTTY: io.stdout.isTTY === true,
    noColor: flags.color === false,
    plain: flags.plain === true,
  });
  return makeLook(level, flags.plain === true, io.stdout.columns);
}

/** Runs the coach until the person is done; returns the plans it made, in order. */
export async function runInteractive(
  given: Scenario | undefined,
  options: StartOptions,
  io: Io,
  flags: InteractiveFlags,
): Promise<Plan[]> {
  // Read the catalogue before saying anything, so a problem is one clear message.
  const choices = given ? [] : await pickable(flags, io);
  const t = new Terminal(io, lookFor(io, flags));
  welcome(t);
  const plans: Plan[] = [];
  for (;;) {
    const scenario = given ?? (await pick(choices, t, options.crisis));
    const plan = await converse(scenario, options, t);
    plans.push(plan);
    t.say();
    t.say(renderPlanScreen(plan, t.look));
    if (flags.output !== undefined) {
      saveFileAtomic(flags.output, renderPlan(plan, flags.format ?? 'text', { width: 80 }));
      t.tell(`Saved to ${flags.output}. Only you can read it.`);
    } else {
      await offerToSave(plan, t);
    }
    if (!(await t.confirm('Start again with new answers?', false))) break;
    t.say();
  }
  t.tell(
    'Take care of yourself as well. If things get worse, talkcoach crisis shows crisis lines at any time.',
    t.look.paint.dim,
  );
  return plans;
}

function welcome(t: Terminal): void {
  const { look } = t;
  const inner = look.width - (look.frame?.inset ?? 0);
  const head = [look.paint.bold('talkcoach'), ...WELCOME.flatMap((l) => wrap(l, inner))];
  t.say((look.frame ? look.frame.box(head, 'headline') : head).join('\n'));
  const bullet = look.plain ? '' : ` ${look.style.bullet} `;
  for (const p of PROMISES) t.say(wrap(p, look.width, ' '.repeat(bullet.length), bullet).join('\n'));
  t.say();
}

async function pickable(flags: InteractiveFlags, io: Io): Promise<Scenario[]> {
  return choosable(await loadCatalogue(flags, io));
}

/** The scenarios that load; when none does, one clear message instead of an empty list. */
export function choosable(all: readonly { scenario: Scenario | undefined }[]): Scenario[] {
  const ok = all.flatMap((e) => (e.scenario ? [e.scenario] : []));
  if (ok.length === 0) {
    throw new TalkcoachError('usage', 'there are no scenarios to choose from', [
      all.length > 0
        ? `${all.length} scenario file${all.length === 1 ? ' has' : 's have'} problems: run talkcoach list, then talkcoach validate`
        : 'run a scenario file with talkcoach run FILE, or add a folder with --scenarios DIR',
    ]);
  }
  return ok;
}

async function pick(list: Scenario[], t: Terminal, crisis: CrisisInfo): Promise<Scenario> {
  for (;;) {
    const chosen = await t.choose(
      'Which is closest to your situation?',
      list.map((s, i) => ({ value: String(i), name: stripUnsafe(s.title), description: stripUnsafe(s.summary) })),
    );
    const scenario = chosen === CRISIS ? undefined : list[Number(chosen)];
    if (scenario) {
      t.say(`${t.look.marks.done} ${stripUnsafe(scenario.title)}`);
      return scenario;
    }
    await showCrisis(crisis, t);
  }
}

/** Asks until the engine gives a plan. Going back skips notes: it returns to the previous question. */
export async function converse(scenario: Scenario, options: StartOptions, t: Terminal): Promise<Plan> {
  const before = new Map<string, Previous>();
  let step: Step = start(scenario, options);
  let arrived = true;
  while (!step.done) {
    const q = step.question;
    if (q.kind === 'note' && arrived) showNote(q, options.crisis, t);
    const reply = await t.ask(q, before.get(q.node));
    arrived = !('crisis' in reply);
    if ('crisis' in reply) {
      if (reply.keep !== undefined) before.set(q.node, reply.keep);
      await showCrisis(options.crisis, t);
    } else if ('back' in reply) {
      for (const a of step.state.current.answers) before.set(a.node, a.answer);
      step = backToQuestion(scenario, step.state);
      t.tell(
        t.look.plain ? 'Going back to the previous question.' : '↩ Back to the previous question.',
        t.look.paint.dim,
      );
    } else {
      step = answer(scenario, step.state, reply.answer);
      const record = step.state.current.answers.at(-1);
      if (q.kind !== 'note' && record)
        t.say(`${t.look.marks.done} ${stripUnsafe(q.ask)} ${t.look.paint.accent(stripUnsafe(record.shown))}`);
    }
  }
  return step.plan;
}

function backToQuestion(scenario: Scenario, state: SessionState): Step {
  let step = back(scenario, state);
  while (!step.done && step.question.kind === 'note' && step.question.canGoBack) step = back(scenario, step.state);
  return step;
}

function showNote(q: Question, crisis: CrisisInfo, t: Terminal): void {
  const { look } = t;
  t.say();
  t.say(wrap(stripUnsafe(q.ask), look.width).map(look.style.title).join('\n'));
  if (q.body) t.say(wrap(stripUnsafe(q.body), look.width).join('\n'));
  for (const p of q.points ?? []) t.say(pointLines(p, look.width, look.style, p.section === 'safety').join('\n'));
  if (q.crisis) t.say(renderCrisisScreen(crisis, look));
}

/** The same as `talkcoach crisis`: the crisis lines, then the steps to take now. */
async function showCrisis(crisis: CrisisInfo, t: Terminal): Promise<void> {
  const { look } = t;
  t.say();
  t.say(renderCrisisScreen(crisis, look));
  const steps = await crisisSteps();
  if (steps.length > 0) {
    t.say(look.style.heading('What to do now'));
    for (const p of steps) t.say(pointLines(p, look.width, look.style, true).join('\n'));
    t.say();
  }
  t.tell('When you are ready, the question is still here.', t.look.paint.dim);
}
