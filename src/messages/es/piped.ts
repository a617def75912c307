// Palabras de una sesión con respuestas por tubería (líneas de stdin o de un archivo).
import type { piped as en } from '../en/piped.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'piped.answersEnded': {
    one: 'las respuestas se acabaron tras {count} línea, mientras {question} esperaba',
    other: 'las respuestas se acabaron tras {count} líneas, mientras {question} esperaba',
  },
  // Pasadas al catálogo para un segundo idioma (issue 23).
  'piped.notAnswer': 'línea {line}: {why} en {question}',
  'piped.validAnswers': 'respuestas válidas: {list}',
} as const satisfies Translation<typeof en>;

export const piped: SamePlaceholders<typeof en, typeof words> = words;
