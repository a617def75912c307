// Saving failed (the reason was said): another name, or leave it unsaved.
import { msg } from '../../messages/index.js';
import { go, screen, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'save-retry'>;

const next = ({ plan, ...s }: State, yes: boolean): ScreenState =>
  yes
    ? go(s, { screen: 'save-name', plan })
    : go(s, { screen: 'again' }, { kind: 'message', id: 'terminal.save.notSaved' });

export const saveRetry = screen<State, boolean>({
  show: (_s, t) => t.confirm(msg('terminal.save.retry')),
  next,
});
