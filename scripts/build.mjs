// Builds dist/: the CLI and the library bundled by esbuild into minified ES modules, so that the
// published package needs no runtime dependencies and each command loads only what it uses
// (dynamic imports become their own chunks). Then: the licences of the bundled packages, type
// declarations for the library, and the built-in scenarios compiled into one checked JSON file.
//   node scripts/build.mjs [--no-minify]     (--no-minify keeps names readable, for profiling)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const SCENARIOS = join(ROOT, 'scenarios');
process.chdir(ROOT);

// Built in a fresh folder and swapped in at the end, so a failed build leaves no half a dist/.
const OUT = join(ROOT, 'dist.building');
rmSync(OUT, { recursive: true, force: true });

const minify = !process.argv.includes('--no-minify');
const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
};
const vendorName = (name) => name.replace(/^@/, '').replace(/\//g, '-');

// Our code, bundled and split so each command loads only its own chunks. Every package is left out
// and bundled into vendor/ below: our chunks then hold only ES modules of our own, need no CommonJS
// helpers, and cli.js imports nothing at all before it answers --version.
const vendorOut = {
  name: 'vendor-out',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      if (path.startsWith('node:')) return undefined;
      const name = /^(@[^/]+\/)?[^/]+/.exec(path)[0];
      if (name !== path) throw new Error(`build: import the package ${name} itself, not ${path}`);
      return { path: `./vendor/${vendorName(name)}.js`, external: true };
    });
  },
};
// The CLI imports package.json for its version: ship the version alone, not the scripts and devDependencies.
const versionOnly = {
  name: 'version-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]package\.json$/ }, ({ path }) => ({
      contents: JSON.stringify({ version: JSON.parse(readFileSync(path, 'utf8')).version }),
      loader: 'json',
    }));
  },
};
// The CLI and the library are built apart: sharing chunks with the library would cut the CLI's
// code into more, smaller modules, and each module costs a little to load. Both sit in dist/
// itself: code finds scenarios/ as ../scenarios and packages as ./vendor/ from any of them.
const ours = (entryPoints, chunkNames, plugins = []) =>
  build({
    ...common,
    entryPoints,
    outdir: OUT,
    chunkNames,
    write: false,
    plugins: [vendorOut, versionOnly, ...plugins],
  });

// Every command but --version first loads src/shell.ts, which holds the commands people wait on
// most (run, list, crisis). esbuild would cut its code into a chunk for each set of other commands
// that share a part of it, and each module costs a little to load; so every other module of ours is
// made to import shell.ts too (it is loaded by then anyway), which puts all of shell's code in one
// chunk. cli.ts itself stays free of imports, for --version.
const SHELL = join(ROOT, 'src/shell.ts');
const shellGraph = await staticGraph(SHELL);
const besideShell = {
  name: 'beside-shell',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      if (shellGraph.has(path) || path === join(ROOT, 'src/cli.ts')) return undefined;
      return { contents: `${readFileSync(path, 'utf8')}\nimport ${JSON.stringify(SHELL)};\n`, loader: 'ts' };
    });
  },
};
const [cli, library] = await Promise.all([
  ours({ cli: 'src/cli.ts' }, '[name]-[hash]', [besideShell]),
  ours({ index: 'src/index.ts' }, 'lib-[name]-[hash]'),
]);
const outputs = [...cli.outputFiles, ...library.outputFiles];
for (const f of outputs) {
  mkdirSync(dirname(f.path), { recursive: true });
  writeFileSync(f.path, f.contents);
}

// Each package is bundled with only the names our code imports from it (a namespace or dynamic
// import takes them all), so unused parts are dropped: @inquirer/prompts alone re-exports every
// prompt, and its editor prompt would bring 670 KB of character-set tables.
const used = new Map();
const want = (pkg, names) => {
  const have = used.get(pkg) ?? new Set();
  used.set(pkg, names === '*' || have === '*' ? '*' : new Set([...have, ...names]));
};
for (const { text } of outputs) {
  for (const m of text.matchAll(
    /import\s*([\w$]+)?\s*,?\s*(\{[^}]*\}|\*\s*as\s*[\w$]+)?\s*from\s*"\.\/vendor\/([\w.-]+)\.js"/g,
  )) {
    const [, defaultName, braces, pkg] = m;
    if (braces?.startsWith('*')) want(pkg, '*');
    else
      want(pkg, [
        ...(defaultName ? ['default'] : []),
        ...(braces
          ? braces
              .slice(1, -1)
              .split(',')
              .map((s) => s.trim().split(/\s+as\s+/)[0])
              .filter(Boolean)
          : []),
      ]);
  }
  for (const m of text.matchAll(/import\(\s*"\.\/vendor\/([\w.-]+)\.js"\s*\)/g)) want(m[1], '*');
}
const packageOf = new Map([...used.keys()].map((v) => [v, findPackage(v)]));

