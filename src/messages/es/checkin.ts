// Las palabras del seguimiento (issue 16): el comando, su fecha, el recordatorio de calendario y el
// historial.
import type { checkin as en } from '../en/checkin.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'checkin.cmd': 'después de la conversación: cómo fue, el siguiente paso y una fecha para volver a revisarlo',
  'checkin.opt.today': 'la fecha de hoy, AAAA-MM-DD (por defecto: la fecha local de tu equipo); para scripts y pruebas',
  'checkin.opt.date': 'la fecha del próximo seguimiento, AAAA-MM-DD, en lugar de la sugerida',
  'checkin.opt.calendar': 'escribe también un recordatorio de calendario (.ics) en este archivo',
  'checkin.opt.details': 'pon también los siguientes pasos en el recordatorio (si no, solo dice "Seguimiento")',
  'checkin.opt.force': 'reemplaza el archivo de -o o de --calendar si ya existe',
  'checkin.opt.keep': 'añade este seguimiento a tu historial privado en este equipo (mira talkcoach history)',
  'checkin.badDate': '"{value}" no es una fecha: escríbela como AAAA-MM-DD, por ejemplo 2026-12-01',
  'checkin.pastDate': '{date} es anterior a hoy ({today}): elige hoy o un día posterior',
  'checkin.tooLate':
    'la fecha del seguimiento quedaría después del {last}, el último día que admite un calendario: ' +
    'elige un --today o un --date anterior',
  'checkin.savedSoFar': 'Lo que ya se guardó: {files}.',
  'checkin.notSaved': 'Sin guardar: {what}.',
  'checkin.what.plan': 'el plan de seguimiento',
  'checkin.what.calendar': 'el recordatorio de calendario',
  'checkin.what.keep': 'el seguimiento en tu historial',
  'checkin.missing': 'falta el seguimiento incluido en esta instalación: vuelve a instalar talkcoach',
  'checkin.title': '{title}: próximo seguimiento el {date}',
  'checkin.nextLine': 'Próximo seguimiento: el {date} ({days}).',
  'checkin.inDays': { one: 'dentro de {count} día', other: 'dentro de {count} días' },
  'checkin.today': 'hoy',
  'checkin.saved': 'El plan de seguimiento se guardó en {file}. Solo tu usuario puede leerlo.',
  'checkin.calendarSaved':
    'Se guardó un recordatorio de calendario en {file}, con el título "{title}". Solo tu usuario puede leerlo.',
  'checkin.kept': 'Añadido a tu historial privado ({file}). talkcoach forget lo borra.',
  // Neutro a propósito: los calendarios se comparten a menudo.
  'checkin.ics.title': 'Seguimiento',
  'checkin.ics.alarm': 'Seguimiento',

  'checkin.welcome.intro':
    'Un seguimiento después de la conversación: cómo fue, un siguiente paso y una fecha para volver a ello. ' +
    'Son pocas preguntas.',
  'checkin.screen.suggested': 'Fecha sugerida para el próximo seguimiento: {date} ({days}).',
  'checkin.screen.date': 'Próximo seguimiento el',
  // Sin paréntesis: la pregunta añade la fecha sugerida entre los suyos, "(2026-12-08)".
  'checkin.screen.dateAsk': '¿Qué día quieres el próximo seguimiento, en formato AAAA-MM-DD?',
  'checkin.screen.calendarOffer': '¿Guardar un recordatorio de calendario (archivo .ics) para ese día?',
  'checkin.screen.calendarDetails':
    '¿Poner tus siguientes pasos en el recordatorio? Los calendarios a menudo se comparten o se sincronizan; ' +
    'sin ellos, solo dice "Seguimiento".',
  'checkin.screen.calendarFile': 'Nombre del archivo del recordatorio:',
  'checkin.screen.calendarDeclined': 'No se guardó ningún recordatorio.',
  'checkin.screen.offer':
    'Tenías previsto un seguimiento el {date}. ¿Lo hacemos ahora? (Se añade a tu historial, como antes.)',

  'history.cmd': 'cómo han ido las cosas con el tiempo, según tus seguimientos guardados',
  'history.none': 'No hay seguimientos guardados. talkcoach checkin --keep guarda uno (solo en este equipo).',
  'history.line': '{date}  {outcome}{since}{self}  siguiente: {next}',
  'history.since': '; desde entonces: {answer}',
  'history.self': '; tú: {answer}',
  'history.where': {
    one: '{count} seguimiento guardado en {file} (solo tu usuario puede leerlo).',
    other: '{count} seguimientos guardados en {file} (solo tu usuario puede leerlo).',
  },
  'history.skipped': {
    one: 'la línea {lines} de {file} no es un seguimiento que talkcoach pueda leer, así que se saltó. {mend}',
    other: 'las líneas {lines} de {file} no son seguimientos que talkcoach pueda leer, así que se saltaron. {mend}',
  },
  'history.skippedNear': {
    one: '{count} línea de {file} no es un seguimiento que talkcoach pueda leer, así que se saltó. {mend}',
    other: '{count} líneas de {file} no son seguimientos que talkcoach pueda leer, así que se saltaron. {mend}',
  },
  'history.mend': {
    one: 'Para arreglarlo, borra esa línea con un editor de texto (o usa talkcoach forget para empezar de cero).',
    other: 'Para arreglarlo, borra esas líneas con un editor de texto (o usa talkcoach forget para empezar de cero).',
  },
  'history.leftOut': {
    one: 'la línea {lines} de {file} tiene una respuesta que no es un id de opción, así que no se muestra.',
    other: 'las líneas {lines} de {file} tienen respuestas que no son ids de opción, así que no se muestran.',
  },
  'history.andMore': 'y {count} más',
  'history.noOutcome': 'cómo fue: sin anotar',
  'history.notFile':
    '{file} es {what}, no un archivo de historial, así que no se usó. ' +
    'Muévelo a otro sitio (o bórralo) y talkcoach empezará ahí un historial nuevo.',
  'history.link':
    '{file} es un enlace simbólico (a {target}), así que no se usó: talkcoach guarda su historial solo en un ' +
    'archivo normal. Pon en su lugar el archivo al que apunta, o borra el enlace.',
  'history.cannotRead': 'no se pudo leer tu historial, {file}: {why}',
  'history.noFolder': 'no se pudo crear la carpeta de tu historial, {dir}: {why}. No se guardó nada.',
  'history.noHome':
    'no se sabe dónde guardar tu historial: HOME no es una ruta completa y XDG_DATA_HOME no tiene una. ' +
    'Pon en XDG_DATA_HOME una ruta completa, como /home/you/.local/share.',
  'history.busy':
    'otro talkcoach está usando tu historial. Vuelve a intentarlo en un momento; ' +
    'si no hay otro talkcoach abierto, borra {lock}.',
  'history.notKept': 'no se pudo añadir a tu historial, {file}: {why}. El historial sigue como estaba.',

  'forget.cmd': 'borra tus seguimientos guardados',
  'forget.opt.yes': 'no preguntar (para scripts)',
  'forget.ask': '¿Borrar tus seguimientos guardados ({file})? No se puede deshacer.',
  'forget.needsYes': 'no es una terminal, así que no hay a quién preguntar: añade --yes para borrar {file}',
  'forget.done': 'Se borró {file}.',
  'forget.link':
    'Se borró el enlace {file}. El archivo al que apuntaba, {target}, sigue como estaba: ' +
    'bórralo tú si contiene tus seguimientos.',
  'forget.temps': {
    one: 'También se borró {count} copia a medias que dejó en {dir} un guardado interrumpido.',
    other: 'También se borraron {count} copias a medias que dejaron en {dir} guardados interrumpidos.',
  },
  'forget.notFile':
    '{file} es {what}, no un archivo de historial: no se borró nada. Muévelo a otro sitio o bórralo tú.',
  'forget.failed': 'no se pudo borrar {file}: {why}. No se borró nada.',
  'forget.kept': 'No se borró nada.',
  'forget.nothing': 'No hay seguimientos guardados; no hay nada que borrar.',
  'checkin.screen.again': '¿Hacer el seguimiento otra vez, con otras respuestas?',
} as const satisfies Translation<typeof en>;

export const checkin: SamePlaceholders<typeof en, typeof words> = words;
