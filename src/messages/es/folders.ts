// Avisos sobre las carpetas de escenarios propias (--scenarios, TALKCOACH_SCENARIOS): un problema
// ahí se dice y se salta; nunca impide usar los escenarios incluidos.
import type { folders as en } from '../en/folders.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'folders.warning': 'talkcoach: aviso: {text}',
  'folders.dirSkipped': 'se saltó la carpeta de escenarios {dir}: {why}',
  'folders.fileSkipped': 'se saltó {file}: {why}',
  'folders.clash': 'se saltó {file}: el id "{id}" ya lo usa {other}; cambia el nombre del archivo',
  'folders.builtin': 'un escenario incluido',
  'folders.noSuchFolder': 'no existe esa carpeta',
  'folders.notAFolder': 'no es una carpeta',
  'folders.linkOut': 'lleva fuera de la carpeta (es un enlace), así que no se lee',
  'folders.notRegular': 'es {what}, no un archivo normal',
} as const satisfies Translation<typeof en>;

export const folders: SamePlaceholders<typeof en, typeof words> = words;
