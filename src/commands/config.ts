// `talkcoach config set|get|unset|list`: kept settings (issue 26): the region and the language, so a
// person who gives them once need not type them again in a hard moment. `--region` and
// TALKCOACH_REGION still win over the kept region, `--lang` and TALKCOACH_LANG over the kept language.
import { TalkcoachError } from '../errors.js';
import { CONFIG_KEYS, readConfig, writeConfig, type ConfigKey } from '../io/config-file.js';
import { inert, msg } from '../messages/index.js';
import { LANGUAGE_CODES } from '../messages/languages.js';
import { KNOWN_REGIONS, normaliseRegion } from '../safety/crisis.js';
import { knownLanguage } from './language.js';
import type { Io } from '../io/types.js';
import { echoed } from './parser.js';
import { note } from './note.js';

const ACTIONS = ['set', 'get', 'unset', 'list'] as const;
type Action = (typeof ACTIONS)[number];
/** How many words after the action each one takes: the key, and for set its value. */
const WORDS: Record<Action, number> = { set: 2, get: 1, unset: 1, list: 0 };

const usage = (id: Parameters<typeof msg>[0], params?: Parameters<typeof msg>[1]) =>
  new TalkcoachError('usage', msg(id, params));

function keyOf(word: string | undefined): ConfigKey {
  const key = (word ?? '').toLowerCase();
  if (!(CONFIG_KEYS as readonly string[]).includes(key))
    throw usage('config.badKey', { key: inert(echoed(word ?? '')), keys: CONFIG_KEYS.join(', ') });
  return key as ConfigKey;
}

export function configCommand(action: string, words: string[], io: Io): void {
  const a = action.toLowerCase() as Action;
  if (!ACTIONS.includes(a)) throw usage('config.badAction', { action: inert(echoed(action)) });
  if (a === 'set' && words.length === 1) {
    const key = keyOf(words[0]);
    throw key === 'lang' ? usage('config.needsLang') : usage('config.needsValue', { key });
  }
  const count = (n: number) => (n === 0 ? msg('config.noWords') : msg('config.words', { count: n }));
  if (words.length !== WORDS[a])
    throw usage('config.extra', { action: a, want: count(WORDS[a]), given: count(words.length) });
  const read = readConfig(io.env);
  if (read.warning) io.stderr.write(`${read.warning}\n`);
  const config = { ...read.config };
  if (a === 'list') {
    const set = CONFIG_KEYS.filter((k) => config[k] !== undefined);
    if (set.length === 0) io.stderr.write(`${msg('config.none')}\n`);
    for (const k of set) io.stdout.write(`${k}=${inert(config[k]!)}\n`);
    return;
  }
  const key = keyOf(words[0]);
  if (a === 'get') {
    if (config[key] !== undefined) io.stdout.write(`${inert(config[key])}\n`);
    return;
  }
  if (a === 'unset') {
    if (config[key] === undefined) {
      io.stderr.write(`${msg('config.unsetNone', { key })}\n`);
      return;
    }
    delete config[key];
    const file = writeConfig(io.env, config);
    note(io, msg('config.unset', { key, file }));
    return;
  }
  const value = valueFor(key, words[1]!);
  config[key] = value;
  const file = writeConfig(io.env, config);
  note(io, msg('config.set', { key, value, file }));
}

/** The value kept for a key, as its option takes it (GB, es), or a usage error naming the known ones. */
function valueFor(key: ConfigKey, given: string): string {
  const value = key === 'lang' ? knownLanguage(given) : normaliseRegion(given);
  if (value) return value;
  const shown = inert(echoed(given));
  throw key === 'lang'
    ? usage('config.badLang', { value: shown, known: LANGUAGE_CODES.join(', ') })
    : usage('config.badRegion', { value: shown, known: KNOWN_REGIONS.join(' ') });
}
