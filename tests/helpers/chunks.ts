// What the build wrote of its chunks (dist/chunks.json, from scripts/build.mjs): each chunk file's
// source files with the bytes each brought, and the chunks it imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

interface Chunk {
  bytes: number;
  modules: Record<string, number>;
  imports: string[];
  dynamicImports: string[];
}

/** dist/ file name → what it holds and loads. */
export const chunks = new Map(
  Object.entries(JSON.parse(readFileSync(join(ROOT, 'dist/chunks.json'), 'utf8')) as Record<string, Chunk>),
);
