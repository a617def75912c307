// The built-in practice files load, pass the practice walk, and the walk can fail.
import { describe, expect, it } from 'vitest';
import { walkPractice } from '../../src/engine/practice/walk.js';
import { loadPractice, reasonIds } from '../../src/scenario/practice-load.js';

const builtin = loadPractice();

describe('built-in practice content', () => {
  it('has no problems, errors or warnings', () => {
    expect(builtin.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([]);
    expect(builtin.content).toBeDefined();
    expect(builtin.rules).toBeDefined();
  });

  it('the walk finds an unreachable line, a hurting reply without a better one, and a line with no help', () => {
    const content = structuredClone(builtin.content!);
    content.reasons['no-such-reason'] = structuredClone(content.reasons.cost!);
    delete content.reasons.cost!.replies[2]!.better;
    content.reasons.time!.replies = content.reasons.time!.replies.filter((r) => !content.kinds[r.kind]!.helps);
    const ids = walkPractice(content, builtin.rules!, reasonIds()).map((p) => `${p.id} ${p.path.join('/')}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'unreachable reasons/no-such-reason',
        'better reasons/cost/replies/2',
        'no-help reasons/time',
        'duplicate reasons/no-such-reason/replies/0/id',
      ]),
    );
  });

  it('the walk warns when a reply offered as helpful reads as hurtful to the checker', () => {
    const content = structuredClone(builtin.content!);
    content.opening.replies[0]!.say = 'You always do this. You need to get help.';
    const found = walkPractice(content, builtin.rules!, reasonIds());
    expect(found).toEqual([
      expect.objectContaining({ id: 'checker', warning: true, path: ['opening', 'replies', 0, 'say'] }),
    ]);
  });
});
