// Which language talkcoach speaks: --lang, else TALKCOACH_LANG, else the one kept by `talkcoach
// config set lang`, else the locale (LC_ALL, LC_MESSAGES, LANG, the first one set), else English.
// The kept one comes before the locale: a person who set it chose it, on a machine whose locale
// someone else may have chosen. Independent of --region: a person may read Spanish and
// need the crisis lines of Germany. Chosen once, before any command speaks (src/cli.ts, boot.ts).
import { LANGUAGE_CODES, localeOf } from '../messages/languages.js';

export interface LanguageChoice {
  /** The language spoken: always one talkcoach has. */
  code: string;
  /** A language asked for by --lang or TALKCOACH_LANG that talkcoach does not have (English is
   * spoken, and one line says so). A locale naming one is no request: it falls back quietly. */
  missing?: { given: string; from: '--lang' | 'TALKCOACH_LANG' | 'talkcoach config' };
}

/** The value of --lang on the command line (the last one, as commander takes it), before any `--`. */
function langFlag(args: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const a = args[i]!;
    if (a === '--lang' && i + 1 < args.length) value = args[++i];
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
  }
  return value;
}

/** A language code in any spelling (es, es_ES.UTF-8, ES-mx, qps-ploc) as one talkcoach has, if it has it. */
export function knownLanguage(given: string): string | undefined {
  const tag = given
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-')
    .toLowerCase();
  if (tag === 'c' || tag === 'posix') return 'en';
  return LANGUAGE_CODES.find((c) => c === tag) ?? LANGUAGE_CODES.find((c) => c === tag.split('-')[0]);
}

/** `kept`: the language kept by `talkcoach config set lang`, read only when neither --lang nor
 * TALKCOACH_LANG is given. */
export function chooseLanguage(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  kept: () => string | undefined = () => undefined,
): LanguageChoice {
  const flag = langFlag(args);
  const fromEnv = env.TALKCOACH_LANG || undefined;
  const asked = flag ?? fromEnv ?? kept();
  if (asked !== undefined) {
    const code = knownLanguage(asked);
    const from = flag !== undefined ? '--lang' : fromEnv !== undefined ? 'TALKCOACH_LANG' : 'talkcoach config';
    return code ? { code } : { code: 'en', missing: { given: asked, from } };
  }
  const locale = localeOf(env);
  return { code: (locale && knownLanguage(locale)) || 'en' };
}
