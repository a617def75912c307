// Whether the interactive coach uses colour, and how much: one pure decision from the flags,
// the environment and the terminal, so every rule can be tested in a table.

/** 0 none, 1 the 16 basic colours, 2 256 colours, 3 true colour (chalk's levels). */
export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInputs {
  env: Readonly<Record<string, string | undefined>>;
  /** Whether the output is a terminal. */
  isTTY: boolean;
  /** --no-color */
  noColor?: boolean;
  /** --plain: for screen readers, never colour. */
  plain?: boolean;
}

/**
 * Flags first (the person asked on this very command line), then NO_COLOR (no-color.org: any
 * non-empty value), then FORCE_COLOR (force-color.org: a non-empty value forces colour, even into a
 * pipe or on TERM=dumb; "0" or "false" turns it off), then the terminal itself.
 */
export function colorLevel({ env, isTTY, noColor = false, plain = false }: ColorInputs): ColorLevel {
  if (plain || noColor) return 0;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force) {
    if (force === '0' || force.toLowerCase() === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as ColorLevel;
    return 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return 3;
  if (/256/.test(env.TERM ?? '')) return 2;
  return 1;
}
