// The command line's help: the examples each command's --help ends with, and the words of
// argument-parsing errors (the voice every error shares).
export const help = {
  'help.command': 'show help for a command, as talkcoach help run',
  'help.arg': 'the command to show help for',
  'help.examples': 'Examples:',
  'help.seeHelp': 'see `{command} --help`',
  'help.opt.json': 'as JSON (the same as --format json)',
  'help.opt.textOrJson': 'text, or json',
  'help.opt.force': 'replace the --output file if it exists',
  'help.badChoice': 'Expected one of {choices}',
  'help.ex.root':
    'talkcoach                                   the coach, on a terminal\n' +
    'talkcoach run partner                       one situation, straight away\n' +
    'talkcoach crisis --region GB                crisis lines now',
  'help.ex.run':
    'talkcoach run partner                                   ask on the terminal\n' +
    'talkcoach run partner --answers answers.json --json     answers keyed by question id\n' +
    'talkcoach run partner -o plan.md < answers.txt          answers one a line; save the plan\n' +
    'talkcoach run my-scenario.yaml --from pace              try one branch while writing',
  'help.ex.list': 'talkcoach list\ntalkcoach list --json --scenarios ~/my-scenarios',
  'help.ex.crisis': 'talkcoach crisis\ntalkcoach crisis --region GB\nTALKCOACH_REGION=AU talkcoach crisis --plain',
  'help.ex.history': 'talkcoach history\ntalkcoach history --json       every kept check-in, by date, for a script',
  'help.ex.completion':
    'eval "$(talkcoach completion bash)"      in ~/.bashrc\n' +
    'eval "$(talkcoach completion zsh)"       in ~/.zshrc\n' +
    'talkcoach completion fish > ~/.config/fish/completions/talkcoach.fish',
  'help.ex.config':
    'talkcoach config set region GB       keep your country for the crisis lines\n' +
    'talkcoach config get region\n' +
    'talkcoach config list\n' +
    'talkcoach config unset region        forget it\n' +
    'talkcoach config set lang es         speak Spanish every time (En español)',
  'help.ex.questions':
    'talkcoach questions partner              every question, its id and options\n' +
    'talkcoach questions partner --json       the same, for a script',
  'help.ex.validate':
    'talkcoach validate my-scenario.yaml\ntalkcoach validate scenarios/ --json\n' +
    'talkcoach validate --watch my-scenario.yaml       check again on every save',
  'help.ex.graph': 'talkcoach graph partner > partner.mmd\ntalkcoach graph my-scenario.yaml --format dot',
  'help.ex.test':
    'talkcoach test scenarios/\ntalkcoach test --walk --strict partner\n' +
    'talkcoach test --coverage scenarios/                  what the cases exercise, and what not\n' +
    'talkcoach test --random 500 --seed 7 my-scenario.yaml  500 random play-throughs, the same each time',
  'help.questions': 'every question of a scenario: its id and alias, kind, options and when it is asked (for scripts)',
  'help.questions.text': 'free text (an empty answer skips it)',
  'help.questions.first': 'asked first',
  'help.questions.after': 'asked after: {list}',
  // cli-help: the top-level help's groups, and the examples of the commands that had none.
  'help.group.you': 'For you:',
  'help.group.writers': 'For people who write scenarios or scripts:',
  'help.ex.describe':
    'talkcoach describe crisis                  what the crisis module offers: its ids and facts\n' +
    "talkcoach describe partner --json          a scenario's questions and points, for a tool",
  'help.ex.practice':
    'talkcoach practice partner                                 rehearse on the terminal\n' +
    'talkcoach practice partner --reasons cost --name Sam       what to practise, and their name\n' +
    'echo "I\'m here for you" | talkcoach practice --check       is a reply helpful? (JSON)',
  'help.ex.checkin':
    'talkcoach checkin                                          after the talk, on the terminal\n' +
    'talkcoach checkin --keep --calendar checkin.ics            keep it, and a calendar reminder\n' +
    'talkcoach checkin --answers how-it-went.json --json        for a script',
  'help.ex.forget': 'talkcoach forget                 asks first\ntalkcoach forget --yes           for a script',
  'help.ex.help': 'talkcoach help\ntalkcoach help run',
  'help.questions.alias': '{id} or {alias}',
} as const;
