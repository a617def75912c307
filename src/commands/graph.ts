// talkcoach graph <id|file> [--format mermaid|dot]: the scenario as a diagram on stdout.
import { EXIT, TalkcoachError } from '../errors.js';
import { msg } from '../messages/index.js';
import { GRAPH_FORMATS, renderGraph, type GraphFormat } from '../render/graph.js';
import { formatDiagnostic } from '../scenario/diagnostics.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { loadArg, problemsError } from './scenarios.js';

export function parseGraphFormat(value: string | undefined): GraphFormat {
  if (value === undefined) return 'mermaid';
  if ((GRAPH_FORMATS as readonly string[]).includes(value)) return value as GraphFormat;
  throw new TalkcoachError(
    'usage',
    msg('cli.graph.badFormat', { formats: GRAPH_FORMATS.slice(0, -1).join(', '), last: GRAPH_FORMATS.at(-1)! }),
  );
}

/**
 * A scenario whose graph checks fail is still drawn (seeing a dead end helps to fix it), with its
 * errors on stderr and exit code 3. One whose files cannot be read as a scenario is not drawn.
 */
export function graphCommand(arg: string, o: CommonOptions & { format?: string }, io: Io): number {
  const format = parseGraphFormat(o.format);
  const loaded = loadArg(arg, o, io);
  const scenario = loaded.scenario ?? loaded.linked;
  if (!scenario) throw problemsError(loaded);
  io.stdout.write(renderGraph(scenario, format));
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return EXIT.ok;
  const problems = msg('common.problems', { count: errors.length });
  io.stderr.write(`${msg('cli.graph.drawnWithProblems', { file: loaded.file, problems })}\n`);
  for (const d of errors) io.stderr.write(`${formatDiagnostic(d)}\n`);
  return EXIT.scenario;
}
