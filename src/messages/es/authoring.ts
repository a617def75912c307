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
  'authoring.load.noScenario':
    'no hay clave scenario: ni un {file} junto a este archivo; añade scenario: <id o archivo>',
  'authoring.load.cannotRead': 'no se puede leer el archivo del escenario: ',
  'authoring.load.unknownRegion':
    'no se conocen líneas de crisis para esta región{hint} (conocidas: {known}); ' +
    'quita region para probar el consejo de una región desconocida',
  'authoring.load.sameName': 'el caso {first} tiene el mismo nombre; dale a cada caso el suyo',
  'authoring.load.notAnEnding': '"{ending}" es un nodo {kind}, no un final',
  'authoring.load.noEnding': 'no hay ningún final "{ending}"',
  'authoring.load.endings': '{what}{hint} (finales: {endings})',
  'authoring.load.noPoint': 'no hay ningún punto "{id}" en el escenario{hint}',
  'authoring.practice.over': 'la práctica terminó antes de la respuesta {n}',
  'authoring.practice.notAReply': '"{reply}" no es una respuesta a {line}',
  'authoring.practice.verdicts': 'los veredictos no coinciden',
  'authoring.practice.feedbackLacks': 'la valoración no dice "{phrase}"',
  'authoring.practice.feedbackHas': 'la valoración dice "{phrase}"',
  'authoring.practice.noSignal': 'ninguna respuesta escrita muestra la señal "{signal}"',
  'authoring.practice.openness': 'termina en {got}, no en {expected}',
  'authoring.practice.carryLacks': 'las frases para llevar no dicen "{phrase}"',
  'authoring.load.bothPoints': '"{id}" está a la vez en points y en not-points',
} as const satisfies Translation<typeof en>;

export const authoring: SamePlaceholders<typeof en, typeof words> = words;
