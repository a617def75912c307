// What a run of the built CLI loads: every module file Node loads is recorded, and dist/ files are
// mapped to the packages bundled in them (dist/chunks.json, written by the build).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunks } from './chunks.js';
import { cli, ROOT, type CliResult } from './cli.js';

const RECORDER = fileURLToPath(new URL('../helpers/record-loads.mjs', import.meta.url));

/** dist file → the packages bundled in it. */
const packagesIn = new Map<string, Set<string>>();
for (const [file, chunk] of chunks) {
  const names = Object.keys(chunk.modules).flatMap((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(i)?.[1] ?? []);
  packagesIn.set(`dist/${file}`, new Set(names));
}

export function loads(args: string[], input = ''): CliResult & { files: string[]; packages: string[] } {
  const record = join(mkdtempSync(join(tmpdir(), 'talkcoach-loads-')), 'loads.txt');
  const r = cli(args, { input, nodeArgs: ['--import', RECORDER], env: { TALKCOACH_RECORD_LOADS: record } });
  const files = readFileSync(record, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((url) => relative(ROOT, fileURLToPath(url)))
    .filter((f) => f.startsWith('dist/') || f.startsWith('bin/'));
  return { ...r, files, packages: [...new Set(files.flatMap((f) => [...(packagesIn.get(f) ?? [])]))].sort() };
}
