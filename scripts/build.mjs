// Builds dist/: the CLI bundled by esbuild into a few ES modules, so that the published package
// needs no runtime dependencies and each command loads only what it uses (dynamic imports
// become their own chunks).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

// @inquirer/prompts re-exports every prompt, and its editor prompt pulls in 670 KB of character-set
// tables. The prompt packages have no side effects, so saying so lets esbuild drop the unused ones.
const promptsWithoutSideEffects = {
  name: 'prompts-without-side-effects',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\// }, async (args) => {
      if (args.pluginData?.again) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { again: true } });
      if (r.errors.length > 0) return { errors: r.errors };
      return { path: r.path, external: r.external, namespace: r.namespace, sideEffects: false };
    });
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'linked',
  // Chunks sit beside cli.js: code finds scenarios/ as ../scenarios from any of them.
  chunkNames: '[name]-[hash]',
  // commander is CommonJS and requires Node built-ins: give the bundle a real require.
  banner: { js: "import { createRequire as __talkcoachRequire } from 'node:module'; const require = __talkcoachRequire(import.meta.url);" },
  plugins: [promptsWithoutSideEffects],
  logLevel: 'warning',
});
