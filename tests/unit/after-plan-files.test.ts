// Saved plans without the safety-plan details (issue 20, item 4; clinical read U2), in-process through
// the command line: `run -o FILE` in every format leaves out points marked `private` (the code word,
// the grab-bag list), with one line saying so, unless --with-safety-details; standard output keeps them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';
import { runPiped } from '../../src/frontends/piped.js';
import { renderPlan } from '../../src/render/index.js';
import { GB, loadText, scenarioText } from '../helpers/fixtures.js';

const FEAR = 'no\nSam\nyes\n';

async function talkcoach(args: string[], input = FEAR) {
  const r = await runInProcess(args, { input });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const dir = () => mkdtempSync(join(tmpdir(), 'talkcoach-files-'));
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const LEFT_OUT = 'were left out of this file on purpose';

type Json = { plan: { sections: { points: { id: string; private?: boolean }[] }[]; privateLeftOut?: unknown } };
const points = (j: Json) => j.plan.sections.flatMap((s) => s.points);

describe('run -o FILE after a fear plan', () => {
  it.each(['plan.md', 'plan.txt'])('%s: no code word, no grab-bag list, one line saying why', async (name) => {
    // Guards against "If I ever text you the word 'umbrella'…" in a file someone else could find.
    const file = join(dir(), name);
    const r = await talkcoach(['run', 'partner', '--region', 'US', '-o', file]);
    expect(r.code).toBe(0);
    const text = oneLine(readFileSync(file, 'utf8'));
    expect(text).not.toContain('umbrella');
    expect(text).not.toContain('grab them fast');
    expect(text.split(LEFT_OUT)).toHaveLength(2);
    // The rest of the safety plan stays: the advocate first.
    expect(text).toContain('domestic-abuse advocate');
    // No false comfort on a shared computer.
    expect(r.err).toContain('Anyone who uses this computer, or knows its password, could find it.');
    expect(r.err).not.toContain('readable only by your user account');
  });

  it('plan.json: the private point is left out, and privateLeftOut says so', async () => {
    const file = join(dir(), 'plan.json');
    expect((await talkcoach(['run', 'partner', '--region', 'US', '-o', file])).code).toBe(0);
    const json = JSON.parse(readFileSync(file, 'utf8')) as Json & { summary: { point?: string }[] };
    expect(points(json).map((p) => p.id)).not.toContain('fear-plan');
    expect(json.summary.map((l) => l.point)).not.toContain('fear-plan');
    expect(json.plan.privateLeftOut).toMatchObject({ count: 1 });
    expect(JSON.stringify(json)).not.toContain('umbrella');
  });

  it('--with-safety-details keeps them, marked private in JSON', async () => {
    const md = join(dir(), 'plan.md');
    await talkcoach(['run', 'partner', '--region', 'US', '-o', md, '--with-safety-details']);
    const text = readFileSync(md, 'utf8');
    expect(text.match(/umbrella/g)).toHaveLength(1);
    expect(text).not.toContain(LEFT_OUT);
    const json = join(dir(), 'plan.json');
    await talkcoach(['run', 'partner', '--region', 'US', '-o', json, '--with-safety-details']);
    const parsed = JSON.parse(readFileSync(json, 'utf8')) as Json;
    expect(points(parsed).find((p) => p.id === 'fear-plan')?.private).toBe(true);
    expect(parsed.plan.privateLeftOut).toBeUndefined();
  });

  it('standard output (no -o, or -o -) is not a file talkcoach keeps: the whole plan', async () => {
    for (const args of [[], ['-o', '-']]) {
      const r = await talkcoach(['run', 'partner', '--region', 'US', ...args]);
      expect(r.out).toContain('umbrella');
      expect(r.out).not.toContain(LEFT_OUT);
    }
  });

  it('an ordinary plan saved has nothing left out and keeps the usual words', async () => {
    const file = join(dir(), 'plan.md');
    const r = await talkcoach(
      ['run', 'partner', '--region', 'US', '-o', file],
      'no\nSam\nno\ncost\nmood\nsteady\nno\nopen\n',
    );
    expect(readFileSync(file, 'utf8')).not.toContain(LEFT_OUT);
    expect(r.err).toContain('readable only by your user account');
  });
});

describe('the option in the help', () => {
  it('run --help and talkcoach --help name --with-safety-details', async () => {
    for (const args of [['run', '--help'], ['--help']]) {
      const r = await talkcoach(args, '');
      expect(oneLine(r.out)).toMatch(/--with-safety-details .*code word/);
    }
  });
});

describe('private is a field of the scenario format, not a list of point ids', () => {
  const text = (flag: string) =>
    scenarioText(`nodes:
  safety:
    kind: choice
    ask: Is anyone in danger right now?
    fact: risk
    options:
      - { id: "no", label: "No", next: done }
      - { id: "yes", label: "Yes", next: crisis }
  crisis:
    kind: note
    title: First, safety
    crisis: true
    next: done
  done:
    kind: end
    title: A plan
    add: [talk, spare-key, rest]
points:
  talk:
    section: opening
    do: Ask how they are.
    source: test
  rest:
    section: boundaries
    do: Rest when you can.
    source: test
  spare-key:
    section: practical
    ${flag}
    do: Leave a spare key with a neighbour you trust.
    source: test
`);

  it('any point marked private is left out of every file format, with the line saying so', async () => {
    // Guards against a fix that knows only fear-plan by name.
    const loaded = loadText(text('private: true'));
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { plan } = await runPiped(loaded.scenario!, ['no'], GB);
    for (const format of ['text', 'markdown', 'json'] as const) {
      const kept = renderPlan(plan, format);
      const file = oneLine(renderPlan(plan, format, { leaveOutPrivate: true }));
      expect(kept, format).toContain('spare key');
      expect(file, format).not.toContain('spare key');
      expect(file, format).toContain(LEFT_OUT);
      expect(file, format).toContain('Ask how they are.');
    }
  });

  it('private takes true or false only', () => {
    const loaded = loadText(text('private: sometimes'));
    expect(loaded.diagnostics.map((d) => d.message).join('\n')).toMatch(/expected true or false/);
  });
});
