// Where `run` writes the plan: standard output, or a file (-o FILE; `-o -` is standard output). A file
// that exists is replaced only with --force; the format follows the file's extension unless --format
// says; `~` is the home folder; "saved to" names the full path. A file leaves out the safety-plan
// details unless --with-safety-details says otherwise.
import { homedir } from 'node:os';
import { extname } from 'node:path';
import { saveFileAtomic, writableTarget } from '../io/save.js';
import { fullPath } from '../paths.js';
import type { Plan } from '../engine/types.js';
import { msg } from '../messages/index.js';
import { renderPlan, type Format } from '../render/index.js';
import { PLAIN_TEXT_STYLE, straightQuotes } from '../render/plain.js';
import type { Io } from '../io/types.js';
import { today } from './today.js';
import { note } from './note.js';

export { today };

const BY_EXTENSION: Record<string, Format> = { '.json': 'json', '.md': 'markdown', '.markdown': 'markdown' };

/** -o as given: `-` is standard output (undefined here); anything else a full path, `~` expanded. */
export const outputPath = (file: string | undefined, env: Io['env']): string | undefined =>
  file === undefined || file === '-' ? undefined : fullPath(file, env.HOME || homedir());

/** The format asked for, else the one the file's extension names, else text. */
export const formatFor = (format: Format | undefined, file: string | undefined): Format =>
  format ?? (file ? BY_EXTENSION[extname(file).toLowerCase()] : undefined) ?? 'text';

export interface PlanOutput {
  format?: Format;
  output?: string;
  force?: boolean;
  plain?: boolean;
  full?: boolean;
  withAnswers?: boolean;
  /** Keep the safety-plan details (a code word, where things are kept) in a saved file. */
  withSafetyDetails?: boolean;
}

export async function writePlan(plan: Plan, o: PlanOutput, io: Io): Promise<void> {
  const target = outputPath(o.output, io.env);
  const format = formatFor(o.format, target);
  const saving = target !== undefined;
  // A saved file is the whole plan, dated, and leaves out the answers unless asked (--with-answers),
  // and the safety-plan details unless asked (--with-safety-details): someone else could find it.
  // Standard output is not a file talkcoach keeps: it carries the whole plan, as the screen does.
  const rendered = renderPlan(plan, format, {
    width: 80,
    full: saving || Boolean(o.full),
    ...(saving
      ? { date: today(), answers: Boolean(o.withAnswers), leaveOutPrivate: o.withSafetyDetails !== true }
      : {}),
    ...(o.plain ? { style: PLAIN_TEXT_STYLE } : {}),
  });
  const text = o.plain && format === 'text' ? straightQuotes(rendered) : rendered;
  if (target === undefined) return void io.stdout.write(text);
  // A pipe, a device or a folder is refused as such, and a taken name without --force, before
  // anything is written; without --force, link() refuses a name taken since.
  writableTarget(target, o.force === true);
  saveFileAtomic(target, text, { overwrite: o.force === true });
  // After fear (or not saying), "only your account can read it" would be false comfort on a shared
  // computer: that caution is said even with --quiet; the plain "saved to" is a note.
  if (plan.safety.afraid) io.stderr.write(`${msg('cli.run.savedCareful', { file: target })}\n`);
  else note(io, msg('cli.run.saved', { file: target }));
}
