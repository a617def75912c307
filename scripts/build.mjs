// Builds dist/: the CLI and the library, bundled together by one rolldown call into minified ES
// modules (packages included, so the published package has no runtime dependencies; dynamic imports
// become their own chunks, so each command loads only what it uses, and rolldown merges a shared chunk
// into the one that always loads before it: fewer files for Node to load). Then: the licences of the
// bundled packages, type declarations for the library, and the built-in scenarios compiled into
// checked JSON files. dist/ is built in a fresh folder and swapped in at the end, so a failed build
// leaves no half a dist/.
//   node scripts/build.mjs [--no-minify]     (--no-minify keeps names readable, for profiling)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rolldown } from 'rolldown';
import { bundleFile } from './lib/bundle-file.mjs';
import { sourceHash } from './lib/source-hash.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'dist.building');
process.chdir(ROOT);
rmSync(OUT, { recursive: true, force: true });
// Hashed before building, so a source saved during the build makes the next start build again.
const hash = sourceHash();

const minify = !process.argv.includes('--no-minify');
// The CLI imports package.json for its version: ship the version alone, not the scripts and devDependencies.
const versionOnly = {
  name: 'version-only',
  load(id) {
    if (!/[\\/]package\.json$/.test(id)) return undefined;
    return { code: JSON.stringify({ version: JSON.parse(readFileSync(id, 'utf8')).version }), moduleType: 'json' };
  },
};
// The prompt packages have no side effects, but @inquirer/editor does not say so: saying it for all
// of them lets the bundler drop the prompts not used (the editor prompt alone brings 600 KB of
// character-set tables, over the package's size limit).
const promptsWithoutSideEffects = {
  name: 'prompts-without-side-effects',
  async resolveId(source, importer, options) {
    if (!source.startsWith('@inquirer/')) return undefined;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && { ...resolved, moduleSideEffects: false };
  },
};
// Speed: commander loads child_process at start only to run external subcommands, which talkcoach has
// none of; loaded on first use instead, every command that parses its arguments starts about 5 ms
// sooner (0.05x of `node -e 0`; measured, see CONTRIBUTING.md).
const LAZY_CHILD_PROCESS = '\0lazy-child-process';
const lazyChildProcess = {
  name: 'lazy-child-process',
  resolveId(source, importer) {
    const fromCommander = importer !== undefined && /[\\/]node_modules[\\/]commander[\\/]/.test(importer);
    return fromCommander && /^(node:)?child_process$/.test(source) ? LAZY_CHILD_PROCESS : undefined;
  },
  load(id) {
    if (id !== LAZY_CHILD_PROCESS) return undefined;
    return "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('child_process'))[key] });";
  },
};
const common = {
  platform: 'node',
  logLevel: 'warn',
  // yaml's ES module build (the one it ships for browsers): the same parser, but its Node build reads
  // process.env for every token it parses (see CONTRIBUTING.md, "Speed").
  resolve: { alias: { yaml: join(ROOT, 'node_modules/yaml/browser/index.js') } },
  transform: { target: 'node20' },
  plugins: [versionOnly, promptsWithoutSideEffects, lazyChildProcess],
};

// The CLI and the library in one call: code both use is one chunk in the package, not two copies
// (each entry still loads only the chunks its own imports reach).
const bundle = await rolldown({ ...common, input: { cli: 'src/cli.ts', index: 'src/index.ts' } });
const { output } = await bundle.write({
  dir: OUT,
  format: 'esm',
  minify,
  comments: { legal: false },
  entryFileNames: '[name].js',
  chunkFileNames: '[name]-[hash].js',
});
await bundle.close();
const chunks = chunksOf(output);
writeFileSync(join(OUT, 'chunks.json'), `${JSON.stringify(chunks, null, 1)}\n`);
writeFileSync(join(OUT, 'THIRD-PARTY-NOTICES.txt'), notices(chunks));

execFileSync(
  process.execPath,
  [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.types.json', '--outDir', join(OUT, 'types')],
  { stdio: 'inherit' },
);

// The built-in scenarios, compiled by our own code bundled into the folder being built (so that it
// finds ../scenarios/ from there, as the package does), then removed.
const compiler = join(OUT, 'compile-builtins.mjs');
await bundleFile('scripts/lib/compile-builtins.ts', compiler, { ...common, minify });
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

/** What each chunk holds and loads (dist/chunks.json, not published; read by the tests): its size,
 * the source files in it (paths from the project's root) with the bytes each brought, and the
 * chunks it imports, statically and on first use. */
function chunksOf(files) {
  const local = (id) => relative(ROOT, id).split(sep).join('/');
  const chunks = {};
  for (const file of files) {
    if (file.type !== 'chunk') continue;
    const modules = Object.fromEntries(
      Object.entries(file.modules)
        .filter(([id, m]) => !id.startsWith('\0') && m.renderedLength > 0)
        .map(([id, m]) => [local(id), m.renderedLength]),
    );
    chunks[file.fileName] = {
      bytes: Buffer.byteLength(file.code),
      entry: file.isEntry,
      modules,
      imports: file.imports.filter((f) => !f.startsWith('node:')),
      dynamicImports: file.dynamicImports,
    };
  }
  return chunks;
}

/** Every package with code in the bundle, with its licence text, in the order of their names. */
function notices(chunks) {
  const packages = new Map();
  for (const chunk of Object.values(chunks)) {
    for (const path of Object.keys(chunk.modules)) {
      // The innermost node_modules names the package (a dependency may have its own copy of another).
      const m = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
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
