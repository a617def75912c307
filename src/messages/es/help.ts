// La ayuda de la línea de comandos: los ejemplos con que termina el --help de cada comando, y las
// palabras de los errores al leer los argumentos.
import type { help as en } from '../en/help.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'help.command': 'muestra la ayuda de un comando, como en talkcoach help run',
  'help.arg': 'el comando del que ver la ayuda',
  'help.examples': 'Ejemplos:',
  'help.seeHelp': 'mira `{command} --help`',
  'help.opt.json': 'en JSON (lo mismo que --format json)',
  'help.opt.textOrJson': 'text, o json',
  'help.opt.force': 'reemplaza el archivo de --output si ya existe',
  'help.badChoice': 'Se esperaba uno de estos: {choices}',
  'help.ex.root':
    'talkcoach                                   el programa, en la terminal\n' +
    'talkcoach run partner                       una situación, directamente\n' +
    'talkcoach crisis --region GB                líneas de crisis, ya',
  'help.ex.run':
    'talkcoach run partner                                   pregunta en la terminal\n' +
    'talkcoach run partner --answers answers.json --json     respuestas por id de pregunta\n' +
    'talkcoach run partner -o plan.md < answers.txt          una respuesta por línea; guarda el plan',
  'help.ex.list': 'talkcoach list\ntalkcoach list --json --scenarios ~/my-scenarios',
  'help.ex.crisis': 'talkcoach crisis\ntalkcoach crisis --region GB\nTALKCOACH_REGION=AU talkcoach crisis --plain',
  'help.ex.history':
    'talkcoach history\ntalkcoach history --json       cada seguimiento guardado, por fecha, para un script',
  'help.ex.completion':
    'eval "$(talkcoach completion bash)"      en ~/.bashrc\n' +
    'eval "$(talkcoach completion zsh)"       en ~/.zshrc\n' +
    'talkcoach completion fish > ~/.config/fish/completions/talkcoach.fish',
  'help.ex.config':
    'talkcoach config set region GB       guarda tu país para las líneas de crisis\n' +
    'talkcoach config get region\n' +
    'talkcoach config list\n' +
    'talkcoach config unset region        lo olvida',
  'help.ex.questions':
    'talkcoach questions partner              cada pregunta, su id y sus opciones\n' +
    'talkcoach questions partner --json       lo mismo, para un script',
  'help.ex.validate': 'talkcoach validate my-scenario.yaml\ntalkcoach validate scenarios/ --json',
  'help.ex.graph': 'talkcoach graph partner > partner.mmd\ntalkcoach graph my-scenario.yaml --format dot',
  'help.ex.test': 'talkcoach test scenarios/\ntalkcoach test --walk --strict partner',
  'help.questions': 'cada pregunta de un escenario: su id, su tipo, sus opciones y cuándo se pregunta (para scripts)',
  'help.questions.text': 'texto libre (una respuesta vacía la salta)',
  'help.questions.first': 'se pregunta primero',
  'help.questions.after': 'se pregunta después de: {list}',
} as const satisfies Translation<typeof en>;

export const help: SamePlaceholders<typeof en, typeof words> = words;
