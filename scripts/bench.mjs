// The performance budgets, measured on the built package (npm run bench). Start-up is a ratio
// against bare `node -e 0`: the two commands alternate, each run many times, and medians are
// compared, so a busy machine slows both alike. Start-up is measured on the machine's Node (where
// the ratio budgets apply: they are set for Node 20) and on Node 24 (from npm, as the end-to-end
// tests fetch it; budget: a piped run under 100 ms). Prints a table, then each budget missed, by
// name; exits 1 if one is.
//   npm run bench                         (builds first if needed)
//   node scripts/bench.mjs --runs 31      (more runs for steadier medians; default 21)
//   node scripts/bench.mjs --quick        (skips the 100,000-node file, for a quick look)
//   node scripts/bench.mjs --no-node24    (the machine's Node only: no download)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleFile } from './lib/bundle-file.mjs';
import { measures, median } from './lib/measure.mjs';
import { nodeFor } from './lib/node-versions.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/talkcoach.js');
const NODE = process.execPath;
const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const RUNS = Math.max(10, argValue('--runs', 21));
const QUICK = process.argv.includes('--quick');
const work = mkdtempSync(join(tmpdir(), 'talkcoach-bench-'));
const env = { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '', FORCE_COLOR: '', TALKCOACH_SCENARIOS: '' };
for (const k of ['LC_ALL', 'NO_COLOR', 'FORCE_COLOR', 'TALKCOACH_SCENARIOS']) delete env[k];

const rows = [];
/** One line of the table: `node` is the Node it ran on ('' for in-process measures). */
const row = (name, measured, budget, pass, note = '', node = '') =>
  rows.push({ name, node, measured, budget, pass, note });
const log = (line) => process.stderr.write(`${line}\n`);
const { compare, compareAsync, untilShown } = measures(env, RUNS);
const ms = (x) => `${x.toFixed(1)} ms`;
/** Medians side by side: the command's, then node -e 0's. */
const medians = (c) => `${ms(c.subject)} vs ${ms(c.base)}`;

const ok = (what) => (r) => {
  if (r.status !== 0) throw new Error(`bench: ${what} failed (${r.status ?? r.signal}): ${r.stderr}`);
};
// The library, as built: to find the largest built-in scenario and good answers for it.
const lib = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
const builtins = lib.listScenarios().filter((e) => e.builtin);
const sized = [];
for (const e of builtins) {
  const s = await lib.loadScenario(e.id);
  sized.push({ id: e.id, scenario: s, size: Object.keys(s.nodes).length + Object.keys(s.points ?? {}).length });
}
sized.sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));
const largest = sized[0];
if (!largest) throw new Error('bench: there are no built-in scenarios to measure');
const crisis = lib.crisisFor('GB');
// Every session of the exhaustive walk, as piped answer lines (notes take none).
const sessions = lib.walk(largest.scenario, { crisis }).plans.map((p) => p.answers);
const line = (a) =>
  'choice' in a
    ? a.choice
    : 'choices' in a
      ? a.choices.join(',')
      : 'yes' in a
        ? a.yes
          ? 'yes'
          : 'no'
        : 'text' in a
          ? a.text
          : undefined;
const longest = sessions.reduce((x, y) => (y.length > x.length ? y : x));
const answers = `${longest
  .map(line)
  .filter((l) => l !== undefined)
  .join('\n')}\n`;

const CPU = cpus()[0]?.model ?? 'unknown CPU';
log(`bench: node ${process.version}, ${availableParallelism()} cores (${CPU}); ${RUNS} runs each`);
const count = (o) => Object.keys(o ?? {}).length;
log(
  `bench: largest built-in scenario: ${largest.id} (${count(largest.scenario.nodes)} nodes, ` +
    `${count(largest.scenario.points)} talking points); piped answers: ${longest.length}`,
);

// Start-up, on each Node: `node` runs the command, `ratioBudgets` says whether the ratio budgets
// apply (the machine's Node) or are only shown (Node 24, whose budget is the piped run's time).
const CHECKIN = 'checkin';
const checkinScenario = await lib.loadScenario(CHECKIN);
const checkinSessions = lib.walk(checkinScenario, { crisis }).plans.map((p) => p.answers);
const checkinAnswers = `${checkinSessions
  .reduce((x, y) => (y.length > x.length ? y : x))
  .map(line)
  .filter((l) => l !== undefined)
  .join('\n')}\n`;

