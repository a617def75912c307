// Builds dist/: the CLI and the library bundled by esbuild into minified ES modules, so that the
// published package needs no runtime dependencies and each command loads only what it uses
// (dynamic imports become their own chunks). Then: the licences of the bundled packages, type
// declarations for the library, and the built-in scenarios compiled into one checked JSON file.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const SCENARIOS = join(ROOT, 'scenarios');
process.chdir(ROOT);

// Built in a fresh folder and swapped in at the end, so a failed build leaves no half a dist/.
const OUT = join(ROOT, 'dist.building');
rmSync(OUT, { recursive: true, force: true });

// Our code, bundled and split so each command loads only its own chunks. Every package is left out
// here and bundled once into vendor/ below: our chunks then hold only ES modules of our own, need no
// CommonJS helpers, and cli.js imports nothing at all before it answers --version.
const packages = new Set();
const vendorOut = {
  name: 'vendor-out',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      if (path.startsWith('node:')) return undefined;
      const name = /^(@[^/]+\/)?[^/]+/.exec(path)[0];
      if (name !== path) throw new Error(`build: import the package ${name} itself, not ${path}`);
      packages.add(name);
      return { path: `./vendor/${vendorName(name)}.js`, external: true };
    });
  },
};
// The CLI imports package.json for its version: ship the version alone, not the scripts and devDependencies.
const versionOnly = {
  name: 'version-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]package\.json$/ }, ({ path }) => ({ contents: JSON.stringify({ version: JSON.parse(readFileSync(path, 'utf8')).version }), loader: 'json' }));
  },
};
// commander loads child_process only to run external subcommands, which talkcoach has none of:
// load it on first use rather than on every start (it costs a few milliseconds).
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, () => ({ path: 'child_process', namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('child_process'))[key] });",
      loader: 'js',
    }));
  },
};
// `node scripts/build.mjs --no-minify` keeps names readable, for profiling.
const minify = !process.argv.includes('--no-minify');
const common = { bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', minify, metafile: true, legalComments: 'none', logLevel: 'warning' };
// The CLI and the library are built apart: sharing chunks with the library would cut the CLI's
// code into more, smaller modules, and each module costs a little to load.
const ours = (entryPoints, chunkNames) =>
  build({
    ...common,
    entryPoints,
    outdir: OUT,
    // Chunks sit beside cli.js: code finds scenarios/ as ../scenarios from any of them.
    chunkNames,
    plugins: [vendorOut, versionOnly],
  });
const [cli, library] = await Promise.all([ours({ cli: 'src/cli.ts' }, '[name]-[hash]'), ours({ index: 'src/index.ts' }, 'lib-[name]-[hash]')]);
const main = { metafile: { inputs: { ...cli.metafile.inputs, ...library.metafile.inputs }, outputs: { ...cli.metafile.outputs, ...library.metafile.outputs } } };

// yaml's ES module build (the one it ships for browsers) rather than its CommonJS one: the same
// parser, and it does not read process.env for every token.
const YAML_ESM = join(ROOT, 'node_modules/yaml/browser/index.js');
const vendor = await build({
  ...common,
  entryPoints: Object.fromEntries([...packages].map((name) => [vendorName(name), name === 'yaml' ? YAML_ESM : name])),
  outdir: join(OUT, 'vendor'),
  chunkNames: '[name]-[hash]',
  plugins: [lazyChildProcess],
  // commander is CommonJS and requires Node built-ins: give its chunk a real require.
  banner: { js: "import{createRequire as __tcRequire}from'node:module';const require=__tcRequire(import.meta.url);" },
});
const metafile = { inputs: { ...main.metafile.inputs, ...vendor.metafile.inputs }, outputs: { ...main.metafile.outputs, ...vendor.metafile.outputs } };
writeFileSync(join(OUT, 'metafile.json'), JSON.stringify(metafile));
writeFileSync(join(OUT, 'THIRD-PARTY-NOTICES.txt'), notices(metafile));

execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json', '--outDir', join(OUT, 'types')], { stdio: 'inherit' });

writeFileSync(join(OUT, 'builtin-scenarios.json'), JSON.stringify(await compileScenarios(join(OUT, 'index.js'))));

rmSync(DIST, { recursive: true, force: true });
renameSync(OUT, DIST);

function vendorName(name) {
  return name.replace(/^@/, '').replace(/\//g, '-');
}

/** Every bundled package, with its licence text, in the order of their names. */
function notices(meta) {
  const packages = new Map();
  for (const input of Object.keys(meta.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.set(m[1], input.slice(0, m.index + m[0].length));
  }
  const sections = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([name, dir]) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    if (!file) throw new Error(`build: ${name} has no licence file to include`);
    return `${name}@${pkg.version} (${pkg.license})\n${'-'.repeat(40)}\n${readFileSync(join(dir, file), 'utf8').trim()}\n`;
  });
  return `talkcoach bundles the following packages in dist/. Their licences follow.\n\n${sections.join('\n\n')}`;
}

/** The built-in scenarios, checked: any error stops the build; warnings are shown. */
async function compileScenarios(library) {
  const { checkScenario, formatDiagnostic } = await import(pathToFileURL(library).href);
  const out = { format: 1, scenarios: {} };
  if (!existsSync(SCENARIOS)) return out;
  const names = readdirSync(SCENARIOS).filter((n) => /\.ya?ml$/.test(n) && !/\.test\.ya?ml$/.test(n)).sort();
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
    const sources = Object.fromEntries(files.map((f) => [relative(SCENARIOS, f).split(sep).join('/'), statSync(f).size]));
    out.scenarios[name] = { sources, scenario };
  }
  if (failed) throw new Error('build: a built-in scenario has errors (listed above)');
  return out;
}
