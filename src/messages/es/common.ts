// Palabras que comparten varios comandos.
import type { common as en } from '../en/common.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'common.didYouMean': '; ¿querías decir "{hint}"?',
  'common.files': { one: '{count} archivo', other: '{count} archivos' },
  'common.errors': { one: '{count} error', other: '{count} errores' },
  'common.warnings': { one: '{count} aviso', other: '{count} avisos' },
  'common.problems': { one: '{count} problema', other: '{count} problemas' },
} as const satisfies Translation<typeof en>;

export const common: SamePlaceholders<typeof en, typeof words> = words;
