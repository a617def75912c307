// `talkcoach describe` and the guide's module table: made from the same contracts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractText } from '../../src/render/contract.js';
import { BUILTIN_SHARED_DIR } from '../../src/scenario/catalogue.js';
import { contractOf } from '../../src/scenario/contract.js';
import { loadModuleFile } from '../../src/scenario/load.js';
import { builtInModuleTable, GUIDE, withTable } from '../../src/authoring/guide-table.js';
import { ROOT } from '../helpers/cli.js';

const moduleContract = (name: string) => contractOf(loadModuleFile(join(BUILTIN_SHARED_DIR, `${name}.yaml`)).module!);

describe('module contracts', () => {
  it('crisis: the safety question, its answers, its points and what the scenario must define', () => {
    const c = moduleContract('crisis');
    expect(c.nodes[0]).toEqual({ id: 'safety', kind: 'choice', fact: 'risk', answers: ['no', 'yes', 'unsure'] });
    expect(c.facts).toEqual([{ name: 'risk', values: ['no', 'yes', 'unsure'], many: false }]);
    expect(c.expects).toEqual(['after-safety']);
    expect(contractText(c)).toContain('\nyour scenario must define:\n  after-safety\n');
  });

  it('reasons: a multi fact is a list', () => {
    const c = moduleContract('reasons');
    expect(c.facts.find((f) => f.name === 'reasons')).toMatchObject({ many: true });
    expect(contractText(c)).toMatch(/reasons: a list of stigma, severe-only/);
  });

  it("the guide's table is current (run npm run schema when this fails)", () => {
    const guide = readFileSync(join(ROOT, GUIDE), 'utf8');
    expect(guide).toBe(withTable(guide, builtInModuleTable()));
  });

  it('the staleness check can fail', () => {
    const guide = readFileSync(join(ROOT, GUIDE), 'utf8');
    expect(withTable(guide, '| stale |\n')).not.toBe(guide);
  });
});
