// A tick list whose last entries are actions, not answers: "← Back" and crisis help. Space ticks only
// the options; Enter on an option answers with the ticks, Enter on an action does it (with the ticks
// kept, for coming back). @inquirer/checkbox would tick the actions too, and lose the ticks on Back.
import {
  createPrompt,
  isDownKey,
  isEnterKey,
  isNumberKey,
  isSpaceKey,
  isUpKey,
  makeTheme,
  Separator,
  useKeypress,
  usePagination,
  usePrefix,
  useState,
  type Theme,
} from '@inquirer/core';

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
  loop?: boolean;
  theme?: Partial<Theme<TicksTheme>>;
  /** Accepted for the same config as @inquirer/checkbox; a tick list has no shortcuts. */
  shortcuts?: unknown;
}

// Shown again by inquirer when the prompt is done.
const HIDE_CURSOR = '\u001B[?25l';

const isTick = (i: Tick | Separator): i is Tick => !Separator.isSeparator(i);

/**
 * Resolves to the ticked options' values; Enter on an action gives the action's value first, then
 * the ticked ones (so the question can keep them).
 */
export const ticks = createPrompt<string[], TicksConfig>((config, done) => {
  const theme = makeTheme<TicksTheme>(DEFAULT_THEME, config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const [items, setItems] = useState<readonly (Tick | Separator)[]>(config.choices);
  const [active, setActive] = useState(Math.max(0, items.findIndex(isTick)));
  const ticked = () => items.filter((i): i is Tick => isTick(i) && !i.action && i.checked === true).map((i) => i.value);
  const toggle = (at: number) =>
    setItems(items.map((i, n) => (n === at && isTick(i) && !i.action ? { ...i, checked: !i.checked } : i)));

  useKeypress((key) => {
    const current = items[active];
    if (isEnterKey(key)) {
      setStatus('done');
      done(current && isTick(current) && current.action ? [current.value, ...ticked()] : ticked());
    } else if (isUpKey(key) || isDownKey(key)) {
      const step = isUpKey(key) ? -1 : 1;
      let next = active + step;
      while (next >= 0 && next < items.length && !isTick(items[next]!)) next += step;
      if (next >= 0 && next < items.length) setActive(next);
    } else if (isSpaceKey(key)) {
      toggle(active);
    } else if (isNumberKey(key)) {
      // The n-th entry: an option is ticked, an action only gets the cursor (Enter does it).
      const at = items.findIndex((i) => isTick(i) && items.filter(isTick).indexOf(i) === Number(key.name) - 1);
      if (at >= 0) {
        setActive(at);
        toggle(at);
      }
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message].filter(Boolean).join(' ');
  let description: string | undefined;
  const page = usePagination({
    items,
    active,
    pageSize: config.pageSize ?? 7,
    loop: config.loop ?? false,
    renderItem({ item, isActive }) {
      if (!isTick(item)) return ` ${item.separator}`;
      if (isActive) description = item.description;
      const box = item.action ? ' ' : item.checked ? theme.icon.checked : theme.icon.unchecked;
      const line = `${isActive ? theme.icon.cursor : ' '}${box} ${item.name}`;
      return isActive ? theme.style.highlight(line) : line;
    },
  });
  const help = theme.style.keysHelpTip([]);
  return [
    [prefix, message].filter(Boolean).join(' '),
    page,
    ' ',
    description ? theme.style.description(description) : '',
    help ?? '',
  ]
    .filter(Boolean)
    .join('\n')
    .trimEnd()
    .concat(HIDE_CURSOR);
});
