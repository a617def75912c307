// Time a key takes in the coach's lists, at 10, 1,000 and 10,000 options, against @inquirer/select
// (which draws every entry on every key). Each prompt is driven with @inquirer/testing, in process;
// the figure is the median of 60 keys (down, then up), after 10 to warm up.
//   npx tsx scripts/bench-keys.ts [--json]   (scripts/bench.mjs runs it with --json for its table)
import { Separator } from '@inquirer/core';
import { select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { list } from '../src/frontends/list-prompt.js';
import { ticks } from '../src/frontends/ticks-prompt.js';

const SIZES = [10, 1_000, 10_000];
const KEYS = 60;
const BUDGET_MS = 20;

type Prompt = typeof list | typeof ticks | typeof select;

async function msPerKey(prompt: Prompt, size: number): Promise<number> {
  const choices = [
    ...Array.from({ length: size }, (_, i) => ({ value: `o${i}`, name: `Option ${i + 1} of the list` })),
    new Separator('--'),
    { value: 'crisis', name: 'Get crisis help now' },
  ];
  const d = await render(prompt as typeof list, { message: 'Which?', choices, pageSize: 12 });
  const times: number[] = [];
  for (let i = 0; i < KEYS + 10; i++) {
    const t = performance.now();
    d.events.keypress(i % 40 < 20 ? 'down' : 'up');
    if (i >= 10) times.push(performance.now() - t);
  }
  d.events.keypress('enter');
  await d.answer;
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

const rows: string[][] = [];
let worst = 0;
for (const [name, prompt] of [
  ['one-choice list', list],
  ['tick list', ticks],
  ['@inquirer/select (before)', select],
] as const) {
  const ms = [];
  for (const size of SIZES) ms.push(await msPerKey(prompt, size));
  if (prompt !== select) worst = Math.max(worst, ...ms);
  rows.push([name, ...ms.map((m) => `${m.toFixed(2)} ms`), `${(ms.at(-1)! / ms[0]!).toFixed(1)}x`]);
}
const pass = worst < BUDGET_MS;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ms: worst, budget: BUDGET_MS, before: Number.parseFloat(rows[2]!.at(-2)!) }));
} else {
  const head = ['a key in', ...SIZES.map((s) => `${s.toLocaleString('en')} options`), '10,000 / 10'];
  for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(28) : c.padStart(16))).join(''));
  console.log(
    `slowest key of the coach's lists: ${worst.toFixed(2)} ms (budget < ${BUDGET_MS} ms): ${pass ? 'pass' : 'FAIL'}`,
  );
  process.exitCode = pass ? 0 : 1;
}
