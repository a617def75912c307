// Kept settings (issue 26): a small JSON object in the platform's config folder, as XDG and the
// platforms name it (XDG_CONFIG_HOME or ~/.config on Linux, Preferences on macOS, AppData on
// Windows), each variable checked first as the data folder's are. Mode 0600 in a 0700 folder: the
// region says where a person lives. Read tolerantly: a file that is not what we wrote is reported, and
// the settings are taken as empty, so a bad file never stops the crisis lines.
import { join } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { platformFolder } from './data-folder.js';
import { fs } from './fs.js';
import { readTextFile } from './read.js';
import { saveFileAtomic } from './save.js';

// From io/fs.ts, not `import ... from 'node:fs'`: that loads Node's stream library on every run that
// reads the settings (a piped run does), 3-5 ms (see CONTRIBUTING.md, "Speed").
const { chmodSync, lstatSync, mkdirSync, statSync } = fs;

type Env = Readonly<Record<string, string | undefined>>;

/** The settings talkcoach keeps, and nothing else: a file may not smuggle in other keys. */
export const CONFIG_KEYS = ['region', 'lang'] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];
export type Config = Partial<Record<ConfigKey, string>>;

/** A kept settings file is a few bytes; anything bigger was not written by us. */
const CONFIG_MAX_BYTES = 64 * 1024;

/** talkcoach's config folder, a full path; throws when none can be told. */
export const configFolder = (env: Env, platform?: NodeJS.Platform): string =>
  platformFolder('config', env, platform, () => new TalkcoachError('file', msg('config.noHome')));

const configFile = (env: Env, platform?: NodeJS.Platform): string => join(configFolder(env, platform), 'config.json');

export interface ReadConfig {
  config: Config;
  /** Why the file was not used, when it exists but is not a settings file. */
  warning?: string;
}

/** The kept settings; none when there is no file (or no home to find it in). Never throws. */
export function readConfig(env: Env): ReadConfig {
  let file: string;
  try {
    file = configFile(env);
  } catch {
    return { config: {} };
  }
  try {
    lstatSync(file);
  } catch {
    return { config: {} };
  }
  let text: string;
  try {
    text = readTextFile(file, CONFIG_MAX_BYTES);
  } catch {
    return { config: {}, warning: msg('config.unreadable', { file }) };
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    const config: Config = {};
    for (const key of CONFIG_KEYS) {
      const v = (parsed as Record<string, unknown>)[key];
      if (typeof v === 'string' && v.length > 0 && v.length <= 80) config[key] = v;
    }
    return { config };
  } catch {
    return { config: {}, warning: msg('config.unreadable', { file }) };
  }
}

/** Writes the settings (every byte, then renamed into place), the folder made 0700 and the file 0600. */
export function writeConfig(env: Env, config: Config): string {
  const folder = configFolder(env);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // A folder made by someone else, or before, is tightened: it says where a person lives.
  if ((statSync(folder).mode & 0o077) !== 0) chmodSync(folder, 0o700);
  const file = join(folder, 'config.json');
  saveFileAtomic(file, `${JSON.stringify(config, null, 2)}\n`, { overwrite: true });
  return file;
}
