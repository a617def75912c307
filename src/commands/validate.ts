// talkcoach validate <file|dir>...: every problem at once, as file:line:col: severity: message.
import { fs } from '../io/fs.js';
import { join } from 'node:path';
import { TalkcoachError } from '../errors.js';
import { formatDiagnostic, type Diagnostic } from '../scenario/diagnostics.js';
import { BUILTIN_SHARED_DIR } from '../scenario/catalogue.js';
import { DEFAULT_MAX_BYTES, fileError, loadScenarioFile } from '../scenario/load.js';
import type { CommonOptions, Io } from './context.js';

const { readdirSync, statSync } = fs;

function expand(target: string): string[] {
  let st;
  try {
    st = statSync(target);
  } catch (e) {
    throw fileError(target, e);
  }
  if (!st.isDirectory()) return [target];
  return readdirSync(target)
    .filter((n) => /\.ya?ml$/.test(n) && !/\.test\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(target, n));
}

export function validateCommand(targets: string[], o: CommonOptions & { format?: string }, io: Io): number {
  if (o.format !== undefined && o.format !== 'text' && o.format !== 'json') throw new TalkcoachError('usage', `--format must be text or json, not "${o.format}"`);
  const files = targets.flatMap(expand);
  const all: Diagnostic[] = [];
  const seen = new Set<string>();
  const results: { file: string; valid: boolean }[] = [];
  for (const file of files) {
    let diagnostics: Diagnostic[];
    try {
      diagnostics = loadScenarioFile(file, { sharedDirs: [BUILTIN_SHARED_DIR], maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES }).diagnostics;
    } catch (e) {
      if (!(e instanceof TalkcoachError)) throw e;
      diagnostics = [{ file, line: 1, col: 1, severity: 'error', message: e.message.replace(`${file}: `, '').replace(`${file} `, 'the file ') }];
    }
    results.push({ file, valid: !diagnostics.some((d) => d.severity === 'error') });
    for (const d of diagnostics) {
      // A shared module used by several scenarios reports its problems once.
      const key = `${d.file}:${d.line}:${d.col}:${d.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        all.push(d);
      }
    }
  }
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  if (o.format === 'json') {
    io.stdout.write(`${JSON.stringify({ version: 1, files: results, errors, warnings, diagnostics: all }, null, 2)}\n`);
  } else {
    for (const d of all) io.stdout.write(`${formatDiagnostic(d)}\n`);
    const summary = `${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    io.stderr.write(`${summary}\n`);
  }
  return errors > 0 ? 3 : 0;
}
