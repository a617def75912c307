// The one decision about colour: flags, NO_COLOR, FORCE_COLOR, TERM and the terminal, in a table.
import { describe, expect, it } from 'vitest';
import { colorLevel, type ColorInputs } from '../../src/render/color-level.js';

const tty = (env: Record<string, string> = {}, more: Partial<ColorInputs> = {}): ColorInputs => ({
  env: { TERM: 'xterm', ...env },
  isTTY: true,
  ...more,
});

describe('colorLevel', () => {
  it.each<[string, ColorInputs, number]>([
    ['a plain terminal gets the basic colours', tty(), 1],
    ['TERM with 256 colours', tty({ TERM: 'xterm-256color' }), 2],
    ['COLORTERM=truecolor', tty({ COLORTERM: 'truecolor' }), 3],
    ['COLORTERM=24bit', tty({ COLORTERM: '24bit' }), 3],
    ['not a terminal', { env: { TERM: 'xterm' }, isTTY: false }, 0],
    ['TERM=dumb', tty({ TERM: 'dumb' }), 0],
    ['NO_COLOR=1', tty({ NO_COLOR: '1' }), 0],
    ['NO_COLOR with any value', tty({ NO_COLOR: 'please' }), 0],
    ['NO_COLOR empty is not set', tty({ NO_COLOR: '' }), 1],
    ['--no-color', tty({}, { noColor: true }), 0],
    ['--plain', tty({}, { plain: true }), 0],
    ['--plain wins over FORCE_COLOR', tty({ FORCE_COLOR: '3' }, { plain: true }), 0],
    ['--no-color wins over FORCE_COLOR', tty({ FORCE_COLOR: '1' }, { noColor: true }), 0],
    ['NO_COLOR wins over FORCE_COLOR', tty({ NO_COLOR: '1', FORCE_COLOR: '1' }), 0],
    ['FORCE_COLOR=1 into a pipe', { env: { FORCE_COLOR: '1' }, isTTY: false }, 1],
    ['FORCE_COLOR=2', { env: { FORCE_COLOR: '2' }, isTTY: false }, 2],
    ['FORCE_COLOR=3', { env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    ['FORCE_COLOR=true', { env: { FORCE_COLOR: 'true' }, isTTY: false }, 1],
    ['FORCE_COLOR on TERM=dumb', tty({ TERM: 'dumb', FORCE_COLOR: '1' }), 1],
    ['FORCE_COLOR=0 on a terminal', tty({ FORCE_COLOR: '0' }), 0],
    ['FORCE_COLOR=false on a terminal', tty({ FORCE_COLOR: 'false' }), 0],
    ['FORCE_COLOR empty is not set', { env: { FORCE_COLOR: '' }, isTTY: false }, 0],
  ])('%s → %i', (_name, inputs, level) => {
    expect(colorLevel(inputs)).toBe(level);
  });
});
