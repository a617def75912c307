// Palabras que se escriben como respuesta en lugar de un número: una lista separada por comas. Con y
// sin tilde, porque quien escribe con prisa a menudo no la pone. Las inglesas siguen valiendo.
import type { typed as en } from '../en/typed.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'typed.yes': 'sí, si, s',
  'typed.no': 'no, n',
  'typed.back': 'atrás, atras',
  'typed.help': 'ayuda',
  // La pista de una pregunta de sí o no: la respuesta por defecto, en mayúscula.
  'typed.hint.yesDefault': 'S/n',
  'typed.hint.noDefault': 's/N',
} as const satisfies Translation<typeof en>;

export const typed: SamePlaceholders<typeof en, typeof words> = words;
