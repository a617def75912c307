// talkcoach list [--json]: the scenarios available.
import { BUILTIN_SHARED_DIR, catalogue } from '../scenario/catalogue.js';
import { loadScenarioFile } from '../scenario/load.js';
import type { CommonOptions, Io } from './context.js';
import { userDirs } from './scenarios.js';

export function listCommand(o: CommonOptions & { json?: boolean }, io: Io): void {
  const rows = catalogue(userDirs(o, io)).map((e) => {
    const loaded = loadScenarioFile(e.file, { sharedDirs: [BUILTIN_SHARED_DIR], ...(o.maxBytes ? { maxBytes: o.maxBytes } : {}) });
    const s = loaded.scenario;
    return { id: e.id, title: s?.title ?? '(has problems: run talkcoach validate)', summary: s?.summary ?? '', file: e.file, builtin: e.builtin, valid: s !== undefined };
  });
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, scenarios: rows }, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rows.map((r) => r.id.length), 2);
  for (const r of rows) io.stdout.write(`${r.id.padEnd(width)}  ${r.title}${r.summary ? `\n${' '.repeat(width + 2)}${r.summary}` : ''}${r.builtin ? '' : `\n${' '.repeat(width + 2)}${r.file}`}\n`);
}
