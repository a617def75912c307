// Palabras del plan ya escrito (texto, Markdown), del bloque de crisis y de los dibujos del grafo.
import type { render as en } from '../en/render.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'render.planOf': '{scenario}: tu plan para la conversación',
  'render.say': 'Di:',
  'render.avoid': 'Evita:',
  'render.answers': 'Tus respuestas',
  'render.crisis.heading': 'Ayuda en crisis, ahora',
  'render.crisis.headingIn': 'Ayuda en crisis, ahora ({region})',
  'render.crisis.emergency': 'Emergencias: {number} ({where})',
  'render.crisis.urgentItem': '¿No sabes si es una emergencia? {name}: {how}',
  'render.crisis.abuseItem': '¿Tienes miedo de alguien en casa? {name}: {how}',
  'render.crisis.abuseNone':
    '¿Tienes miedo de alguien en casa? Aquí no hay ninguna línea de violencia doméstica verificada: ' +
    'si hay peligro, llama al número de emergencias; el directorio tiene servicios locales.',
  'render.crisis.substanceItem': '¿Alcohol o drogas, tú o esa persona? {name}: {how}',
  'render.crisis.again': 'Los números otra vez: {numbers}',
  'render.crisis.checked': 'Estos números se revisaron por última vez en {month}.',
  'render.crisis.directory': 'En cualquier parte del mundo: {name}, {url}',
  'render.graph.end': 'FIN: {title}',
  'render.graph.missing': 'falta: no existe ese nodo',
  'render.graph.more': '… y {count} más',
  // Pasadas al catálogo para un segundo idioma (issue 23): las marcas de la pantalla, en palabras.
  'render.mark.answeredPlain': 'Respondido:',
  'render.mark.backPlain': 'Volver',
  'render.mark.back': '← Atrás',
} as const satisfies Translation<typeof en>;

export const render: SamePlaceholders<typeof en, typeof words> = words;
