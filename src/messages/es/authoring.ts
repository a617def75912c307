// Las palabras de las herramientas para autores (src/authoring/): lo que `talkcoach test` y el
// recorrido dicen de un plan.
import type { authoring as en } from '../en/authoring.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'authoring.expect.ending': 'las respuestas deberían llevar al final "{ending}"',
  'authoring.expect.title': 'el titular del plan debería contener la frase',
  'authoring.expect.stance': 'la postura de seguridad del plan debería ser "{stance}"',
  'authoring.expect.point': 'el plan debería incluir el punto de conversación "{id}"',
  'authoring.expect.notPoint': 'el plan no debería incluir el punto de conversación "{id}"',
  'authoring.expect.text': 'el plan debería contener la frase',
  'authoring.expect.notText': 'el plan no debería contener la frase',
  'authoring.diff.expected': '- esperado: {value}',
  'authoring.diff.actual': '+ obtenido: {value}',
  'authoring.diff.actualStances': '+ obtenido: {value} (todas: {all})',
  'authoring.diff.unexpected': '+ inesperado: {value}',
  'authoring.diff.nearest': '+ lo más cercano: {value}',
  'authoring.diff.noNearest': '+ (ninguna línea del plan comparte una palabra con ella)',
  'authoring.diff.foundIn': '+ encontrado en: {value}',
  'authoring.fault.noBoundaries': 'no hay sección boundaries (ningún recordatorio para quien lo usa)',
  'authoring.fault.noDisclaimer': 'falta el aviso',
  'authoring.fault.noCrisis': 'falta el bloque de crisis (el consejo de emergencia y un directorio de líneas de ayuda)',
  'authoring.fault.unfilled': 'queda un {{fill-in}} sin rellenar',
  'authoring.fault.noEnding': 'el recorrido no llegó a ningún final, así que no hay plan',
  'authoring.fault.atEnding': 'final "{ending}": en algunos planes que llegan a él, {fault}',
  'authoring.example': 'por ejemplo, las respuestas {answers} (una por línea, como por tubería)',
} as const satisfies Translation<typeof en>;

export const authoring: SamePlaceholders<typeof en, typeof words> = words;
