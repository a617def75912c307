// talkcoach list [--json]: the scenarios available.
import { inert, msg } from '../messages/index.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { loadCatalogue, situations } from './open.js';

export async function listCommand(o: CommonOptions & { json?: boolean }, io: Io): Promise<void> {
  const rows = situations(await loadCatalogue(o, io)).map((e) => {
    const s = e.scenario;
    return {
      id: e.id,
      title: s?.title ?? msg('cli.list.hasProblems'),
      summary: s?.summary ?? '',
      file: e.file,
      builtin: e.builtin,
      valid: s !== undefined,
    };
  });
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, scenarios: rows }, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rows.map((r) => r.id.length), 2);
  const under = (text: string) => `\n${' '.repeat(width + 2)}${text}`;
  // The id and the path come from a file name: made inert, as any outside text.
  for (const r of rows)
    io.stdout.write(
      `${inert(r.id).padEnd(width)}  ${r.title}${r.summary ? under(r.summary) : ''}` +
        `${r.builtin ? '' : under(inert(r.file))}\n`,
    );
}