async function startup(node, label, ratioBudgets) {
  const ratioRow = (name, c, budget) => {
    const pass = ratioBudgets ? c.ratio <= budget : null;
    row(name, medians(c), ratioBudgets ? `<= ${budget}x` : '(shown)', pass, `${c.ratio.toFixed(2)}x`, label);
  };
  const bare = [node, ['-e', '0']];

  // 1. --version
  ratioRow('talkcoach --version', compare(bare, [node, [BIN, '--version']], ok('--version')), 1.15);

  // 2. A complete piped run, JSON out: answers on standard input from a file (`< answers.txt`), shown,
  // and through a pipe (what scripts do), budgeted.
  const check = (r) => {
    ok(`run ${largest.id}`)(r);
    if (!JSON.parse(r.stdout).plan) throw new Error('bench: the piped run printed no plan');
  };
  const answersFile = join(work, 'answers.txt');
  writeFileSync(answersFile, answers);
  const fromFile = () => ({ stdio: [openSync(answersFile, 'r'), 'pipe', 'pipe'] });
  const run = [BIN, 'run', largest.id, '--format', 'json'];
  const file = compare([node, ['-e', '0'], fromFile], [node, run, fromFile], check);
  row(
    `piped run of ${largest.id}, --format json, < answers file`,
    medians(file),
    '(shown)',
    null,
    `${file.ratio.toFixed(2)}x`,
    label,
  );
  const pipe = compare([node, ['-e', '0'], { input: answers }], [node, run, { input: answers }], check);
  if (ratioBudgets) ratioRow(`piped run of ${largest.id}, answers through a pipe`, pipe, 1.5);
  else
    row(
      `piped run of ${largest.id}, answers through a pipe`,
      medians(pipe),
      '< 100 ms',
      pipe.subject < 100,
      `${pipe.ratio.toFixed(2)}x`,
      label,
    );

  // 3. Interactive: on a terminal (script(1) gives both commands one), timed from outside until the
  // first prompt's words are on the screen, then stopped. The baseline prints the same words.
  const PROMPT = 'Which is closest to your situation?';
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!hasScript) {
    row('interactive: time to the first prompt', 'not measured: script(1) is missing', '<= 1.7x', false, '', label);
  } else {
    const base = `${node} -e ${JSON.stringify(`console.log(${JSON.stringify(PROMPT)})`)}`;
    const c = await compareAsync(
      () => untilShown(base, PROMPT),
      () => untilShown(`${node} ${BIN}`, PROMPT),
    );
    ratioRow('interactive: time to the first prompt', c, 1.7);
  }

  // 4. practice --check of one line (the checker on a reply: the compiled practice files).
  const reply = { input: "I can't afford it, so there is no point\n" };
  const checked = (r) => {
    ok('practice --check')(r);
    if (!('verdict' in JSON.parse(r.stdout))) throw new Error('bench: practice --check printed no verdict');
  };
  ratioRow(
    'practice --check of one line',
    compare([node, ['-e', '0'], reply], [node, [BIN, 'practice', '--check'], reply], checked),
    1.5,
  );

  // 5. A piped check-in: its longest session's answers through a pipe, the plan as text.
  const checkin = { input: checkinAnswers };
  ratioRow(
    'piped checkin',
    compare([node, ['-e', '0'], checkin], [node, [BIN, 'checkin'], checkin], ok('checkin')),
    1.5,
  );

  // 6. Peak memory of the piped run: the largest resident set, recorded as each process exits.
  const out = join(work, 'rss.txt');
  const recorder = join(work, 'rss.mjs');
  writeFileSync(
    recorder,
    `import { appendFileSync } from 'node:fs';\n` +
      `process.on('exit', () => appendFileSync(${JSON.stringify(out)}, process.resourceUsage().maxRSS + '\\n'));\n`,
  );
  const rss = (args) => {
    rmSync(out, { force: true });
    const r = spawnSync(node, ['--import', pathToFileURL(recorder).href, ...args], {
      env,
      input: answers,
      encoding: 'utf8',
    });
    ok('memory run')(r);
    return Number(readFileSync(out, 'utf8').trim());
  };
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(rss(['-e', '0']));
    b.push(rss([BIN, 'run', largest.id, '--format', 'json']));
  }
  const mem = { base: median(a), subject: median(b), ratio: median(b) / median(a) };
  row(
    'peak memory of the piped run',
    `${(mem.subject / 1024).toFixed(1)} MiB vs ${(mem.base / 1024).toFixed(1)} MiB`,
    ratioBudgets ? '<= 1.3x' : '(shown)',
    ratioBudgets ? mem.ratio <= 1.3 : null,
    `${mem.ratio.toFixed(2)}x`,
    label,
  );
}

const machine = `node ${process.version}`;
log(`bench: start-up on ${machine} (load average ${loadavg()[0].toFixed(1)})`);
await startup(NODE, machine, true);
if (!process.argv.includes('--no-node24') && !process.version.startsWith('v24.')) {
  const n24 = nodeFor('24', (l) => log(`bench: ${l}`));
  log(`bench: start-up on node ${n24.version} (load average ${loadavg()[0].toFixed(1)})`);
  await startup(n24.node, `node ${n24.version}`, false);
}

