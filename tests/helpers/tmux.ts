// A real terminal for end-to-end tests: a detached tmux session of a fixed size on its own socket.
// Tests send keys and poll the screen until the text they expect appears, never sleeping blindly.
// Commands are typed as a person types them (`talkcoach run example.yaml`, through a launcher on
// the session's PATH), so no screen shows, or wraps inside, the path of the checkout or of /tmp.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, NODE, ROOT } from './cli.js';
import { afterEach, beforeAll } from 'vitest';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

let launcher: string | undefined;
/** A folder holding `talkcoach`, which runs the built binary under test (on TALKCOACH_TEST_NODE's Node). */
function launcherFolder(): string {
  if (launcher) return launcher;
  launcher = mkdtempSync(join(tmpdir(), 'talkcoach-bin-'));
  writeFileSync(join(launcher, 'talkcoach'), `#!/bin/sh\nexec ${quote(NODE)} ${quote(BIN)} "$@"\n`, { mode: 0o755 });
  return launcher;
}

/** The command line typed for `talkcoach ...args`, each argument quoted for the shell. */
export const talkcoach = (...args: string[]): string => ['talkcoach', ...args.map(quote)].join(' ');

/** A screen a test checks, printed when TALKCOACH_CAPTURES=1 is set; returned as it is. */
export const show = (title: string, screen: string): string => {
  if (process.env.TALKCOACH_CAPTURES) process.stdout.write(`\n--- ${title}\n${screen}`);
  return screen;
};

/** `talkcoach run partner` typed, then "no danger" chosen and the partner named: the question after
 * the name (whether the user is ever afraid of them) is next. */
export async function partnerNamed(t: Tmux, name = 'Sam'): Promise<void> {
  t.type(`${talkcoach('run', 'partner')}; echo "exit=$?"`);
  t.keys('Enter');
  await t.waitForVisible('❯ 1. No, not that I know of');
  t.keys('Enter');
  await t.waitForVisible('What do you call your partner?');
  t.type(name);
  t.keys('Enter');
}

/** A new working folder holding example.yaml and its shared module (shared/basics.yaml), from
 * tests/fixtures: commands name it `example.yaml`, a path as short in every checkout. */
export function exampleFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'talkcoach-tmux-'));
  mkdirSync(join(dir, 'shared'));
  copyFileSync(join(ROOT, 'tests/fixtures/example.yaml'), join(dir, 'example.yaml'));
  copyFileSync(join(ROOT, 'tests/fixtures/shared/basics.yaml'), join(dir, 'shared', 'basics.yaml'));
  return dir;
}

function tmuxMissing(): string | undefined {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return r.status === 0
    ? undefined
    : 'tmux is not installed, and the terminal tests need it: ' +
        'install it (apt-get install tmux; .ci/run does this) and run again';
}

/** A capture with the blank lines at its end made one, and the spaces -J keeps at line ends removed. */
const joined = (text: string): string => text.replace(/ +$/gm, '').replace(/\n+$/, '\n');

/** The environment without what npm sets for the scripts it runs (npm test, npx vitest): a person
 * typing `talkcoach` at a shell has none of it, and the coach words crisis help by it. */
const withoutNpm = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(env).filter(([k]) => !/^npm_/i.test(k)));

let sessions = 0;

export class Tmux {
  readonly socket = `talkcoach-test-${process.pid}-${++sessions}`;

  constructor({
    columns,
    rows = 30,
    cwd,
    env = {},
  }: {
    columns: number;
    rows?: number;
    cwd: string;
    env?: Record<string, string>;
  }) {
    const base: Record<string, string> = {
      PATH: `${launcherFolder()}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: process.env.HOME ?? '/tmp',
      TERM: 'xterm-256color',
      LANG: 'en_GB.UTF-8',
      PS1: 'shell$ ',
      ...env,
    };
    // -f /dev/null: no user configuration; a wide history so a whole session can be read back.
    this.tmux(
      [
        '-f',
        '/dev/null',
        'new-session',
        '-d',
        '-x',
        String(columns),
        '-y',
        String(rows),
        '-s',
        'main',
        '-c',
        cwd,
        'env',
        ...Object.entries(base).map(([k, v]) => `${k}=${v}`),
        'bash',
        '--norc',
        '--noprofile',
      ],
      base,
    );
    this.tmux(['set-option', '-t', 'main', 'history-limit', '10000']);
    this.socketPath = this.tmux(['display-message', '-p', '#{socket_path}']).trim();
  }

  private readonly socketPath: string;

  private tmux(args: string[], env: Record<string, string> = {}): string {
    const r = spawnSync('tmux', ['-u', '-L', this.socket, ...args], {
      encoding: 'utf8',
      env: { ...withoutNpm(process.env), ...env },
    });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  }

  /** Keys by tmux name: Enter, Escape, Down, Space, C-c, C-d. */
  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', 'main', ...keys]);
  }

  /** Text typed as is. */
  type(text: string): void {
    this.tmux(['send-keys', '-t', 'main', '-l', text]);
  }

  /** The whole pane with its history; `escapes` keeps colours and attributes. */
  capture({ escapes = false } = {}): string {
    return joined(
      this.tmux(['capture-pane', '-p', '-J', '-t', 'main', '-S', '-', '-E', '-', ...(escapes ? ['-e'] : [])]),
    );
  }

  /** Only what is on the screen now (no history), as a person sees it, with lines the terminal
   * wrapped joined again: a line drawn wider than the terminal shows as one line, too long. */
  visible(): string {
    return joined(this.tmux(['capture-pane', '-p', '-J', '-t', 'main']));
  }

  /** Polls the visible screen (no history) until `expected` appears. */
  async waitForVisible(expected: string | RegExp, ms = 10_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const screen = this.visible();
      if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${String(expected)}; the screen was:\n${screen}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Resizes the terminal, as a person dragging the window's edge does, and waits until the terminal
   * device has the new size (tmux may apply it later): from then on the program has been sent
   * SIGWINCH. Polled through `stty -F` on the pane's device. */
  async resize(columns: number, rows: number): Promise<void> {
    this.tmux(['resize-window', '-t', 'main', '-x', String(columns), '-y', String(rows)]);
    const device = this.tmux(['display-message', '-p', '-t', 'main', '#{pane_tty}']).trim();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const size = spawnSync('stty', ['-F', device, 'size'], { encoding: 'utf8' }).stdout.trim();
      if (size === `${rows} ${columns}`) return;
      if (Date.now() > deadline) throw new Error(`${device} is still ${size}, not ${rows} ${columns}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  cursorVisible(): boolean {
    return this.tmux(['display-message', '-p', '-t', 'main', '#{cursor_flag}']).trim() === '1';
  }

  /** Polls the screen until `expected` appears; fails with the screen after the deadline. */
  async waitFor(expected: string | RegExp, ms = 10_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const screen = this.capture();
      if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${String(expected)}; the screen was:\n${screen}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Ends the session and removes its socket, which tmux leaves behind. */
  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
    if (this.socketPath) rmSync(this.socketPath, { force: true });
  }
}

/**
 * The terminals of one test file: each opened by the function this returns, all killed after each
 * test. Every test fails at once, saying how to install tmux, when it is missing.
 */
export function tmuxTerminals(): (options: ConstructorParameters<typeof Tmux>[0]) => Tmux {
  const open: Tmux[] = [];
  beforeAll(() => {
    const missing = tmuxMissing();
    if (missing) throw new Error(missing);
  });
  afterEach(() => {
    for (const t of open.splice(0)) t.kill();
  });
  return (options) => {
    const t = new Tmux(options);
    open.push(t);
    return t;
  };
}
