// A yes-or-no question that waits for an explicit answer: y or n, then Enter. Enter alone answers
// only where a default is said in words on screen ("n or ⏎ no"); elsewhere it says how to answer,
// so a stray Enter (a key held from the screen before) never answers for the person. Enter ends it,
// as at every other prompt, so keys typed after it wait for the next screen.
import { createPrompt, isEnterKey, makeTheme, useKeypress, usePrefix, useState, type Theme } from '@inquirer/core';

interface YesNoTheme {
  style: { hint: (text: string) => string; error: (text: string) => string };
}

const DEFAULT_THEME: YesNoTheme = { style: { hint: (t) => t, error: (t) => t } };

export interface YesNoConfig {
  message: string;
  /** The words (any case) that answer yes and no: "y", "yes". */
  words: { yes: readonly string[]; no: readonly string[] };
  /** What to type, said after the question: "y yes · n no". */
  hint: string;
  /** Said when Enter comes with no answer typed (and no default). */
  nudge: string;
  /** What Enter alone answers; only when the hint says so plainly. */
  default?: boolean;
  theme?: Partial<Theme<YesNoTheme>>;
}

export const yesNo = createPrompt<boolean, YesNoConfig>((config, done) => {
  const theme = makeTheme<YesNoTheme>(DEFAULT_THEME, config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [nudged, setNudged] = useState(false);
  const [typed, setTyped] = useState('');
  const prefix = usePrefix({ status, theme });

  useKeypress((key, rl) => {
    if (!isEnterKey(key)) {
      setTyped(rl.line);
      return;
    }
    // Readline has emptied its line by the time Enter comes here: what was typed is in `typed`.
    const said = typed.trim().toLowerCase();
    const yes = config.words.yes.includes(said);
    const no = config.words.no.includes(said);
    if (yes || no || (said === '' && config.default !== undefined)) {
      setStatus('done');
      done(yes || (!no && config.default === true));
      return;
    }
    rl.clearLine(0);
    setTyped('');
    setNudged(true);
  });

  const message = theme.style.message(config.message, status);
  const head = [prefix, message].filter(Boolean).join(' ');
  if (status === 'done') return head;
  const line = `${head} ${theme.style.hint(`(${config.hint})`)} ${typed}`;
  return [line, nudged ? theme.style.error(config.nudge) : ''];
});
