// Palabras de `talkcoach practice`: el ensayo con tu ser querido, la revisión de respuestas escritas
// y los mensajes del recorrido de práctica para quien escribe escenarios. Las frases de tu ser
// querido y los comentarios son contenido (YAML), no están aquí.
import type { practice as en } from '../en/practice.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'practice.scorer.bad':
    'no se puede usar el evaluador entrenado (scorer.json): {why}. Vuelve a entrenarlo con npm run train:checker.',
  'practice.walk.unreachable':
    'la frase para "{reason}" nunca se dice: no hay ninguna opción "{reason}" en la pregunta de motivos ' +
    '(shared/reasons.yaml)',
  'practice.walk.fallback': 'el motivo de reserva "{reason}" no tiene ninguna frase en reasons',
  'practice.walk.kind': 'tipo desconocido "{kind}": añádelo en kinds, o usa uno que ya esté',
  'practice.walk.no-help': 'aquí ninguna respuesta ayuda: ofrece al menos una que ayude',
  'practice.walk.no-hurt':
    'aquí ninguna respuesta hace daño: ofrece al menos una que lo haga, para que la elección enseñe algo',
  'practice.walk.better': 'la respuesta "{reply}" hace daño pero no tiene una mejor que probar',
  'practice.walk.duplicate': 'el id de respuesta "{reply}" se usa dos veces; los ids deben ser únicos en el archivo',
  'practice.walk.checker':
    'el revisor dice que esta frase de "{reply}" hace daño, pero se ofrece como una buena respuesta',
  'practice.walk.pattern': 'no se puede usar el patrón "{pattern}": {why}',

  'practice.cli':
    'ensaya la conversación: tu ser querido te responde, y el programa te dice por qué una respuesta ' +
    'ayuda o hace daño',
  'practice.cli.arg':
    'un id de escenario o un archivo, por sus campos (el nombre de tu ser querido); "partner" si no se indica',
  'practice.cli.check': 'lee respuestas de la entrada estándar, una por línea; escribe una valoración por línea (JSON)',
  'practice.cli.reasons': 'los motivos que practicar, separados por comas (ids de la pregunta de motivos)',
  'practice.cli.name': 'el nombre de tu ser querido, para las frases',
  'practice.cli.nameCut':
    'talkcoach: el nombre se corta a sus primeros {limit} caracteres, igual que un nombre escrito',
  'practice.unknownFill': '{written} no es un campo que las frases de práctica puedan usar (tienen: {known})',
  'practice.check.empty': 'Una línea vacía: no había ninguna respuesta que revisar.',
  'practice.cli.seed': 'el orden de las respuestas ofrecidas (un número entero; por tubería se usa 1)',
  'practice.cli.format': 'formato de salida por tubería: text o json',
  'practice.cli.badFormat': 'formato desconocido "{value}" para practice: usa text o json',
  'practice.cli.badReason': 'motivo desconocido "{reason}"{hint}; motivos: {list}',
  'practice.cli.problems': {
    one: 'los archivos de práctica tienen {count} problema (usa: talkcoach validate {dir})',
    other: 'los archivos de práctica tienen {count} problemas (usa: talkcoach validate {dir})',
  },
  'practice.piped.badAnswer':
    'línea {line}: "{answer}" no es ninguna de las respuestas ({valid}), ni "> tus propias palabras"',
  'practice.piped.ended': {
    one: 'las respuestas se acabaron tras {count} línea, mientras {line} esperaba una respuesta',
    other: 'las respuestas se acabaron tras {count} líneas, mientras {line} esperaba una respuesta',
  },
  'practice.piped.emptyTyped': 'línea {line}: no hay nada después de ">": escribe tus propias palabras detrás',

  'practice.openness.guarded': 'a la defensiva',
  'practice.openness.listening': 'escuchando',
  'practice.openness.thinking': 'pensándolo',
  'practice.verdict.helps': 'Eso ayudó.',
  'practice.verdict.mixed': 'Ayudó en parte.',
  'practice.verdict.hurts': 'Eso hizo daño.',
  'practice.verdict.unclear': 'Es difícil saberlo.',

  // Las comillas rectas se quedan: en la terminal se leen igual en todas partes.
  'practice.text.says': '{name}: "{line}"',
  'practice.text.you': 'Tú: "{reply}"',
  'practice.text.openness': '({name} está {openness})',
  'practice.text.skill': 'Habilidad: {skill}',
  'practice.text.better': 'Prueba con esto: "{better}"',
  'practice.text.thinking': 'Lo que quizá esté pensando: "{thinking}"',
  'practice.text.summary': 'Resumen',
  'practice.text.score': {
    one: 'Ayudó {helped} de {count} respuesta; al final, {name} estaba {openness}.',
    other: 'Ayudaron {helped} de {count} respuestas; al final, {name} estaba {openness}.',
  },
  'practice.text.worked': 'Lo que funcionó:',
  'practice.text.carry': 'Dos frases para llevarte a la conversación de verdad:',

  'practice.screen.title': 'Ensaya la conversación',
  'practice.screen.intro':
    'Prueba lo que podrías decir. {name} te responde, y el programa te dice por qué una respuesta ayuda ' +
    'o hace daño. Aquí no se guarda nada.',
  'practice.screen.offer': '¿Ensayar la conversación ahora? (unos minutos; {name} te responde)',
  'practice.screen.pick': '¿Qué dices?',
  'practice.screen.ownWords': 'Decirlo a mi manera',
  'practice.screen.stop': 'Parar y ver el resumen',
  'practice.screen.typeHere': 'Tus palabras:',
  'practice.screen.progress': 'Intercambio {step} de {total}',
  'practice.screen.next': 'Seguir',
  'practice.screen.ready': 'Cuando quieras:',
  'practice.screen.keep': '¿Añadir estas dos frases a tu plan?',
  'practice.screen.keepYes': 'Sí, añadirlas',
  'practice.screen.keepNo': 'No, dejar el plan como está',
  'practice.screen.kept': 'Añadidas a tu plan, en "Cómo empezar".',
  'practice.crisisFirst':
    'Lo que escribiste habla de suicidio, de hacerse daño o de violencia. Si algo de eso está pasando, ' +
    'la ayuda va antes que la práctica: aquí tienes qué hacer ahora y a quién llamar.',
  'practice.keptPoint': 'Frases que ensayaste, para decirlas con tus propias palabras.',
  'practice.text.slip': 'Lo que hizo daño: {skill}',
  'practice.text.noticed': 'Se notó: {skill}',
  'practice.text.opennessUp': '({name} se va abriendo: ahora está {openness})',
  'practice.text.opennessDown': '({name} se está cerrando: ahora está {openness})',
  'practice.text.opennessStill': '({name} sigue {openness})',
  'practice.text.opennessStillHelped': '({name} sigue {openness}: la confianza vuelve despacio)',
  'practice.typedEnglishOnly':
    'Por ahora, las respuestas que escribes solo se revisan en inglés, así que aquí eliges una de las respuestas. ' +
    'Para escribir la tuya, en inglés: talkcoach --lang en practice',
  'practice.piped.englishOnly':
    'línea {line}: por ahora, las respuestas que escribes solo se revisan en inglés; elige una de las respuestas ' +
    '({valid}), o usa --lang en para escribir la tuya',
  'practice.check.englishOnly':
    'por ahora, las respuestas escritas solo se revisan en inglés, así que practice --check no lee nada en español; ' +
    'para revisar respuestas escritas en inglés: talkcoach --lang en practice --check',
} as const satisfies Translation<typeof en>;

export const practice: SamePlaceholders<typeof en, typeof words> = words;
