// A list to pick one entry from, as @inquirer/select does it (numbers, typing to jump, the entry's
// description under the list), but drawing only the page on screen: a key in a list of 10,000 costs
// what it does in a list of 10. Also Page Up, Page Down, Home and End.
import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  isNumberKey,
  makeTheme,
  Separator,
  useEffect,
  useKeypress,
  useMemo,
  usePrefix,
  useRef,
  useState,
  type Theme,
} from '@inquirer/core';
import { stripVTControlCharacters } from 'node:util';
import { moveCursor, stopAt, stopsOf } from './list-cursor.js';
import { listFrame } from './list-window.js';

export interface Entry {
  value: string;
  name: string;
  description?: string;
}

interface ListTheme {
  icon: { cursor: string };
  style: { description: (text: string) => string; keysHelpTip: (keys: [string, string][]) => string | undefined };
  indexMode: 'number' | 'hidden';
}

const DEFAULT_THEME: ListTheme = {
  icon: { cursor: '❯' },
  style: { description: (t) => t, keysHelpTip: () => undefined },
  indexMode: 'hidden',
};

export interface ListConfig {
  message: string;
  choices: readonly (Entry | Separator)[];
  /** The value the cursor starts on. */
  default?: string;
  /** Rows of entries on screen. */
  pageSize?: number;
  /** Columns to wrap a long name to. */
  width?: number;
  /** Entries at the end always shown under the page (list-window.ts). */
  pinned?: number;
  /** false: descriptions are not shown (no room). */
  descriptions?: boolean;
  theme?: Partial<Theme<ListTheme>>;
}

/** Digits and letters typed within this time add up ("1", "2" is the twelfth entry). */
const TYPING_PAUSE_MS = 700;

const isEntry = (i: unknown): i is Entry => !Separator.isSeparator(i);

/** The letters and digits of a name's words, lower case: "My friend needs help" → my, friend, needs, help. */
const wordsOf = (name: string): string[] => name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The entry that typed letters point to: one whose name starts with them, else one with a word that
 * does ("fr": "My friend…"), else one whose words' first letters do ("mf": "My friend…"). -1: none.
 */
export function typedMatch(names: readonly string[], typed: string, can: (i: number) => boolean): number {
  const wanted = typed.toLowerCase();
  const tests: ((name: string) => boolean)[] = [
    (n) => n.startsWith(wanted),
    (n) => wordsOf(n).some((w) => w.startsWith(wanted)),
    (n) =>
      wordsOf(n)
        .map((w) => w[0])
        .join('')
        .startsWith(wanted),
  ];
  for (const test of tests) {
    const at = names.findIndex((name, i) => can(i) && test(name));
    if (at >= 0) return at;
  }
  return -1;
}

export const list = createPrompt<string, ListConfig>((config, done) => {
  const theme = makeTheme<ListTheme>(DEFAULT_THEME, config.theme);
  const size = config.pageSize ?? 7;
  const width = config.width ?? 80;
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const items = config.choices;
  const stops = useMemo(() => stopsOf(items, isEntry), [items]);
  // For typing to jump: each entry's name as typed (no colour), lower case, worked out once.
  const typed = useMemo(
    () => items.map((i) => (isEntry(i) ? stripVTControlCharacters(i.name).toLowerCase() : '')),
    [items],
  );
  const start = items.findIndex((i) => isEntry(i) && i.value === config.default);
  const [active, setActive] = useState(start >= 0 ? start : (stops[0] ?? 0));
  const top = useRef(0);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(typing.current), []);

  useKeypress((key, rl) => {
    clearTimeout(typing.current);
    const forget = () => (typing.current = setTimeout(() => rl.clearLine(0), TYPING_PAUSE_MS));
    const moved = moveCursor(key, active, stops, size - 1);
    if (isEnterKey(key)) {
      const chosen = items[active];
      if (!chosen || !isEntry(chosen)) return;
      setStatus('done');
      done(chosen.value);
    } else if (moved !== undefined) {
      rl.clearLine(0);
      setActive(moved);
    } else if (isNumberKey(key) && /^\d+$/.test(rl.line)) {
      const at = stops[Number(rl.line) - 1];
      if (at !== undefined) setActive(at);
      forget();
    } else if (isBackspaceKey(key)) {
      rl.clearLine(0);
    } else if (rl.line !== '') {
      const at = typedMatch(typed, rl.line, (i) => isEntry(items[i]));
      if (at >= 0) setActive(at);
      forget();
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message].filter(Boolean).join(' ');
  const numbered = theme.indexMode === 'number';
  return listFrame([prefix, message].filter(Boolean).join(' '), {
    items,
    isEntry,
    active,
    top,
    size,
    width,
    lead: (_, i, here) => `${here ? theme.icon.cursor : ' '} ${numbered ? `${stopAt(stops, i) + 1}. ` : ''}`,
    highlight: (row) => theme.style.highlight(row),
    description: (text) => theme.style.description(text),
    keys: theme.style.keysHelpTip([]) ?? '',
    ...(config.pinned !== undefined ? { pinned: config.pinned } : {}),
    ...(config.descriptions !== undefined ? { descriptions: config.descriptions } : {}),
  });
});
