import { describe, expect, it } from 'vitest';
import { holds } from '../../src/engine/conditions.js';
import type { Condition } from '../../src/engine/model.js';

const facts = { relationship: 'partner', reasons: ['cost', 'time'], name: 'Sam' };

describe('conditions over facts', () => {
  it.each<[string, Condition, boolean]>([
    ['equals a value', { equals: { relationship: 'partner' } }, true],
    ['equals another value', { equals: { relationship: 'friend' } }, false],
    ['equals any of a list', { equals: { relationship: ['friend', 'partner'] } }, true],
    ['equals on a missing fact', { equals: { mood: 'low' } }, false],
    ['equals on a list fact never holds', { equals: { reasons: 'cost' } }, false],
    ['equals on several facts needs all', { equals: { relationship: 'partner', name: 'Jo' } }, false],
    ['includes one of the list', { includes: { reasons: 'cost' } }, true],
    ['includes a value not chosen', { includes: { reasons: 'stigma' } }, false],
    ['includes any of several', { includes: { reasons: ['stigma', 'time'] } }, true],
    ['includes on a single-valued fact', { includes: { relationship: 'partner' } }, true],
    ['includes on a missing fact', { includes: { other: 'x' } }, false],
    ['all true', { all: [{ equals: { relationship: 'partner' } }, { includes: { reasons: 'time' } }] }, true],
    [
      'all with one false',
      { all: [{ equals: { relationship: 'partner' } }, { includes: { reasons: 'stigma' } }] },
      false,
    ],
    ['any with one true', { any: [{ equals: { relationship: 'friend' } }, { includes: { reasons: 'time' } }] }, true],
    ['any all false', { any: [{ equals: { relationship: 'friend' } }, { includes: { reasons: 'stigma' } }] }, false],
    ['not of true', { not: { equals: { relationship: 'partner' } } }, false],
    ['not of false', { not: { includes: { reasons: 'stigma' } } }, true],
    ['nested', { all: [{ not: { any: [{ includes: { reasons: 'stigma' } }] } }, { equals: { name: 'Sam' } }] }, true],
  ])('%s', (_name, condition, expected) => {
    expect(holds(condition, facts)).toBe(expected);
  });

  it('does not see inherited properties as facts', () => {
    expect(holds({ equals: { constructor: 'x' } }, {})).toBe(false);
    expect(holds({ includes: { toString: 'x' } }, {})).toBe(false);
  });
});
