// Reading screen states in the screens' tests: which screen a state is on, and what its notices say.
import { expect } from 'vitest';
import type { ScreenState, StateOf } from '../../src/frontends/screens/types.js';
import type { Notice } from '../../src/frontends/screens/types.js';

/** Narrows a state to the screen expected, failing with what it was instead. */
export function expectScreen<N extends ScreenState['screen']>(s: ScreenState, name: N): StateOf<N> {
  expect(s.screen).toBe(name);
  return s as StateOf<N>;
}

/** What the notices of a state say, in short: message ids, "done: text answer", "back", "blank". */
export const said = (s: ScreenState) =>
  (s.notices ?? []).map((n: Notice) =>
    n.kind === 'message' ? n.id : n.kind === 'done' ? `done: ${n.text} ${n.answer ?? ''}`.trim() : n.kind,
  );
