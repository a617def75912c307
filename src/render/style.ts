// How the text renderer marks meaning. Plain by default; the interactive front end passes colours.
export interface Style {
  title: (s: string) => string;
  heading: (s: string) => string;
  say: (s: string) => string;
  avoid: (s: string) => string;
  safety: (s: string) => string;
  dim: (s: string) => string;
  /** Bullet and quote marks; --plain uses words only. */
  bullet: string;
  quote: (s: string) => string;
}

const same = (s: string) => s;

export const PLAIN_STYLE: Style = {
  title: same,
  heading: (s) => s.toUpperCase(),
  say: same,
  avoid: same,
  safety: same,
  dim: same,
  bullet: '•',
  quote: (s) => `“${s}”`,
};

/** For screen readers: no symbols, no decoration, one idea a line. */
export const SCREEN_READER_STYLE: Style = { ...PLAIN_STYLE, heading: same, bullet: '-', quote: (s) => `"${s}"` };
