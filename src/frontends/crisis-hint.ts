// How to reach crisis help, said on the first screen: the keys inside the session, and a command for
// outside it in the form that works for how talkcoach was started. Under `npm start` the command is
// npm's; under npx (or another npm script) the package may be a file or a folder we cannot name, so
// no command is guessed: the keys inside the session, and the lines at the end of every plan.
import { msg } from '../messages/index.js';

type Env = Readonly<Record<string, string | undefined>>;

export function crisisHint(env: Env): string {
  // npm sets these for the scripts and commands it runs; a shell running talkcoach sets neither.
  if (env.npm_lifecycle_event === 'start' && env.npm_package_name === 'talkcoach')
    return msg('terminal.welcome.crisisNpmStart');
  if (env.npm_lifecycle_event !== undefined || env.npm_command !== undefined)
    return msg('terminal.welcome.crisisInSession');
  return msg('terminal.welcome.crisis');
}
