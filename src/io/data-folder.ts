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
function homeFolder(env: Env): string | undefined {
  const home = full(env.HOME);
  if (home !== undefined) return home;
  try {
    return full(userInfo().homedir);
  } catch {
    return undefined;
  }
}

/** Where each kind of folder lives, as env-paths names them: the XDG variable and its default under
 * the home folder (Linux), the Windows variable and its default, the macOS folder, the last part. */
const FOLDERS = {
  data: {
    xdg: 'XDG_DATA_HOME',
    linux: ['.local', 'share'],
    win: 'LOCALAPPDATA',
    winHome: ['AppData', 'Local'],
    mac: 'Application Support',
    last: 'Data',
  },
  config: {
    xdg: 'XDG_CONFIG_HOME',
    linux: ['.config'],
    win: 'APPDATA',
    winHome: ['AppData', 'Roaming'],
    mac: 'Preferences',
    last: 'Config',
  },
} as const;

/** talkcoach's data or config folder, a full path; throws `noHome` when none can be told. */
export function platformFolder(
  kind: keyof typeof FOLDERS,
  env: Env,
  platform: NodeJS.Platform = process.platform,
  noHome: () => TalkcoachError = () => new TalkcoachError('file', msg('history.noHome')),
): string {
  const f = FOLDERS[kind];
  const xdg = full(env[f.xdg]);
  if (xdg !== undefined && platform !== 'darwin' && platform !== 'win32') return join(xdg, 'talkcoach');
  const win = platform === 'win32' ? full(env[f.win]) : undefined;
  if (win !== undefined) return join(win, 'talkcoach', f.last);
  const home = homeFolder(env);
  if (home === undefined) throw noHome();
  if (platform === 'darwin') return join(home, 'Library', f.mac, 'talkcoach');
  if (platform === 'win32') return join(home, ...f.winHome, 'talkcoach', f.last);
  return join(home, ...f.linux, 'talkcoach');
}

/** talkcoach's data folder, a full path; throws when none can be told. */
export const dataFolder = (env: Env, platform?: NodeJS.Platform): string => platformFolder('data', env, platform);

/** The history file: `history.jsonl` in the data folder. */
export const historyFile = (env: Env = process.env): string => join(dataFolder(env), 'history.jsonl');
