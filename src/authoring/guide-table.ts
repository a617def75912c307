// The authoring guide's table of the built-in modules, made from the same contracts `talkcoach
// describe` prints. `npm run schema` writes it between the markers; a test fails when it is stale.
import { join } from 'node:path';
import { fs } from '../io/fs.js';
import { contractTable } from '../render/contract.js';
import { BUILTIN_SHARED_DIR } from '../scenario/catalogue.js';
import { contractOf } from '../scenario/contract.js';
import { loadModuleFile } from '../scenario/load.js';

export const GUIDE = 'scenarios/README.md';
const TABLE_START = '<!-- module contracts: made by npm run schema from talkcoach describe; do not edit -->';
const TABLE_END = '<!-- end of module contracts -->';

export function builtInModuleTable(): string {
  const files = fs
    .readdirSync(BUILTIN_SHARED_DIR)
    .filter((n) => n.endsWith('.yaml'))
    .sort();
  return contractTable(files.map((n) => contractOf(loadModuleFile(join(BUILTIN_SHARED_DIR, n)).module!)));
}

/** The guide's text with the table between the markers replaced by `table`. */
export function withTable(guide: string, table: string): string {
  const start = guide.indexOf(TABLE_START);
  const end = guide.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${GUIDE}: the module contract markers are missing`);
  return `${guide.slice(0, start + TABLE_START.length)}\n${table}${guide.slice(end)}`;
}
