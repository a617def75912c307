// Elegir el idioma.
import type { language as en } from '../en/language.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'lang.opt': 'idioma: {codes} (por defecto: TALKCOACH_LANG, si no, tu configuración regional)',
  'lang.missing':
    'talkcoach: todavía no hay palabras en "{given}" (según {from}), así que esto sale en inglés; idiomas: {known}',
  'lang.stopped': 'se detuvo. Cuídate.',
} as const satisfies Translation<typeof en>;

export const language: SamePlaceholders<typeof en, typeof words> = words;
