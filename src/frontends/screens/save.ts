// The save flow after the plan, one screen a step: the offer (save), the file name, replacing a file
// that exists, writing it, and another try after a failure. Nothing is written unless the person says yes.
import { msg } from '../../messages/index.js';
import type { Terminal } from '../terminal.js';
import { careful } from './after-plan.js';
import { go, screen, type ScreenState, type StateOf, type Events } from './types.js';
import { fullPath, withMarkdownExtension } from '../../paths.js';
import { freeName, whatIs } from '../plan-file.js';
import { TalkcoachError } from '../../errors.js';
import { saveFileAtomic } from '../../io/save.js';
import { renderPlanMarkdown } from '../../render/markdown.js';

// The offer to keep the plan as a Markdown file. Nothing is written unless the person says yes. After
// fear or not saying, a warning comes first (anyone who uses this computer could find the file), and
// not saving is the easy answer: Enter alone says no.
type StateOffer = StateOf<'save'>;

const nextOffer = ({ plan, ...s }: StateOffer, yes: boolean): ScreenState =>
  yes
    ? go(s, { screen: 'save-name', plan })
    : go(
        s,
        { screen: 'again' },
        { kind: 'message', id: careful(plan) ? 'terminal.save.declinedCareful' : 'terminal.save.declined' },
      );

/** The warning before a careful save, with the line worth keeping instead of the file. */
function warn(s: StateOffer, t: Terminal): void {
  const line = s.plan.crisis.abuse?.[0];
  t.say();
  t.tell(msg('terminal.save.warn'), t.look.paint.safety);
  t.tell(msg('terminal.save.warnKeep'));
  if (line) t.tell(msg('terminal.save.warnLine', { name: line.name, how: line.how }), t.look.paint.bold);
}

export const save = screen<StateOffer, boolean>({
  async show(s, t) {
    if (!careful(s.plan)) return t.confirm(msg('terminal.save.offer'));
    warn(s, t);
    return t.confirm(msg('terminal.save.offerCareful'), false);
  },
  next: nextOffer,
});

// The file name for the plan: a free name in the current folder by default. A folder is refused; a
// file that exists is replaced only after asking.
type StateName = StateOf<'save-name'>;
type Named = Events['save-name'];

function nextName({ plan, ...s }: StateName, { file, found }: Named): ScreenState {
  if (found === 'folder')
    return go(
      s,
      { screen: 'save-name', plan },
      { kind: 'message', id: 'terminal.save.isFolder', params: { name: file } },
    );
  if (found === 'file') return go(s, { screen: 'save-replace', plan, file });
  return go(s, { screen: 'save-write', plan, file, overwrite: false });
}

export const saveName = screen<StateName, Named>({
  async show(_s, t) {
    const suggested = freeName();
    // "~/plans/sam" is saved as /home/me/plans/sam.md, and "Saved to" names that full path.
    const file = fullPath(
      withMarkdownExtension((await t.text(msg('terminal.save.fileName'), suggested)).trim() || suggested),
    );
    return { file, found: whatIs(file) };
  },
  next: nextName,
});

// The name given is a file that exists: replace it only if the person says so, else ask again.
type StateReplace = StateOf<'save-replace'>;

const nextReplace = ({ plan, file, ...s }: StateReplace, yes: boolean): ScreenState =>
  go(s, yes ? { screen: 'save-write', plan, file, overwrite: true } : { screen: 'save-name', plan });

export const saveReplace = screen<StateReplace, boolean>({
  show: (s, t) => t.confirm(msg('terminal.save.replace', { name: s.file })),
  next: nextReplace,
});

// Saving failed (the reason was said): another name, or leave it unsaved.
type StateRetry = StateOf<'save-retry'>;

const nextRetry = ({ plan, ...s }: StateRetry, yes: boolean): ScreenState =>
  yes
    ? go(s, { screen: 'save-name', plan })
    : go(s, { screen: 'again' }, { kind: 'message', id: 'terminal.save.notSaved' });

export const saveRetry = screen<StateRetry, boolean>({
  show: (_s, t) => t.confirm(msg('terminal.save.retry')),
  next: nextRetry,
});

// Writing the plan as Markdown: atomically, mode 0600, and never over a file the person did not
// agree to replace (even one that appeared since they were asked).
type StateWrite = StateOf<'save-write'>;
type Written = Events['save-write'];

const nextWrite = ({ plan, file, ...s }: StateWrite, written: Written): ScreenState =>
  'saved' in written
    ? go(
        s,
        { screen: 'again' },
        {
          kind: 'message',
          id: careful(plan) ? 'terminal.save.savedCareful' : 'terminal.save.saved',
          params: { name: file },
        },
      )
    : go(s, { screen: 'save-retry', plan }, { kind: 'message', id: 'terminal.save.failed', params: written });

export const saveWrite = screen<StateWrite, Written>({
  async show(s, _t, setup) {
    try {
      // The whole plan, dated; the answers stay out (they can hold private details), and so do the
      // safety-plan details unless asked for (--with-safety-details).
      const now = new Date();
      const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
        .map((n) => String(n).padStart(2, '0'))
        .join('-');
      saveFileAtomic(
        s.file,
        renderPlanMarkdown(s.plan, { full: true, date, leaveOutPrivate: setup.withSafetyDetails !== true }),
        { overwrite: s.overwrite },
      );
      return { saved: true };
    } catch (e) {
      if (!(e instanceof TalkcoachError)) throw e;
      return { reason: e.message };
    }
  },
  next: nextWrite,
});
