// Where the kept check-ins live: the platform's data folder, as env-paths names it (XDG_DATA_HOME or
// ~/.local/share on Linux, Application Support on macOS, LocalAppData on Windows), worked out here
// from the variables given, each checked first. The XDG rules say a relative XDG_DATA_HOME is
// ignored; a HOME that is empty or relative is not a home either (the user database says where it
// is). Taken as they were, either would put a private history in whatever folder talkcoach was
// started in. (env-paths itself reads process.env and the home folder once, when loaded, and joins
// an empty HOME into a relative path: it cannot be given checked variables, so it is not used.)
import { userInfo } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';

type Env = Readonly<Record<string, string | undefined>>;

const full = (path: string | undefined): string | undefined => (path && isAbsolute(path) ? path : undefined);

/** The user's home folder: HOME when it is a full path, else the user database's; never relative. */
export function homeFolder(env: Env): string | undefined {
  const home = full(env.HOME);
  if (home !== undefined) return home;
  try {
    return full(userInfo().homedir);
  } catch {
    return undefined;
  }
}

/** talkcoach's data folder, a full path; throws when none can be told. */
export function dataFolder(env: Env, platform: NodeJS.Platform = process.platform): string {
  const xdg = full(env.XDG_DATA_HOME);
  if (xdg !== undefined && platform !== 'darwin' && platform !== 'win32') return join(xdg, 'talkcoach');
  const local = platform === 'win32' ? full(env.LOCALAPPDATA) : undefined;
  if (local !== undefined) return join(local, 'talkcoach', 'Data');
  const home = homeFolder(env);
  if (home === undefined) throw new TalkcoachError('file', msg('history.noHome'));
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'talkcoach');
  if (platform === 'win32') return join(home, 'AppData', 'Local', 'talkcoach', 'Data');
  return join(home, '.local', 'share', 'talkcoach');
}

/** The history file: `history.jsonl` in the data folder. */
export const historyFile = (env: Env = process.env): string => join(dataFolder(env), 'history.jsonl');
