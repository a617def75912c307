// The first screen: what the coach does, its promises, and how to get crisis help.
import { languageCode, msg, type MessageId } from '../../messages/index.js';
import { invitations } from '../../messages/languages.js';
import { wrap } from '../../render/wrap.js';
import { crisisHint } from '../crisis-hint.js';
import { said } from '../prompt-theme.js';
import { begin } from './question.js';
import { go, screen, type ScreenState, type Setup, type StateOf } from './types.js';

type State = StateOf<'welcome'>;

const PROMISES: MessageId[] = ['terminal.welcome.private', 'terminal.welcome.notTherapy'];

/** Straight to the questions of a scenario named on the command line, else to the picker. */
const next = (s: State, _: void, setup: Setup): ScreenState =>
  setup.scenario ? begin(s, setup.scenario, setup) : go(s, { screen: 'picker' });

export const welcome = screen<State, void>({
  async show(_s, t, setup) {
    const { look } = t;
    const inner = look.width - (look.frame?.inset ?? 0);
    const head = [
      look.paint.bold(msg('terminal.welcome.title')),
      ...wrap(msg(setup.checkin ? 'checkin.welcome.intro' : 'terminal.welcome.intro'), inner),
    ];
    t.say((look.frame ? look.frame.box(head, 'headline') : head).join('\n'));
    const bullet = look.plain ? '' : ` ${look.style.bullet} `;
    const lines = [
      ...PROMISES.map((id) => msg(id)),
      crisisHint(t.io.env),
      said(look, 'terminal.welcome.keys'),
      ...invitations(languageCode()),
    ];
    for (const l of lines) t.say(wrap(l, look.width, ' '.repeat(bullet.length), bullet).join('\n'));
    t.say();
  },
  next,
});
