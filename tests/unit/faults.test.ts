// Faults handled inside: saving under failure, what the edge tells the user, and privacy rules.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/edge.js';
import { EngineError } from '../../src/engine/errors.js';
import { EXIT, TalkcoachError } from '../../src/errors.js';
import { saveFileAtomic, type SaveFs } from '../../src/io/save.js';
import { pendingTemporaryFiles } from '../../src/io/temp-files.js';
import { fileError } from '../../src/io/read.js';
import { ROOT } from '../helpers/cli.js';

const failing = (call: keyof SaveFs, code: string): SaveFs => ({
  ...fs,
  [call]: () => {
    throw Object.assign(new Error(code), { code });
  },
});

function folderWithPlan(): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), 'talkcoach-save-'));
  const target = join(dir, 'plan.md');
  writeFileSync(target, 'the old plan');
  return { dir, target };
}

describe('saving a plan', () => {
  it('writes mode 0600 even under umask 022', () => {
    const old = process.umask(0o022);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'talkcoach-save-'));
      saveFileAtomic(join(dir, 'plan.md'), 'hello');
      expect(statSync(join(dir, 'plan.md')).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });

  it.each<[string, keyof SaveFs, string, RegExp]>([
    ['a full disk while writing', 'writeSync', 'ENOSPC', /the disk is full/],
    ['a full disk while flushing', 'fsyncSync', 'ENOSPC', /the disk is full/],
    ['a read-only folder', 'openSync', 'EACCES', /permission denied/],
    ['a read-only disk', 'openSync', 'EROFS', /the disk is read-only/],
    ['a rename that fails', 'renameSync', 'EXDEV', /EXDEV/],
  ])('%s: a clear message, the old file intact, no temporary file', (_name, call, code, message) => {
    const { dir, target } = folderWithPlan();
    expect(() => saveFileAtomic(target, 'the new plan', { fs: failing(call, code) })).toThrow(message);
    expect(readFileSync(target, 'utf8')).toBe('the old plan');
    expect(readdirSync(dir)).toEqual(['plan.md']);
    expect(pendingTemporaryFiles.size).toBe(0);
  });

  it('a missing folder is named as such', () => {
    const err = (() => {
      try {
        saveFileAtomic(join(tmpdir(), 'no-such-folder-talkcoach', 'plan.md'), 'x');
      } catch (e) {
        return e as TalkcoachError;
      }
    })();
    expect(err).toBeInstanceOf(TalkcoachError);
    expect(err!.message).toMatch(/the folder does not exist\. Nothing was written\./);
    expect(err!.exitCode).toBe(EXIT.file);
  });

  it('without overwrite, an existing file is kept and the error says so', () => {
    const { dir, target } = folderWithPlan();
    expect(() => saveFileAtomic(target, 'new', { overwrite: false })).toThrow(/already exists/);
    expect(readFileSync(target, 'utf8')).toBe('the old plan');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });
});

describe('what the edge says', () => {
  it.each<[string, unknown, number, RegExp]>([
    [
      'a user mistake',
      new TalkcoachError('answer', 'line 3: no match', ['valid answers: 1 a']),
      4,
      /^talkcoach: line 3: no match\nvalid answers: 1 a$/,
    ],
    [
      'Ctrl-C in a prompt',
      Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' }),
      130,
      /^talkcoach: stopped\. Take care of yourself\.$/,
    ],
    [
      'commander has spoken already',
      Object.assign(new Error('x'), { code: 'commander.unknownOption', exitCode: 1 }),
      2,
      /^$/,
    ],
    ['help or version', Object.assign(new Error('x'), { code: 'commander.version', exitCode: 0 }), 0, /^$/],
  ])('%s', (_name, error, code, text) => {
    const f = describeFailure(error, false);
    expect(f.exitCode).toBe(code);
    expect(f.lines.join('\n')).toMatch(text);
  });

  it('an internal error is generic: its own code, no message text, no stack', () => {
    const secret = new Error('Sam said something private in scenario text');
    const f = describeFailure(secret, false);
    expect(f.exitCode).toBe(EXIT.internal);
    expect(f.lines.join('\n')).not.toMatch(/Sam|private|at /);
    expect(describeFailure(new EngineError('broken-scenario', { node: 'x' }), false).lines.join('\n')).toMatch(
      /\(engine: broken-scenario\)$/,
    );
  });

  it.each<[string, string, RegExp]>([
    ['ENOENT', 'plan.yaml', /^cannot read plan\.yaml: no such file$/],
    ['EACCES', 'plan.yaml', /^cannot read plan\.yaml: permission denied$/],
    ['EISDIR', 'dir', /^dir is a folder, not a file$/],
  ])('a file error %s is one line naming the path', (code, file, message) => {
    expect(fileError(file, Object.assign(new Error(), { code })).message).toMatch(message);
  });
});

describe('privacy', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(dir, name));

  /** Ways a source text could reach the network: what the check below looks for. */
  const networkUse = (text: string): RegExp[] =>
    [
      /from ['"](node:)?(http|https|http2|net|dns|tls|dgram)['"]/,
      /import\(['"](node:)?(http|https|http2|net|dns|tls|dgram)['"]\)/,
      /\bfetch\s*\(/,
      /\bWebSocket\b|\bXMLHttpRequest\b/,
    ].filter((r) => r.test(text));

  it('no source file can open a network connection', () => {
    const files = sources(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(networkUse(readFileSync(f, 'utf8')), f).toEqual([]);
  });

  it.each([
    "import { get } from 'node:https';",
    "const net = await import('net');",
    'await fetch (url);',
    'new WebSocket(url);',
  ])('the network check finds %s', (text) => {
    expect(networkUse(text)).toHaveLength(1);
  });
});
