// A real terminal for end-to-end tests: a detached tmux session of a fixed size on its own socket.
// Tests send keys and poll the screen until the text they expect appears, never sleeping blindly.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export function tmuxMissing(): string | undefined {
  const r = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
  return r.status === 0
    ? undefined
    : 'tmux is not installed, and the terminal tests need it: ' +
        'install it (apt-get install tmux; .ci/run does this) and run again';
}

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
      PATH: process.env.PATH ?? '/usr/bin:/bin',
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
      env: { ...process.env, ...env },
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
    return this.tmux(['capture-pane', '-p', '-t', 'main', '-S', '-', '-E', '-', ...(escapes ? ['-e'] : [])]).replace(
      /\n+$/,
      '\n',
    );
  }

  /** Only what is on the screen now (no history), as a person sees it. */
  visible(): string {
    return this.tmux(['capture-pane', '-p', '-t', 'main']).replace(/\n+$/, '\n');
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

  /** Resizes the terminal, as a person dragging the window's edge does. */
  resize(columns: number, rows: number): void {
    this.tmux(['resize-window', '-t', 'main', '-x', String(columns), '-y', String(rows)]);
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