// Scale: generated scenarios, each size loaded in a fresh process (after warming up on a small
// file), sizes taking turns; the parser's share and the rest are timed apart.
{
  const harness = join(work, 'load-timing.mjs');
  // The same yaml build as the package (see scripts/build.mjs).
  await bundleFile(join(ROOT, 'scripts/lib/load-timing.ts'), harness, {
    resolve: { alias: { yaml: join(ROOT, 'node_modules/yaml/browser/index.js') } },
  });
  const sizes = QUICK ? [1000, 10000] : [1000, 10000, 100000];
  const results = new Map(sizes.map((s) => [s, []]));
  // Five rounds, the biggest file in three of them (each takes a while): medians of each.
  for (let round = 0; round < 5; round++) {
    for (const size of sizes) {
      if (size >= 100000 && round >= 3) continue;
      const r = spawnSync(NODE, [harness, String(size)], { env, encoding: 'utf8', maxBuffer: 1 << 24 });
      ok(`loading ${size} nodes`)(r);
      results.get(size).push(JSON.parse(r.stdout));
      log(`bench: ${size} nodes, round ${round + 1}: ${JSON.stringify(results.get(size).at(-1).result)}`);
    }
  }
  const med = (size, key) => median(results.get(size).map((x) => x.result[key]));
  for (const size of sizes) {
    const bytes = results.get(size)[0].bytes;
    const share = med(size, 'after') / med(size, 'parse');
    row(
      `load ${size.toLocaleString('en')} nodes (${(bytes / 1024 / 1024).toFixed(1)} MiB): after parsing / parsing`,
      `${med(size, 'total').toFixed(0)} ms ` +
        `(parse ${med(size, 'parse').toFixed(0)}, after ${med(size, 'after').toFixed(0)})`,
      '<= 0.25',
      share <= 0.25,
      share.toFixed(2),
    );
  }
  const growth = (big, small) => med(big, 'total') / med(small, 'total');
  row('load time, 10,000 / 1,000 nodes', `${growth(10000, 1000).toFixed(1)}x`, '(not budgeted)', null);
  if (!QUICK)
    row(
      'load time, 100,000 / 10,000 nodes',
      `${growth(100000, 10000).toFixed(1)}x`,
      '<= 13x',
      growth(100000, 10000) <= 13,
    );
}

// The engine in-process: whole sessions (start, every answer, the plan) a second, on the largest
// built-in scenario, taking turns through every session of its walk.
{
  const play = (answers) => {
    let step = lib.start(largest.scenario, { crisis });
    for (const a of answers) step = lib.answer(largest.scenario, step.state, a);
    if (!step.done) throw new Error('bench: a walk session did not finish');
    return step.plan;
  };
  for (let i = 0; i < 2000; i++) play(sessions[i % sessions.length]);
  const rates = [];
  for (let round = 0; round < 5; round++) {
    let n = 0;
    const t = performance.now();
    while (performance.now() - t < 400) for (let k = 0; k < 50; k++) play(sessions[n++ % sessions.length]);
    rates.push(n / ((performance.now() - t) / 1000));
  }
  const rate = median(rates);
  row(
    `engine: whole sessions of ${largest.id} a second`,
    `${Math.round(rate).toLocaleString('en')} /s`,
    '>= 10,000 /s',
    rate >= 10000,
    `${sessions.length} different sessions`,
  );
}

// A key in a list of 10,000 options, in process (scripts/bench-keys.ts, which prints the whole table).
{
  const r = spawnSync(NODE, ['--import', 'tsx', join(ROOT, 'scripts/bench-keys.ts'), '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`bench: scripts/bench-keys.ts failed: ${r.stderr}`);
  const keys = JSON.parse(r.stdout);
  row(
    'a key in a list of 10,000 options',
    `${keys.ms.toFixed(2)} ms`,
    `< ${keys.budget} ms`,
    keys.ms < keys.budget,
    `@inquirer/select: ${keys.before.toFixed(1)} ms`,
  );
}

rmSync(work, { recursive: true, force: true });

const COLUMNS = ['name', 'node', 'measured', 'budget'];
const widths = COLUMNS.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
const pad = (s, w) => String(s).padEnd(w);
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
console.log(
  `talkcoach ${version}, ${availableParallelism()} cores, ${CPU}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${RUNS} alternating runs each, medians (the command's, then node -e 0's)`,
);
console.log(
  `${pad('measure', widths[0])}  ${pad('node', widths[1])}  ${pad('medians', widths[2])}  ` +
    `${pad('budget', widths[3])}  result`,
);
const verdict = (r) => (r.pass === null ? 'shown' : r.pass ? 'pass' : 'FAIL');
for (const r of rows)
  console.log(
    `${COLUMNS.map((k, i) => pad(r[k], widths[i])).join('  ')}  ${verdict(r)}${r.note ? ` (${r.note})` : ''}`,
  );
const missed = rows.filter((r) => r.pass === false);
if (missed.length === 0) console.log('every budget met');
else {
  console.log(`${missed.length} budget${missed.length === 1 ? '' : 's'} missed:`);
  for (const r of missed)
    console.log(`  ${r.name.trim()}${r.node ? ` on ${r.node}` : ''}: ${r.note || r.measured}, budget ${r.budget}`);
}
process.exitCode = missed.length ? 1 : 0;
