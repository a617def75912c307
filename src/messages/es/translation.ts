// Los archivos de traducción de escenarios, tal como los revisa `talkcoach validate`.
import type { translation as en } from '../en/translation.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'translation.shape':
    'un archivo de traducción necesita language: (un código), translates: (el archivo que traduce, como ' +
    'partner o shared/talk) y strings: (cada clave con en: y text:)',
  'translation.entryShape': 'el texto {key} necesita en: (el hash de su inglés) y text: (sus palabras)',
  'translation.nameDiffers': 'el archivo lleva el nombre de otro archivo, no del que traduce ({translates})',
  'translation.extra': 'no hay ningún texto {key} en {source}: esta traducción no traduce nada',
  'translation.stale': 'el inglés de {key} cambió desde que se tradujo: tradúcelo de nuevo y pon en: {hash}',
  'translation.missing': 'todavía no hay traducción de {key} (se muestra el inglés); su en: es {hash}',
  'translation.noSource': 'no se puede revisar esta traducción: {file} no existe o tiene problemas',
  'translation.noFile': {
    one: 'aquí todavía no hay archivo de traducción para {source}, que tiene {count} texto por traducir',
    other: 'aquí todavía no hay archivo de traducción para {source}, que tiene {count} textos por traducir',
  },
} as const satisfies Translation<typeof en>;

export const translation: SamePlaceholders<typeof en, typeof words> = words;
