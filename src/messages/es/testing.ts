// Palabras de `talkcoach test`: ejecutar casos de prueba y recorrer cada camino.
import type { testing as en } from '../en/testing.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'testing.leftOver': {
    one: 'el plan terminó tras la respuesta {after}; sobra {count} respuesta',
    other: 'el plan terminó tras la respuesta {after}; sobran {count} respuestas',
  },
  'testing.answersEnded': {
    one: 'las respuestas se acabaron tras {count} respuesta, mientras {question} esperaba',
    other: 'las respuestas se acabaron tras {count} respuestas, mientras {question} esperaba',
  },
  'testing.scenarioProblems': {
    one: 'el escenario {file} tiene {count} problema (abajo); arréglalo primero',
    other: 'el escenario {file} tiene {count} problemas (abajo); arréglalos primero',
  },
  'testing.pointNeverHolds':
    'el punto de conversación "{id}" no está en ningún plan: su when no se cumple en ningún final',
  'testing.forbiddenPoint':
    'el punto de conversación "{point}" ({tags}) está en un plan cuyas posturas ({stances}) lo prohíben',
  'testing.pointNeverAdded': 'el punto de conversación "{id}" no está en ningún plan: nada lo añade en ningún camino',
  // Pasadas al catálogo para un segundo idioma (issue 23): los fallos del recorrido de seguridad.
  'testing.noWithdrawal': 'un plan sobre consumo de sustancias no tiene el aviso de abstinencia en su parte principal',
  'testing.riskNotFirst': 'un plan hecho con riesgo no empieza con las líneas de crisis',
  'testing.summaryLong': {
    one: 'el resumen tiene {count} palabra (como mucho {most})',
    other: 'el resumen tiene {count} palabras (como mucho {most})',
  },
  'testing.mainLong': {
    one: 'el plan principal tiene {count} punto (como mucho {most})',
    other: 'el plan principal tiene {count} puntos (como mucho {most})',
  },
} as const satisfies Translation<typeof en>;

export const testing: SamePlaceholders<typeof en, typeof words> = words;
