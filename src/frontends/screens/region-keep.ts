// After the region question: a calm offer to remember the country, so talkcoach never asks again
// (kept with `talkcoach config set region`'s code, io/config-file.ts). Nothing is kept unless the
// person says yes. Where the region was asked on the way to crisis help, the offer waits for the end
// of the session (again.ts): nothing comes between a person and the crisis lines.
import { TalkcoachError } from '../../errors.js';
import { readConfig, writeConfig } from '../../io/config-file.js';
import { msg } from '../../messages/index.js';
import { askedRegions } from '../../safety/crisis.js';
import type { Terminal } from '../terminal.js';
import { go, screen, type Notice, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'region-keep'>;
export type Kept = { file: string } | { reason: string } | false;

const regionName = (code: string): string => askedRegions().find((r) => r.code === code)?.name ?? code;

/** What to say after the offer: where it was kept, or why not; nothing after no. */
export const keptNotices = (kept: Kept, code: string): Notice[] => {
  if (kept === false) return [];
  if ('file' in kept)
    return [
      { kind: 'message', id: 'terminal.region.kept', params: { region: regionName(code), file: kept.file }, dim: true },
    ];
  return [{ kind: 'message', id: 'terminal.region.notKept', params: { reason: kept.reason } }];
};

const next = (s: State, kept: Kept): ScreenState => go(s, s.then, ...keptNotices(kept, s.code));

/** Asks (once a session), and keeps the region when the person says yes, other settings as they were. */
export async function offerToKeep(t: Terminal, code: string, setup: Setup): Promise<Kept> {
  if (setup.askRegion) setup.askRegion = { asked: true };
  if (!(await t.confirm(msg('terminal.region.keep', { region: regionName(code) })))) return false;
  try {
    const { config } = readConfig(t.io.env);
    return { file: writeConfig(t.io.env, { ...config, region: code }) };
  } catch (e) {
    // A setting not kept never stops the session: it is said, and talkcoach asks again next time.
    return { reason: e instanceof TalkcoachError ? e.message : msg('terminal.region.notKeptWhy') };
  }
}

export const regionKeep = screen<State, Kept>({
  show: (s, t, setup) => offerToKeep(t, s.code, setup),
  next,
});
