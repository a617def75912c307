// The name given is a file that exists: replace it only if the person says so, else ask again.
import { msg } from '../../messages/index.js';
import { go, screen, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'save-replace'>;

const next = ({ plan, file, ...s }: State, yes: boolean): ScreenState =>
  go(s, yes ? { screen: 'save-write', plan, file, overwrite: true } : { screen: 'save-name', plan });

export const saveReplace = screen<State, boolean>({
  show: (s, t) => t.confirm(msg('terminal.save.replace', { name: s.file })),
  next,
});
