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
    'talkcoach run partner -o plan.md < answers.txt          una respuesta por línea; guarda el plan\n' +
    'talkcoach run my-scenario.yaml --from pace              prueba una rama mientras escribes',
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
    'talkcoach config unset region        lo olvida\n' +
    'talkcoach config set lang es         habla español siempre',
  'help.ex.questions':
    'talkcoach questions partner              cada pregunta, su id y sus opciones\n' +
    'talkcoach questions partner --json       lo mismo, para un script',
  'help.ex.validate':
    'talkcoach validate my-scenario.yaml\ntalkcoach validate scenarios/ --json\n' +
    'talkcoach validate --watch my-scenario.yaml       revisa de nuevo cada vez que guardas',
  'help.ex.graph': 'talkcoach graph partner > partner.mmd\ntalkcoach graph my-scenario.yaml --format dot',
  'help.ex.test':
    'talkcoach test scenarios/\ntalkcoach test --walk --strict partner\n' +
    'talkcoach test --coverage scenarios/                  qué prueban los casos, y qué no\n' +
    'talkcoach test --random 500 --seed 7 my-scenario.yaml  500 recorridos al azar, los mismos cada vez',
  'help.questions':
    'cada pregunta de un escenario: su id y su alias, su tipo, sus opciones y cuándo se pregunta (para scripts)',
  'help.questions.text': 'texto libre (una respuesta vacía la salta)',
  'help.questions.first': 'se pregunta primero',
  'help.questions.after': 'se pregunta después de: {list}',
  // cli-help: los grupos de la ayuda general, y los ejemplos de los comandos que no tenían.
  'help.group.you': 'Para ti:',
  'help.group.writers': 'Para quien escribe escenarios o scripts:',
  'help.ex.describe':
    'talkcoach describe crisis                  lo que ofrece el módulo crisis: sus ids y sus datos\n' +
    'talkcoach describe partner --json          las preguntas y los puntos de un escenario, para una herramienta',
  // La respuesta del ejemplo sigue en inglés: el revisor de respuestas escritas solo lee inglés por ahora.
  'help.ex.practice':
    'talkcoach practice partner                                 ensaya en la terminal\n' +
    'talkcoach practice partner --reasons cost --name Sam       qué practicar, y su nombre\n' +
    'echo "I\'m here for you" | talkcoach practice --check       ¿ayuda una respuesta? (JSON)',
  'help.ex.checkin':
    'talkcoach checkin                                          después de la conversación, en la terminal\n' +
    'talkcoach checkin --keep --calendar checkin.ics            guárdalo, y también un recordatorio de calendario\n' +
    'talkcoach checkin --answers how-it-went.json --json        para un script',
  'help.ex.forget':
    'talkcoach forget                 pregunta primero\ntalkcoach forget --yes           para un script',
  'help.ex.help': 'talkcoach help\ntalkcoach help run',
  'help.questions.alias': '{id} o {alias}',
} as const satisfies Translation<typeof en>;

export const help: SamePlaceholders<typeof en, typeof words> = words;