// yaml's ES module build (the one it ships for browsers) rather than its CommonJS one: the same
// parser, and it does not read process.env for every token.
const YAML_ESM = join(ROOT, 'node_modules/yaml/browser/index.js');
const vendorEntries = {
  name: 'vendor-entries',
  setup(b) {
    b.onResolve({ filter: /^vendor-entry:/ }, ({ path }) => ({
      path: path.slice('vendor-entry:'.length),
      namespace: 'vendor-entry',
    }));
    b.onLoad({ filter: /.*/, namespace: 'vendor-entry' }, ({ path }) => {
      const names = used.get(path);
      const pkg = packageOf.get(path);
      return {
        contents: names === '*' ? `export * from '${pkg}';` : `export { ${[...names].join(', ')} } from '${pkg}';`,
        resolveDir: ROOT,
        loader: 'js',
      };
    });
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: YAML_ESM }));
  },
};
// The prompt packages have no side effects: saying so lets esbuild drop the prompts not used.
const promptsWithoutSideEffects = {
  name: 'prompts-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\// }, async (args) => {
      if (args.pluginData?.again) return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { again: true },
      });
      if (r.errors.length > 0) return { errors: r.errors };
      return { path: r.path, external: r.external, namespace: r.namespace, sideEffects: false };
    });
  },
};
// commander loads child_process only to run external subcommands, which talkcoach has none of:
// load it on first use rather than on every start (it costs a few milliseconds).
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, () => ({ path: 'child_process', namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('child_process'))[key] });",
      loader: 'js',
    }));
  },
};
const vendor = await build({
  ...common,
  entryPoints: Object.fromEntries([...used.keys()].map((v) => [v, `vendor-entry:${v}`])),
  outdir: join(OUT, 'vendor'),
  chunkNames: '[name]-[hash]',
  plugins: [vendorEntries, promptsWithoutSideEffects, lazyChildProcess],
  // Some packages are CommonJS and require Node built-ins: give their chunks a real require.
  banner: { js: "import{createRequire as __tcRequire}from'node:module';const require=__tcRequire(import.meta.url);" },
});

const metafile = {
  inputs: { ...cli.metafile.inputs, ...library.metafile.inputs, ...vendor.metafile.inputs },
  outputs: { ...cli.metafile.outputs, ...library.metafile.outputs, ...vendor.metafile.outputs },
};
writeFileSync(join(OUT, 'metafile.json'), JSON.stringify(metafile));
writeFileSync(join(OUT, 'THIRD-PARTY-NOTICES.txt'), notices(metafile));

execFileSync(
  process.execPath,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json', '--outDir', join(OUT, 'types')],
  { stdio: 'inherit' },
);

mkdirSync(join(OUT, 'compiled'));
for (const [name, data] of Object.entries(await compileScenarios(join(OUT, 'index.js'))))
  writeFileSync(join(OUT, 'compiled', `${name}.json`), JSON.stringify(data));

rmSync(DIST, { recursive: true, force: true });
renameSync(OUT, DIST);

/** The files a module imports statically, and theirs, and so on (itself included). */
async function staticGraph(entry) {
  const { metafile } = await build({
    ...common,
    entryPoints: [entry],
    outdir: join(OUT, 'graph'),
    write: false,
    splitting: false,
    plugins: [vendorOut, versionOnly],
  });
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of metafile.inputs[file]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(relative(ROOT, entry).split(sep).join('/'));
  return new Set([...seen].map((f) => join(ROOT, f)));
}

/** The package a vendor file name stands for (@inquirer/prompts for inquirer-prompts). */
function findPackage(name) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const found = Object.keys(pkg.devDependencies ?? {}).find((p) => vendorName(p) === name);
  if (!found) throw new Error(`build: the code imports ${name}, which is not a dependency`);
  return found;
}

/** Every package with code in the bundle, with its licence text, in the order of their names. */
function notices(meta) {
  const packages = new Map();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      // The innermost node_modules names the package (a dependency may have its own copy of another).
      const m = bytesInOutput > 0 ? /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input) : null;
      if (!m) continue;
      const pkg = JSON.parse(readFileSync(join(m[0], 'package.json'), 'utf8'));
      packages.set(`${pkg.name}@${pkg.version}`, { dir: m[0], pkg });
    }
  }
  const sections = [...packages]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { dir, pkg }]) => {
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f));
      if (!file) throw new Error(`build: ${id} has no licence file to include`);
      return `${id} (${pkg.license})\n${'-'.repeat(40)}\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
    });
  return `talkcoach bundles the following packages in dist/. Their licences follow.\n\n${sections.join('\n\n')}`;
}

/** The built-in scenarios (by file name) and the crisis steps, checked: any error stops the build;
 * warnings are shown. See src/scenario/compiled.ts. */
async function compileScenarios(libraryFile) {
  const { checkScenario, crisisSteps, formatDiagnostic } = await import(pathToFileURL(libraryFile).href);
  const out = {};
  if (!existsSync(SCENARIOS)) return out;
  const crisisFile = join(SCENARIOS, 'shared', 'crisis.yaml');
  if (existsSync(crisisFile))
    out['crisis-steps'] = { sources: { 'shared/crisis.yaml': statSync(crisisFile).size }, steps: await crisisSteps() };
  const names = readdirSync(SCENARIOS)
    .filter((n) => /\.ya?ml$/.test(n) && !/\.test\.ya?ml$/.test(n))
    .sort();
  let failed = false;
  for (const name of names) {
    const file = join(SCENARIOS, name);
    const { scenario, diagnostics } = await checkScenario(file);
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    if (!scenario) {
      failed = true;
      continue;
    }
    const files = [file, ...(scenario.uses ?? []).map((u) => join(SCENARIOS, 'shared', `${u}.yaml`))];
    const sources = Object.fromEntries(
      files.map((f) => [relative(SCENARIOS, f).split(sep).join('/'), statSync(f).size]),
    );
    out[name] = { sources, scenario };
  }
  if (failed) throw new Error('build: a built-in scenario has errors (listed above)');
  return out;
}
