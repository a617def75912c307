// Every user-facing string, keyed by id: the seam for a second language. Only English exists;
// a new language adds a folder beside en/ with the same ids (the types say which are missing).
import { checkin } from './en/checkin.js';
import { cli } from './en/cli.js';
import { common } from './en/common.js';
import { describe } from './en/describe.js';
import { engine } from './en/engine.js';
import { folders } from './en/folders.js';
import { io } from './en/io.js';
import { help } from './en/help.js';
import { keyed } from './en/keyed.js';
import { piped } from './en/piped.js';
import { plan } from './en/plan.js';
import { practice } from './en/practice.js';
import { render as renderWords } from './en/render.js';
import { scenario } from './en/scenario.js';
import { testing } from './en/testing.js';
import { terminal } from './en/terminal.js';
import { formatDate, formatMonth, render, type Entry, type Params } from './format.js';

export type { Entry, Params } from './format.js';
export { ioKinds, ioReasons } from './en/io.js';
export { inert, inertLines } from './inert.js';

const en = {
  ...common,
  ...engine,
  ...folders,
  ...io,
  ...scenario,
  ...testing,
  ...describe,
  ...piped,
  ...plan,
  ...practice,
  ...renderWords,
  ...terminal,
  ...cli,
  ...help,
  ...keyed,
  ...checkin,
} as const satisfies Record<string, Entry>;

export type MessageId = keyof typeof en;

/** Every message id (tests feed each one outside text). */
export const MESSAGE_IDS = Object.keys(en) as MessageId[];

const LOCALE = 'en';

/** The words for a message id, with its placeholders filled ({count} picks the plural form). */
export function msg(id: MessageId, params?: Params): string {
  return render(LOCALE, en[id], params);
}

/** "2026-11" as the language says it: "November 2026". */
export const monthName = (yearMonth: string): string => formatMonth(LOCALE, yearMonth);

/** "2026-12-08" as the language says it: "Tuesday, December 8, 2026". */
export const dateName = (date: string): string => formatDate(LOCALE, date);

/** "; did you mean "x"?" when there is a suggestion, else nothing. */
export const didYouMean = (hint: string | undefined): string => (hint ? msg('common.didYouMean', { hint }) : '');
