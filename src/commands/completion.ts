// `talkcoach completion bash|zsh|fish`: shell completion made from the program itself (its commands
// and their options) and the built-in scenario ids, so it never drifts from `--help`.
import { TalkcoachError } from '../errors.js';
import { inert, msg } from '../messages/index.js';
import { echoed } from './parser.js';
import { catalogue } from '../scenario/catalogue.js';
import type { Io } from '../io/types.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface CommandShape {
  name: string;
  /** Long options, with their leading dashes. */
  options: string[];
  /** Whether it takes a scenario (an id or a file). */
  scenario: boolean;
}

const words = (list: readonly string[]) => list.join(' ');

function bash(commands: readonly CommandShape[], globals: readonly string[], ids: readonly string[]): string {
  const cases = commands
    .map((c) => `    ${c.name}) opts="${words([...c.options, ...globals])}"; args="${c.scenario ? words(ids) : ''}" ;;`)
    .join('\n');
  return `# talkcoach completion for bash. Add to ~/.bashrc:  eval "$(talkcoach completion bash)"
_talkcoach() {
  local cur=\${COMP_WORDS[COMP_CWORD]} cmd=\${COMP_WORDS[1]} opts args
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${words(commands.map((c) => c.name))} ${words(globals)} --version --help" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
    *) opts="${words(globals)}"; args="" ;;
  esac
  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else COMPREPLY=($(compgen -W "$args" -- "$cur")); fi
}
complete -o default -o bashdefault -F _talkcoach talkcoach
`;
}

function fish(commands: readonly CommandShape[], globals: readonly string[], ids: readonly string[]): string {
  const lines = [
    '# talkcoach completion for fish. Save as ~/.config/fish/completions/talkcoach.fish',
    `complete -c talkcoach -n __fish_use_subcommand -a "${words(commands.map((c) => c.name))}"`,
    ...globals.map((o) => `complete -c talkcoach -l ${o.slice(2)}`),
  ];
  for (const c of commands) {
    const when = `-n "__fish_seen_subcommand_from ${c.name}"`;
    for (const o of c.options) lines.push(`complete -c talkcoach ${when} -l ${o.slice(2)}`);
    if (c.scenario) lines.push(`complete -c talkcoach ${when} -a "${words(ids)}"`);
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(
  shell: Shell,
  commands: readonly CommandShape[],
  globals: readonly string[],
  ids: readonly string[],
): string {
  if (shell === 'fish') return fish(commands, globals, ids);
  const script = bash(commands, globals, ids);
  // zsh runs the bash function through its bash-completion layer.
  return shell === 'zsh'
    ? `# talkcoach completion for zsh. Add to ~/.zshrc:  eval "$(talkcoach completion zsh)"
autoload -U +X bashcompinit && bashcompinit
${script.split('\n').slice(1).join('\n')}`
    : script;
}

export function completionCommand(
  shell: string,
  commands: readonly CommandShape[],
  globals: readonly string[],
  io: Io,
): void {
  const s = shell.toLowerCase();
  if (!(SHELLS as readonly string[]).includes(s))
    throw new TalkcoachError(
      'usage',
      msg('completion.badShell', { shell: inert(echoed(shell)), shells: SHELLS.join(', ') }),
    );
  const ids = catalogue([]).map((e) => e.id);
  // --version belongs to talkcoach alone, not to each command.
  const shared = globals.filter((o) => o !== '--version');
  io.stdout.write(completionScript(s as Shell, commands, shared, ids));
}
