// The file name for the plan: a free name in the current folder by default. A folder is refused; a
// file that exists is replaced only after asking.
import { msg } from '../../messages/index.js';
import { fullPath, withMarkdownExtension } from '../../paths.js';
import { freeName, whatIs } from '../plan-file.js';
import { go, screen, type Events, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'save-name'>;
type Named = Events['save-name'];

function next({ plan, ...s }: State, { file, found }: Named): ScreenState {
  if (found === 'folder')
    return go(
      s,
      { screen: 'save-name', plan },
      { kind: 'message', id: 'terminal.save.isFolder', params: { name: file } },
    );
  if (found === 'file') return go(s, { screen: 'save-replace', plan, file });
  return go(s, { screen: 'save-write', plan, file, overwrite: false });
}

export const saveName = screen<State, Named>({
  async show(_s, t) {
    const suggested = freeName();
    // "~/plans/sam" is saved as /home/me/plans/sam.md, and "Saved to" names that full path.
    const file = fullPath(
      withMarkdownExtension((await t.text(msg('terminal.save.fileName'), suggested)).trim() || suggested),
    );
    return { file, found: whatIs(file) };
  },
  next,
});
