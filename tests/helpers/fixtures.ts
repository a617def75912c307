// Loading the test fixtures (and built-in scenarios) in-process, for unit tests.
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../src/engine/model.js';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { loadScenarioFile, loadScenarioText, type Loaded } from '../../src/scenario/load.js';
import { crisisFor } from '../../src/safety/crisis.js';
import type { PlanSafety, StartOptions } from '../../src/engine/types.js';

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export function loadFixture(name: string): Scenario {
  const r = loadScenarioFile(fixture(name), { sharedDirs: [BUILTIN_SHARED_DIR] });
  if (!r.scenario)
    throw new Error(
      `fixture ${name} does not load:\n${r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n')}`,
    );
  return r.scenario;
}

/** Loads YAML text as if it were a file in tests/fixtures (so it can use the fixture modules). */
export const loadText = (text: string, name = 'inline.yaml'): Loaded =>
  loadScenarioText(fixture(name), text, { sharedDirs: [BUILTIN_SHARED_DIR] });

export const GB: StartOptions = { crisis: crisisFor('GB') };
export const UNKNOWN: StartOptions = { crisis: crisisFor(null) };

/** A scenario's text: the required header, then the nodes (and points) given, starting at `safety`. */
export const scenarioText = (body: string, id = 'inline'): string =>
  `format: 1\nid: ${id}\ntitle: T\nsummary: S\nfor: F\nstart: safety\n${body}`;

/** A plan's safety answer: an ordinary one, with what a case changes. */
export const planSafety = (over: Partial<PlanSafety> = {}): PlanSafety => ({
  stance: 'ordinary',
  stances: ['ordinary'],
  risk: 'none',
  afraid: false,
  substances: false,
  household: false,
  ...over,
});
