// The interactive coach on a terminal: a driver that shows one screen after another (screens/) until
// the person is done. Loaded only on a terminal: piped runs never load the prompt, colour or box
// libraries.
import type { Plan, PlanPoint, StartOptions } from '../engine/types.js';
import { TalkcoachError } from '../errors.js';
import type { Io } from '../io/types.js';
import { msg } from '../messages/index.js';
import { colorLevel } from '../render/color-level.js';
import type { Format } from '../render/index.js';
import { makeLook, type Look } from '../render/screen.js';
import type { Scenario } from '../engine/model.js';
import type { CheckinSetup } from './screens/checkin-types.js';
import { show } from './screens/index.js';
import { STDOUT, type ScreenState, type Setup } from './screens/types.js';
import { drawNotice } from './screens/notices.js';
import { regionFirst } from './screens/region.js';
import type { PracticeSource } from './screens/practice-types.js';
import { Terminal } from './terminal.js';

export interface InteractiveFlags {
  /** --plain: for screen readers. */
  plain?: boolean;
  /** false with --no-color. */
  color?: boolean;
  /** --output FILE: save there (in --format) instead of offering to save. */
  output?: string;
  /** --force: replace the --output file without asking. */
  force?: boolean;
  format?: Format;
  /** --with-safety-details: a saved file keeps the safety-plan details. */
  withSafetyDetails?: boolean;
}

/** What the command layer gives the coach: where the scenarios and the crisis steps come from. */
export interface InteractiveSources {
  /** Every scenario of the catalogue, for the picker; `scenario` is missing for a file with problems. */
  catalogue?: () => Promise<readonly { scenario: Scenario | undefined }[]>;
  /** What to do now, shown under the crisis lines. */
  crisisSteps: () => Promise<PlanPoint[]>;
  /** What to do now for the user themselves: shown, with the steps above, where it is not known who
   * is struggling (the list of situations, practice). */
  selfSteps?: () => Promise<PlanPoint[]>;
  /** Practice offered after a plan (issue 15); absent, it is not offered. */
  practice?: PracticeSource;
  /** talkcoach checkin: the date and the reminder after the plan. */
  checkin?: CheckinSetup;
  /** The locale names no country: ask for it the first time numbers matter. */
  askRegion?: boolean;
}

/** --plain, or TALKCOACH_PLAIN=1 for every run. */
const isPlain = (io: Io, flags: InteractiveFlags): boolean => flags.plain === true || io.env.TALKCOACH_PLAIN === '1';

export function lookFor(io: Io, flags: InteractiveFlags): Look {
  const plain = isPlain(io, flags);
  const level = colorLevel({ env: io.env, isTTY: io.stdout.isTTY === true, noColor: flags.color === false, plain });
  return makeLook(level, plain, io.stdout.columns);
}

/** The scenarios that load; when none does, one clear message instead of an empty list. */
export function choosable(all: readonly { scenario: Scenario | undefined }[]): Scenario[] {
  const ok = all.flatMap((e) => (e.scenario ? [e.scenario] : []));
  if (ok.length === 0) {
    throw new TalkcoachError('usage', msg('terminal.picker.none'), [
      all.length > 0
        ? msg('terminal.picker.noneWithProblems', { count: all.length })
        : msg('terminal.picker.noneAtAll'),
    ]);
  }
  return ok;
}

/** Shows screens from `state` until the person is done; returns the last state. */
export async function drive(state: ScreenState, t: Terminal, setup: Setup): Promise<ScreenState> {
  for (;;) {
    t.measure();
    for (const n of state.notices ?? []) drawNotice(n, t);
    if (state.screen === 'done') return state;
    // The locale names no country: ask for it the first time numbers matter.
    state = await show(regionFirst(state, setup), t, setup);
  }
}

/** Runs the coach until the person is done; returns the plans it made, in order. */
export async function runInteractive(
  given: Scenario | undefined,
  options: StartOptions,
  io: Io,
  flags: InteractiveFlags,
  sources: InteractiveSources,
): Promise<Plan[]> {
  // Read the catalogue before saying anything, so a problem is one clear message.
  const choices = given ? [] : choosable((await sources.catalogue?.()) ?? []);
  // Standard output sent to a file or a pipe (talkcoach run partner > plan.txt): the questions on
  // the terminal through standard error, the plan to standard output.
  const redirected = io.stdout.isTTY !== true;
  const screen: Io = redirected ? { ...io, stdout: io.stderr } : io;
  const file = flags.output ?? (redirected ? STDOUT : undefined);
  const setup: Setup = {
    ...(given ? { scenario: given } : {}),
    choices,
    start: options,
    ...(file !== undefined ? { output: { file, format: flags.format ?? 'text', force: flags.force === true } } : {}),
    ...(flags.withSafetyDetails === true ? { withSafetyDetails: true } : {}),
    crisisSteps: sources.crisisSteps,
    ...(sources.selfSteps ? { selfSteps: sources.selfSteps } : {}),
    ...(sources.practice ? { practice: sources.practice } : {}),
    ...(sources.checkin ? { checkin: sources.checkin } : {}),
    ...(sources.askRegion === true ? { askRegion: { asked: false } } : {}),
  };
  const t = new Terminal(screen, () => lookFor(screen, flags), io.stdout);
  try {
    const end = await drive({ screen: 'welcome', plans: [] }, t, setup);
    return [...end.plans];
  } finally {
    t.close();
  }
}
