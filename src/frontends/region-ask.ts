// `talkcoach crisis` on a terminal when the locale names no country: the coach's region question,
// asked once before the lines are printed.
import type { Io } from '../io/types.js';
import { lookFor, type InteractiveFlags } from './interactive.js';
import { askWhere } from './screens/region.js';
import { Terminal } from './terminal.js';

export async function askRegionOnTerminal(io: Io, flags: InteractiveFlags): Promise<string | null> {
  const t = new Terminal(io, () => lookFor(io, flags));
  try {
    return await askWhere(t);
  } finally {
    t.close();
  }
}
