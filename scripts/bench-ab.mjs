// Measures one start-up change alone: two or more commands (a build before and after the change,
// usually) run in turn with bare `node -e 0`, round after round, so a busy machine slows them alike;
// prints each one's median and its ratio to `node -e 0`'s. How the figures in CONTRIBUTING.md
// ("Speed") were taken.
//   node scripts/bench-ab.mjs [--runs 31] [--input FILE [--from-file]] [--node PATH] [--cpu] \
//     'before=/tmp/a/bin/talkcoach.js run denial --json' 'after=/tmp/b/bin/talkcoach.js run denial --json'
// Each command is `label=arguments to node`, split at spaces; --input is given to each run's standard
// input through a pipe (to every command, `node -e 0` included), or as the file with --from-file.
// A run that fails stops the script.
// --cpu runs each under `perf stat` and shows the CPU time it used too (all its threads): on a machine
// busy with other work, a steadier figure for comparing two builds than the time on the clock.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { median } from './lib/measure.mjs';
import { takeOption } from './lib/take-option.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const runs = Number(option('--runs', '31'));
const inputFile = option('--input', undefined);
const node = option('--node', process.execPath);
const cpu = args.includes('--cpu');
if (cpu) args.splice(args.indexOf('--cpu'), 1);
const input = inputFile === undefined ? '' : readFileSync(inputFile);
// --from-file: standard input is the file itself (`< FILE`), not a pipe.
const fromFile = args.includes('--from-file');
if (fromFile) args.splice(args.indexOf('--from-file'), 1);
const commands = [
  { label: 'node -e 0', argv: ['-e', '0'] },
  ...args.map((a) => {
    const at = a.indexOf('=');
    return {
      label: a.slice(0, at),
      argv: a
        .slice(at + 1)
        .split(' ')
        .filter(Boolean),
    };
  }),
];
const env = { ...process.env, LANG: 'C' };
for (const k of ['LC_ALL', 'NO_COLOR', 'FORCE_COLOR', 'TALKCOACH_SCENARIOS']) delete env[k];

const perf = ['stat', '-x,', '-e', 'task-clock', '--log-fd', '3', '--', node];
function once({ argv, label }) {
  const stdin = fromFile && inputFile !== undefined ? openSync(inputFile, 'r') : 'pipe';
  const t = process.hrtime.bigint();
  const r = cpu
    ? spawnSync('perf', [...perf, ...argv], { env, input, stdio: [stdin, 'pipe', 'pipe', 'pipe'] })
    : spawnSync(node, argv, { env, input, stdio: [stdin, 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (typeof stdin === 'number') closeSync(stdin);
  if (r.status !== 0) throw new Error(`bench-ab: ${label} failed (${r.status ?? r.signal}): ${r.stderr}`);
  const cpuMs = cpu ? Number(/^([\d.]+),msec,task-clock/m.exec(String(r.output[3]))?.[1]) : NaN;
  return { ms, cpuMs };
}

const times = commands.map(() => []);
const cpuTimes = commands.map(() => []);
for (let round = -3; round < runs; round++)
  commands.forEach((c, i) => {
    const { ms, cpuMs } = once(c);
    if (round >= 0) times[i].push(ms);
    if (round >= 0) cpuTimes[i].push(cpuMs);
  });
const base = median(times[0]);
const cpuBase = median(cpuTimes[0]);
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
process.stdout.write(`${runs} rounds on node ${version}, load average ${load}\n`);
commands.forEach((c, i) => {
  const m = median(times[i]);
  const c2 = median(cpuTimes[i]);
  const onCpu = cpu ? `   cpu ${c2.toFixed(1).padStart(7)} ms  ${(c2 / cpuBase).toFixed(2)}x` : '';
  process.stdout.write(`${c.label.padEnd(16)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}x${onCpu}\n`);
});
