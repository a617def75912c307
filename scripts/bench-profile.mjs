// Summarises a CPU profile (`node --cpu-prof`): the entries with the most self time, and the sampled
// total. An entry is a function where it is defined; in a build made with `--no-minify`, the bundler's
// `// src/...` comments name the source file each line of a chunk came from, and that file is shown.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/talkcoach.js run denial --json < answers
//   node scripts/bench-profile.mjs /tmp/prof/*.cpuprofile [--top 10] [--by file] [--under NAME]
// `--by file` adds the self time up by source file (or package) instead of by function. Given several
// profiles (of the same command), each figure is the mean over them: one run is sampled too coarsely.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { takeOption } from './lib/take-option.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => takeOption(args, name, fallback);
const top = Number(option('--top', '10'));
const by = option('--by', 'function');
// --under NAME: only the time spent inside a function of that name (and what it called).
const under = option('--under', undefined);
if (args.length === 0) {
  process.stderr.write('usage: node scripts/bench-profile.mjs FILE.cpuprofile... [--top N] [--by function|file]\n');
  process.exit(2);
}

/** For a built chunk, the source file a line came from: the last `// path` comment above it. */
const sourcesOf = new Map();
function sourceFile(url, line) {
  if (!url.startsWith('file:')) return undefined;
  if (!sourcesOf.has(url)) {
    let marks = [];
    try {
      const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
      lines.forEach((text, i) => {
        // A package may be named through a linked node_modules (`// ../../x/node_modules/...`).
        const m = /^\/\/ (?:\S*?\/)?((?:src|node_modules|scenarios)\/\S+|package\.json)$/.exec(text);
        if (m) marks.push([i, m[1]]);
      });
    } catch {
      marks = [];
    }
    sourcesOf.set(url, marks);
  }
  let found;
  for (const [at, file] of sourcesOf.get(url)) if (at <= line) found = file;
  return found;
}

const shortUrl = (url) => url.replace(/^file:\/\/.*\/(dist|bin)\//, '$1/').replace(/^node:/, 'node:');
const packageOf = (file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];

const entries = new Map();
let total = 0;
for (const file of args) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  // Self time of each node: the sum of the time deltas of the samples that landed in it.
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const inside = (node) => {
    for (let n = node; n; n = parent.get(n.id)) if (n.callFrame.functionName === under) return true;
    return false;
  };
  for (const node of profile.nodes)
    if (under === undefined || inside(node)) add(node, (self.get(node.id) ?? 0) / args.length);
}

function add(node, ms) {
  if (!ms) return;
  total += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  const source = sourceFile(url, lineNumber);
  const where = source ?? (url ? `${shortUrl(url)}:${lineNumber + 1}` : '');
  const key =
    by === 'file'
      ? (source && (packageOf(source) ?? source)) || (url ? shortUrl(url) : `(${functionName || 'program'})`)
      : `${functionName || (lineNumber === 0 && url ? '(top level)' : '(anonymous)')}${where ? `  ${where}` : ''}`;
  entries.set(key, (entries.get(key) ?? 0) + ms);
}

const sorted = [...entries].sort((a, b) => b[1] - a[1]).slice(0, top);
const lines = [
  `sampled ${total.toFixed(1)} ms (mean of ${args.length}); top ${sorted.length} by self time (by ${by}):`,
];
for (const [key, ms] of sorted) lines.push(`${ms.toFixed(1).padStart(7)} ms  ${key}`);
process.stdout.write(`${lines.join('\n')}\n`);
