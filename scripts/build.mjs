// Builds dist/: the CLI and the library, each bundled by one esbuild call into minified ES modules
// (packages included, so the published package has no runtime dependencies; dynamic imports become
// their own chunks, so each command loads only what it uses). Then: the licences of the bundled
// packages, type declarations for the library, and the built-in scenarios compiled into checked
// JSON files. dist/ is built in a fresh folder and swapped in at the end, so a failed build leaves
// no half a dist/.
//   node scripts/build.mjs [--no-minify]     (--no-minify keeps names readable, for profiling)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceHash } from './lib/source-hash.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'dist.building');
process.chdir(ROOT);
rmSync(OUT, { recursive: true, force: true });
// Hashed before building, so a source saved during the build makes the next start build again.
const hash = sourceHash();

const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: !process.argv.includes('--no-minify'),
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  outdir: OUT,
  // yaml's ES module build (the one it ships for browsers): the same parser, but its Node build reads
  // process.env for every token it parses (see CONTRIBUTING.md, "Speed").
  alias: { yaml: join(ROOT, 'node_modules/yaml/browser/index.js') },
  // commander is CommonJS and requires Node built-ins: its chunk needs a real require.
  banner: { js: "import{createRequire as __tcRequire}from'node:module';const require=__tcRequire(import.meta.url);" },
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
// The prompt packages have no side effects, but @inquirer/editor does not say so: saying it for all
// of them lets esbuild drop the prompts not used (the editor prompt alone brings 600 KB of
// character-set tables, over the package's size limit).
const promptsWithoutSideEffects = {
  name: 'prompts-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\// }, async (args) => {
      if (args.pluginData?.again) return undefined;
      const { path, errors, external, namespace } = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { again: true },
      });
      return errors.length > 0 ? { errors } : { path, external, namespace, sideEffects: false };
    });
  },
};
// Speed: commander loads child_process at start only to run external subcommands, which talkcoach has
// none of; loaded on first use instead, every command that parses its arguments starts about 5 ms
// sooner (0.05x of `node -e 0`; measured, see CONTRIBUTING.md).
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// The CLI and the library in one call: code both use is one chunk in the package, not two copies
// (each entry still loads only the chunks its own imports reach).
const { metafile } = await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
  chunkNames: '[name]-[hash]',
  plugins: [versionOnly, promptsWithoutSideEffects, lazyChildProcess],
});
writeFileSync(join(OUT, 'metafile.json'), JSON.stringify(metafile));
writeFileSync(join(OUT, 'THIRD-PARTY-NOTICES.txt'), notices(metafile));

execFileSync(
  process.execPath,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json', '--outDir', join(OUT, 'types')],
  { stdio: 'inherit' },
);

// The built-in scenarios, compiled by our own code bundled into the folder being built (so that it
// finds ../scenarios/ from there, as the package does), then removed.
const compiler = join(OUT, 'compile-builtins.mjs');
await build({
  ...common,
  splitting: false,
  metafile: false,
  outdir: undefined,
  outfile: compiler,
  entryPoints: ['scripts/lib/compile-builtins.ts'],
});
let compiled = true;
try {
  await (await import(pathToFileURL(compiler).href)).compileBuiltins();
} catch (e) {
  // The problems are listed above it: the reason alone, not a stack through minified code.
  compiled = false;
  rmSync(OUT, { recursive: true, force: true });
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}

if (compiled) {
  rmSync(compiler);
  // The stamp goes with what it describes: any build (npm run build, npm pack's prepack) leaves it, so
  // the next `npm start` does not build again (it used to be written by ensure-ready.mjs alone).
  writeFileSync(join(OUT, '.source-hash'), `${hash}\n`);
  rmSync(DIST, { recursive: true, force: true });
  renameSync(OUT, DIST);
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
