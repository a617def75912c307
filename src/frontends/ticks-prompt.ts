// A tick list whose last entries are actions, not answers: "← Back" and crisis help. Space ticks only
// the options; Enter on an option answers with the ticks, Enter on an action does it (with the ticks
// kept, for coming back). @inquirer/checkbox would tick the actions too, and lose the ticks on Back.
// Like the one-choice list (list-prompt.ts), it draws only the page on screen.
import {
  createPrompt,
  isEnterKey,
  isNumberKey,
  isSpaceKey,
  makeTheme,
  Separator,
  useKeypress,
  useMemo,
  usePrefix,
  useRef,
  useState,
  type Theme,
} from '@inquirer/core';
import { moveCursor, stopsOf } from './list-cursor.js';
import { listFrame } from './list-window.js';

export interface Tick {
  value: string;
  name: string;
  description?: string;
  checked?: boolean;
  /** An action: Enter does it, Space does not tick it. */
  action?: boolean;
}

interface TicksTheme {
  icon: { checked: string; unchecked: string; cursor: string };
  style: { description: (text: string) => string; keysHelpTip: (keys: [string, string][]) => string | undefined };
}

const DEFAULT_THEME: TicksTheme = {
  icon: { checked: '◉', unchecked: '◯', cursor: '❯' },
  style: { description: (t) => t, keysHelpTip: () => undefined },
};

export interface TicksConfig {
  message: string;
  choices: readonly (Tick | Separator)[];
  pageSize?: number;
  /** Columns to wrap a long name to. */
  width?: number;
  theme?: Partial<Theme<TicksTheme>>;
  /** Entries at the end always shown under the page (list-window.ts). */
  pinned?: number;
  /** Accepted for the same config as @inquirer/checkbox; a tick list has no shortcuts. */
  shortcuts?: unknown;
}

const isTick = (i: Tick | Separator): i is Tick => !Separator.isSeparator(i);

/**
 * Resolves to the ticked options' values; Enter on an action gives the action's value first, then
 * the ticked ones (so the question can keep them).
 */
export const ticks = createPrompt<string[], TicksConfig>((config, done) => {
  const theme = makeTheme<TicksTheme>(DEFAULT_THEME, config.theme);
  const size = config.pageSize ?? 7;
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const items = config.choices;
  const stops = useMemo(() => stopsOf(items, isTick), [items]);
  const [checked, setChecked] = useState<ReadonlySet<number>>(
    () => new Set(stops.filter((i) => (items[i] as Tick).checked === true)),
  );
  const [active, setActive] = useState(stops[0] ?? 0);
  const top = useRef(0);
  const option = (at: number): Tick | undefined => {
    const item = items[at];
    return item && isTick(item) && !item.action ? item : undefined;
  };
  const ticked = () => stops.filter((i) => checked.has(i)).map((i) => (items[i] as Tick).value);
  const toggle = (at: number) => {
    if (!option(at)) return;
    const next = new Set(checked);
    if (!next.delete(at)) next.add(at);
    setChecked(next);
  };

  useKeypress((key) => {
    const current = items[active];
    const moved = moveCursor(key, active, stops, size - 1);
    if (isEnterKey(key)) {
      setStatus('done');
      done(current && isTick(current) && current.action ? [current.value, ...ticked()] : ticked());
    } else if (moved !== undefined) {
      setActive(moved);
    } else if (isSpaceKey(key)) {
      toggle(active);
    } else if (isNumberKey(key)) {
      // The n-th entry: an option is ticked, an action only gets the cursor (Enter does it).
      const at = stops[Number(key.name) - 1];
      if (at !== undefined) {
        setActive(at);
        toggle(at);
      }
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message].filter(Boolean).join(' ');
  return listFrame<Tick>([prefix, message].filter(Boolean).join(' '), {
    items,
    isEntry: isTick,
    active,
    top,
    size,
    width: config.width ?? 80,
    lead: (item, i, here) => {
      const box = item.action ? ' ' : checked.has(i) ? theme.icon.checked : theme.icon.unchecked;
      return `${here ? theme.icon.cursor : ' '}${box} `;
    },
    highlight: (row) => theme.style.highlight(row),
    description: (text) => theme.style.description(text),
    keys: theme.style.keysHelpTip([]) ?? '',
    ...(config.pinned !== undefined ? { pinned: config.pinned } : {}),
  });
});
