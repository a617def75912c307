// `talkcoach practice` on a terminal: the practice screens alone, from the first line to the summary.
import type { PracticeInput } from '../engine/practice/session.js';
import type { PlanPoint, StartOptions } from '../engine/types.js';
import type { Io } from '../io/types.js';
import { drive, lookFor, type InteractiveFlags } from './interactive.js';
import { newRun } from './screens/practice-run.js';
import type { PracticeSource } from './screens/practice-types.js';
import { Terminal } from './terminal.js';

export async function runPracticeInteractive(
  practice: { input: PracticeInput; name: string; reasons: readonly string[] },
  options: StartOptions,
  io: Io,
  flags: InteractiveFlags,
  sources: {
    crisisSteps: () => Promise<PlanPoint[]>;
    selfSteps?: () => Promise<PlanPoint[]>;
    random: () => number;
    askRegion?: boolean;
  },
): Promise<void> {
  const source: PracticeSource = { load: async () => practice, random: sources.random };
  const run = newRun(practice.input, practice.name, practice.reasons);
  const t = new Terminal(io, () => lookFor(io, flags));
  try {
    await drive(
      {
        screen: 'practice-line',
        run,
        plans: [],
        notices: [{ kind: 'message', id: 'practice.screen.intro', params: { name: practice.name } }],
      },
      t,
      {
        choices: [],
        start: options,
        crisisSteps: sources.crisisSteps,
        ...(sources.selfSteps ? { selfSteps: sources.selfSteps } : {}),
        practice: source,
        ...(sources.askRegion === true ? { askRegion: { asked: false } } : {}),
      },
    );
  } finally {
    t.close();
  }
}
