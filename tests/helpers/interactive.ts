// Driving the interactive coach in-process on a fake terminal (fake-terminal.ts): start it, then
// play keys as each expected text appears.
import { loadCatalogue } from '../../src/commands/open.js';
import type { Plan } from '../../src/engine/types.js';
import { runInteractive, type InteractiveFlags } from '../../src/frontends/interactive.js';
import type { Scenario } from '../../src/engine/model.js';
import { crisisSteps } from '../../src/scenario/crisis-steps.js';
import type { FakeTerminal } from './fake-terminal.js';
import { GB } from './fixtures.js';
import { yamlRoom } from '../../src/commands/rooms.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A question on screen as a prompt (its progress line above it), not as the record of an answer. */
export const asked = (text: string) => new RegExp(`of about \\d+\\s+${escapeRe(text)}`);

/** Wait for this, then press these keys. */
export type Play = [wait: string | RegExp, ...keys: string[]];

export async function play(t: FakeTerminal, steps: Play[]): Promise<void> {
  for (const [wait, ...keys] of steps) {
    await t.waitFor(wait);
    t.press(...keys);
  }
}

/** Starts the coach on `t` with `scenario`, or with the picker (of `flags.scenarios`) when there is none. */
export function startCoach(
  t: FakeTerminal,
  scenario: Scenario | undefined,
  flags: InteractiveFlags & { scenarios?: string[] } = {},
): Promise<Plan[]> {
  const catalogue = () => loadCatalogue({ ...(flags.scenarios ? { scenarios: flags.scenarios } : {}) }, t.io);
  const run = runInteractive(scenario, GB, t.io, flags, { catalogue, crisisSteps: () => crisisSteps(yamlRoom) });
  // Keep a failure from surfacing before the test awaits it.
  run.catch(() => undefined);
  return run;
}
