// talkcoach questions <id|file> [--json]: every question a scenario can ask, with its id, kind,
// options and when it is asked, so that a script can answer by id (run --answers answers.json)
// whatever the order or the branch.
import { edges } from '../engine/graph.js';
import { fill, fillDefaults } from '../engine/fill.js';
import { kindOf } from '../engine/kinds/index.js';
import type { Scenario } from '../engine/model.js';
import { msg, typedWords } from '../messages/index.js';
import { words } from '../render/words.js';
import { wrap } from '../render/wrap.js';
import { stripUnsafe } from '../engine/typed.js';
import type { CommonOptions } from './context.js';
import type { Io } from '../io/types.js';
import { openForRun } from './open.js';
import { aliasOf } from '../engine/question-keys.js';

interface QuestionRow {
  id: string;
  /** The readable name a keyed answer may use beside the id (absent when the scenario gives none). */
  alias?: string;
  kind: string;
  ask: string;
  /** What an answer can be: the options by number, id and label; yes/no; or free text. */
  options: { n: number; id: string; label: string }[];
  /** When it is asked: first, or after which node, on which of its answers ('any' when every one leads here). */
  asked: 'first' | { after: string; answers: string[] | 'any' }[];
}

/** A yes/no question's two answers: the ids, and the first word the language types for each. */
const yesNo = () => [
  { n: 1, id: 'yes', label: typedWords('typed.yes')[0]! },
  { n: 2, id: 'no', label: typedWords('typed.no')[0]! },
];

/** Node ids in the order a session meets them: breadth first from the start. */
function inOrder(scenario: Scenario): string[] {
  const seen = new Set([scenario.start]);
  for (const id of seen) for (const e of edges(scenario.nodes[id]!)) seen.add(e.target);
  return [...seen, ...Object.keys(scenario.nodes).filter((id) => !seen.has(id))];
}

function questionRows(scenario: Scenario): QuestionRow[] {
  const defaults = fillDefaults(scenario);
  const into = new Map<string, { after: string; answers: string[] | 'any' }[]>();
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const all = edges(node);
    for (const target of new Set(all.map((e) => e.target))) {
      const here = all.filter((e) => e.target === target);
      const answers = here.length === all.length ? 'any' : here.map((e) => stripUnsafe(words(e.label)));
      into.set(target, [...(into.get(target) ?? []), { after: id, answers }]);
    }
  }
  return inOrder(scenario)
    .map((id) => [id, scenario.nodes[id]!] as const)
    .filter(([, node]) => kindOf(node).asks)
    .map(([id, node]) => ({
      id,
      ...(aliasOf(node) !== undefined ? { alias: aliasOf(node)! } : {}),
      kind: node.kind,
      ask: stripUnsafe(fill(kindOf(node).heading(node), {}, defaults)),
      options:
        node.kind === 'yesno'
          ? yesNo()
          : kindOf(node)
              .options(node)
              .map((o, i) => ({ n: i + 1, id: o.id, label: stripUnsafe(words(o.label)) })),
      asked: id === scenario.start ? 'first' : (into.get(id) ?? []),
    }));
}

export async function questionsCommand(arg: string, o: CommonOptions & { json?: boolean }, io: Io): Promise<void> {
  const scenario = await openForRun(arg, o, io);
  const rows = questionRows(scenario);
  if (o.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, scenario: scenario.id, questions: rows }, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  for (const r of rows) {
    const name = r.alias === undefined ? r.id : msg('help.questions.alias', { id: r.id, alias: r.alias });
    out.push(`${name} (${r.kind})`, ...wrap(r.ask, 80, '  '));
    if (r.options.length === 0) out.push(`  ${msg('help.questions.text')}`);
    else out.push(...wrap(r.options.map((x) => `${x.n} ${x.id} (${x.label})`).join(', '), 80, '  '));
    const when =
      r.asked === 'first'
        ? msg('help.questions.first')
        : msg('help.questions.after', {
            list: r.asked
              .map((a) => (a.answers === 'any' ? a.after : `${a.after} (${a.answers.join(' / ')})`))
              .join('; '),
          });
    out.push(...wrap(when, 80, '  '), '');
  }
  io.stdout.write(`${out.join('\n')}`);
}
