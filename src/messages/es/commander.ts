// Las palabras del propio commander: los títulos de la ayuda y sus errores al leer los argumentos.
import type { commander as en } from '../en/commander.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'commander.heading.usage': 'Uso:',
  'commander.heading.arguments': 'Argumentos:',
  'commander.heading.options': 'Opciones:',
  'commander.heading.globalOptions': 'Opciones globales:',
  'commander.heading.commands': 'Comandos:',
  'commander.default': '(por defecto: {value})',
  'commander.unknownOption': "opción desconocida '{flag}'",
  'commander.unknownOptionHint': "opción desconocida '{flag}' (¿querías decir {hint}?)",
  'commander.missingArgument': "falta el argumento obligatorio '{name}'",
  'commander.optionMissingArgument': "a la opción '{flags}' le falta su valor",
  'commander.excessArguments': {
    one: "demasiados argumentos para '{command}': admite {count} argumento y recibió {got}",
    other: "demasiados argumentos para '{command}': admite {count} argumentos y recibió {got}",
  },
  'commander.invalidOption': "el valor '{value}' de la opción '{flags}' no es válido. {why}",
  'commander.invalidArgument': "el valor '{value}' del argumento '{name}' no es válido. {why}",
} as const satisfies Translation<typeof en>;

export const commander: SamePlaceholders<typeof en, typeof words> = words;
