// The pseudo-locale's words (qps-ploc): English made visibly foreign but still readable, so a word
// that escapes translation shows at once (it stays plain ASCII) and a layout that cannot take
// longer words shows too. Each line is bracketed and made about 30% longer; what a translator
// would leave alone is left alone: {placeholders}, escape sequences, flags, paths and addresses,
// upper-case names (TALKCOACH_LANG, GB), and `talkcoach` with the command word after it.

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀċďéƒĝĥîĵķļɱñöƥɋŕšţûṽŵẋýžÀƁĊĎÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** Pieces kept as they are: placeholders, escapes (ESC sequences, or written out as \x1B), flags,
 * addresses and paths, names in capitals, and a command line's first two words. */
const KEEP =
  // eslint-disable-next-line no-control-regex -- escape sequences are what is kept
  /(\{[a-zA-Z]\w*\}|\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\\x[0-9A-F]{2}|\\u[0-9A-F]{4}|https?:\/\/\S+|(?<![\w-])--?[a-z][\w-]*|[\w~$-]*[./~$=_][\w./~$=-]+|\b[A-Z][A-Z0-9_]+\b|\btalkcoach(?: [a-z]+)?)/;

const accent = (text: string): string =>
  text
    .split(KEEP)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c]!)))
    .join('');

const letters = (text: string): number => text.replace(/[^a-zA-Z]/g, '').length;

/** About 30% more, as short groups that a wrapping renderer can break between. */
const padding = (count: number): string => {
  const dots = '·'.repeat(Math.ceil(count * 0.3));
  return dots ? ` ${dots.match(/.{1,6}/gu)!.join(' ')}` : '';
};

/** One line in the pseudo-locale: accented, longer, in brackets (its indentation outside them). */
function line(text: string): string {
  const count = letters(text.replace(new RegExp(KEEP.source, 'g'), ''));
  if (count === 0) return text;
  const [, indent = '', body = '', trailing = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
  return `${indent}[${accent(body)}${padding(count)}]${trailing}`;
}

/** Text in the pseudo-locale, line by line. */
export const pseudo = (text: string): string => text.split('\n').map(line).join('\n');

/** A word a person types (yes, back): accented only, so it can still be typed as one word. */
export const pseudoWord = accent;
