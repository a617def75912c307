// Palabras de una sesión con respuestas por id de pregunta (--answers answers.json o .yaml).
// Solo se cita una clave, o un elemento de una lista que debía nombrar una opción: nunca lo escrito.
import type { keyed as en } from '../en/keyed.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'keyed.notMapping':
    '{source}: las respuestas por id de pregunta deben ser un mapa de ids a respuestas, ' +
    'como {"name": "Sam", "reasons": ["cost"]}',
  'keyed.unknownKey': '{source}: "{key}" no coincide con ninguna pregunta{hint}',
  'keyed.seeQuestions': 'talkcoach questions {scenario} muestra cada id de pregunta y sus opciones',
  'keyed.missing': '{source} no tiene respuesta para {question}',
  'keyed.listNotHere': '{source}: una lista solo responde a una pregunta de varias opciones, no a {question}',
  'keyed.badItem': "{source}: el elemento {n} de {count}, '{token}', no coincide con ninguna opción de {question}",
  'keyed.emptyItem': '{source}: el elemento {n} de {count} está vacío o no es texto, en {question}',
  'keyed.badValue': '{source}: la respuesta a {question} debe ser un texto, un número, sí/no o una lista',
  'keyed.notAnswer': '{source}: {why} en {question}',
  'keyed.valid': 'respuestas válidas: {list}',
  // cli-help: alias de preguntas.
  'keyed.twice': '{source}: "{first}" y "{second}" nombran los dos la pregunta {node}: da su respuesta una sola vez',
} as const satisfies Translation<typeof en>;

export const keyed: SamePlaceholders<typeof en, typeof words> = words;
