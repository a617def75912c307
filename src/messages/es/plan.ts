// Las palabras que un plan pone alrededor de sus puntos: "En resumen", "Más, si lo quieres", y la
// ayuda que acompaña a las líneas de crisis cuando hay miedo o consumo de sustancias.
import type { plan as en } from '../en/plan.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'plan.summary.heading': 'En resumen',
  'plan.summary.again': 'En resumen, otra vez',
  'plan.summary.crisis': '¿Hay peligro ahora?',
  'plan.summary.abuse': 'Tu seguridad:',
  'plan.summary.substance': 'Alcohol o drogas:',
  'plan.summary.say': 'Di:',
  'plan.summary.listen': 'Escucha:',
  'plan.summary.choice': 'Su decisión:',
  'plan.summary.avoid': 'Evita:',
  'plan.summary.next': 'Siguiente paso:',
  'plan.summary.care': 'Para ti:',
  'plan.summary.call': 'Llama al {numbers}',
  'plan.summary.callEither': 'Llama al {first} o al {second}',
  'plan.summary.callLocal': 'Llama al número de emergencias de donde estés',
  'plan.summary.crisisLine': '{call}. {name}: {how}.',
  'plan.summary.crisisDirectory': '{call}. Líneas de crisis en cualquier país: {url}',
  'plan.summary.advocate': 'Habla primero con una persona experta en violencia doméstica',
  'plan.summary.advocateUndisclosed': 'Una persona experta te escucha en confianza, esté pasando algo o no',
  'plan.summary.advocateLine': '{first}. {name}: {how}.',
  'plan.summary.advocateDirectory': '{first}; busca apoyo en {url}',
  'plan.summary.substanceLine': 'También para familias. {name}: {how}.',
  'plan.summary.substanceDoctor': 'Su médico o el tuyo pueden orientarte hacia servicios cercanos.',
  'plan.madeOn': 'Hecho el {date}',
  'plan.privateLeftOut':
    'Algunos detalles de seguridad (una palabra clave, dónde guardas tus cosas) se dejaron fuera de este ' +
    'archivo a propósito, por si otra persona lo encuentra. Guárdalos en la memoria, o en un sitio al que ' +
    'solo tú puedas llegar.',
  'plan.more.heading': 'Más, si lo quieres',
  'plan.more.note': {
    one:
      'Más, si lo quieres: se dejó fuera {count} idea más para que esto sea corto. ' +
      'Usa --full para verla; un plan guardado la incluye.',
    other:
      'Más, si lo quieres: se dejaron fuera {count} ideas más para que esto sea corto. ' +
      'Usa --full para verlas todas; un plan guardado las incluye.',
  },
  'plan.more.worries': 'Ahí están las respuestas a tus otras preocupaciones: {worries}.',
  'plan.abuse.heading': 'Si sientes miedo: apoyo ante la violencia doméstica',
  'plan.abuse.advice':
    'Una persona experta en violencia doméstica puede ayudarte a planear tu seguridad, de forma confidencial, ' +
    'decidas lo que decidas. Si alguien podría oír una llamada o revisar un teléfono, usa mensajes de texto ' +
    'o chat cuando el servicio los ofrezca, o un teléfono que esa persona no pueda ver; la navegación ' +
    'privada del navegador deja menos historial.',
  'plan.abuse.none':
    'Aquí no hay ninguna línea de violencia doméstica verificada para {where}. Si estás en peligro, llama al ' +
    'número de emergencias. Para encontrar un servicio cerca de ti: {url}',
  'plan.abuse.yourRegion': 'tu región',
  'plan.abuse.homeHeading': 'Si algún día no te sientes a salvo en casa',
  'plan.abuse.undisclosedHeading':
    'Si algún día no te sientes a salvo en casa: apoyo ante la violencia doméstica, confidencial',
  'plan.abuse.homeAdvice':
    'Cualquier persona puede llamar a una línea de violencia doméstica para hablar con confianza, ' +
    'por sí misma o por otra persona.',
  'plan.substance.heading': 'Alcohol o drogas: ayuda para familias',
  'plan.substance.advice':
    'Estos servicios hablan con las familias, no solo con quien bebe o consume, y te orientan hacia ayuda cercana.',
  'plan.substance.adviceNone':
    'Aquí todavía no hay ninguna línea nacional verificada para esto. Su médico o el tuyo pueden decirte ' +
    'qué servicios hay cerca, para ti y para esa persona.',
  'plan.substance.none': 'Para encontrar un servicio cerca de ti: {url}',
  // En la terminal, donde "Más" es la opción justo después del plan (issue 26).
  'plan.more.noteSession': {
    one:
      'Más, si lo quieres: se dejó fuera {count} idea más para que esto sea corto. ' +
      'Elige "Más" abajo para leerla; un plan guardado la incluye.',
    other:
      'Más, si lo quieres: se dejaron fuera {count} ideas más para que esto sea corto. ' +
      'Elige "Más" abajo para leerlas; un plan guardado las incluye.',
  },
} as const satisfies Translation<typeof en>;

export const plan: SamePlaceholders<typeof en, typeof words> = words;
