// Palabras de `talkcoach describe`: lo que ofrece un módulo compartido o un escenario a quien escribe.
import type { describe as en } from '../en/describe.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'describe.heading': '{kind} {name}: {title}',
  'describe.module': 'módulo',
  'describe.scenario': 'escenario',
  'describe.nodes': 'nodos (id, tipo, dato: ids de respuesta):',
  'describe.facts': 'datos (nombre: valores):',
  'describe.anyText': 'cualquier texto',
  'describe.list': 'una lista de',
  'describe.points': 'puntos de conversación (sección: ids):',
  'describe.expects': 'tu escenario debe definir:',
  'describe.none': '  (ninguno)',
  'describe.notFound': 'no hay ningún módulo ni escenario llamado "{arg}"',
  'describe.tableModule': 'módulo',
  'describe.tableQuestions': 'preguntas (dato: ids de respuesta)',
  'describe.tablePoints': 'puntos de conversación',
  'describe.tableExpects': 'tu escenario debe definir',
} as const satisfies Translation<typeof en>;

export const describe: SamePlaceholders<typeof en, typeof words> = words;
