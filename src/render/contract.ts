// A module's or scenario's contract as text for `talkcoach describe`, and as the markdown table
// the authoring guide holds (a test keeps the guide's copy current).
import { msg } from '../messages/index.js';
import type { Contract } from '../scenario/contract.js';

const factWords = (f: Contract['facts'][number]) =>
  f.values === 'any' ? msg('describe.anyText') : `${f.many ? `${msg('describe.list')} ` : ''}${f.values.join(', ')}`;

const nodeName = (n: Contract['nodes'][number]) =>
  n.alias === undefined ? n.id : msg('help.questions.alias', { id: n.id, alias: n.alias });

const nodeLine = (n: Contract['nodes'][number]) =>
  `${nodeName(n)} (${n.kind}${n.fact ? `, ${n.fact}` : ''})${n.answers ? `: ${n.answers.join(', ')}` : ''}`;

function bySection(c: Contract): [string, string[]][] {
  const sections = new Map<string, string[]>();
  for (const p of c.points) sections.set(p.section, [...(sections.get(p.section) ?? []), p.id]);
  return [...sections];
}

export function contractText(c: Contract): string {
  const block = (heading: string, lines: string[]) =>
    [heading, ...(lines.length > 0 ? lines.map((l) => `  ${l}`) : [msg('describe.none')])].join('\n');
  const parts = [
    msg('describe.heading', {
      kind: msg(c.kind === 'module' ? 'describe.module' : 'describe.scenario'),
      name: c.name,
      title: c.title,
    }),
    block(msg('describe.nodes'), c.nodes.map(nodeLine)),
    block(
      msg('describe.facts'),
      c.facts.map((f) => `${f.name}: ${factWords(f)}`),
    ),
    block(
      msg('describe.points'),
      bySection(c).map(([s, ids]) => `${s}: ${ids.join(', ')}`),
    ),
  ];
  if (c.kind === 'module') parts.push(block(msg('describe.expects'), c.expects));
  return `${parts.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The guide's table of the built-in modules: one row each. */
export function contractTable(contracts: readonly Contract[]): string {
  const head = [
    msg('describe.tableModule'),
    msg('describe.tableQuestions'),
    msg('describe.tablePoints'),
    msg('describe.tableExpects'),
  ];
  const rows = contracts.map((c) => {
    const questions = c.nodes
      .filter((n) => n.fact)
      .map((n) => {
        const f = c.facts.find((x) => x.name === n.fact)!;
        return `\`${n.id}\` (${n.kind}, \`${n.fact}\`: ${factWords(f)})`;
      });
    const others = c.nodes.filter((n) => !n.fact).map((n) => `\`${n.id}\` (${n.kind})`);
    return [
      `\`${c.name}\``,
      [...questions, ...others].join('; ') || '—',
      c.points.map((p) => `\`${p.id}\``).join(', ') || '—',
      c.expects.map((e) => `\`${e}\``).join(', ') || '—',
    ];
  });
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
