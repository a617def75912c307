// The offer to keep the plan as a Markdown file. Nothing is written unless the person says yes.
import { msg } from '../../messages/index.js';
import { go, screen, type ScreenState, type StateOf } from './types.js';

type State = StateOf<'save'>;

export const next = ({ plan, ...s }: State, yes: boolean): ScreenState =>
  yes
    ? go(s, { screen: 'save-name', plan })
    : go(s, { screen: 'again' }, { kind: 'message', id: 'terminal.save.declined' });

export const save = screen<State, boolean>({
  show: (_s, t) => t.confirm(msg('terminal.save.offer'), false),
  next,
});
