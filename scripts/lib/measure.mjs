// Timing helpers for scripts/bench.mjs: one run of a command, alternating comparisons with medians,
// and the time until a command on a pseudo-terminal shows some text.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync } from 'node:fs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The helpers, for commands run with `env`, `RUNS` times each. */
export function measures(env, RUNS) {
  /** Runs a command once; `options` may be a function, for a fresh descriptor each run. */
  function time(cmd, args, options = {}) {
    const opts = typeof options === 'function' ? options() : options;
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, stdio: ['pipe', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (typeof opts.stdio?.[0] === 'number') closeSync(opts.stdio[0]);
    return { ms, r };
  }

  /** Runs `command` on a terminal of its own (script(1)) until `text` is on its output; then stops it. */
  function untilShown(command, text) {
    const terminalEnv = { ...env, SHELL: '/bin/sh', TERM: 'xterm-256color' };
    return new Promise((resolve, reject) => {
      const t = process.hrtime.bigint();
      const child = spawn('script', ['-qfec', command, '/dev/null'], { env: terminalEnv, detached: true });
      let out = '';
      let settled = false;
      const settle = (error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        if (error) reject(error);
        else resolve(Number(process.hrtime.bigint() - t) / 1e6);
      };
      const timer = setTimeout(() => settle(new Error(`bench: "${text}" not shown in 15 s:\n${out}`)), 15_000);
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes(text)) settle();
      });
      child.on('exit', () => settle(out.includes(text) ? undefined : new Error(`bench: no "${text}" shown:\n${out}`)));
    });
  }

  /** compare() for measures taken asynchronously: alternates, after three warm-ups of each; medians. */
  async function compareAsync(base, subject) {
    for (let i = 0; i < 3; i++) {
      await base();
      await subject();
    }
    const a = [];
    const b = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(await base());
      b.push(await subject());
    }
    return { base: median(a), subject: median(b), ratio: median(b) / median(a) };
  }

  /** Alternates `base` and `subject`, RUNS times each after three warm-ups of each (the first runs
   * after a build are slow: files just written, caches cold); medians. */
  function compare(base, subject, check) {
    for (let i = 0; i < 3; i++) {
      time(...base);
      check(time(...subject).r);
    }
    const a = [];
    const b = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(time(...base).ms);
      const s = time(...subject);
      check(s.r);
      b.push(s.ms);
    }
    return { base: median(a), subject: median(b), ratio: median(b) / median(a) };
  }

  return { time, compare, compareAsync, untilShown };
}
