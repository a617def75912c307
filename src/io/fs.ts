// Node's fs module, fetched rather than imported: importing a built-in as an ES module reads every
// export, and fs's stream getters then load Node's whole stream library, a few percent of every
// start. process.getBuiltinModule (Node 20.16 and later) fetches it as it is; older Nodes use require.
// node:module is imported, not awaited: its exports load nothing more (no change measured), and a
// top-level await here turned off the bundler's chunk merging (CONTRIBUTING.md, "Speed").
import { createRequire } from 'node:module';

const builtin = process.getBuiltinModule?.bind(process) ?? createRequire(import.meta.url);

export const fs = builtin('node:fs') as typeof import('node:fs');
