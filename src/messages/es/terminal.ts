// Palabras del acompañante en la terminal (src/frontends/). Las teclas se dicen de dos formas: con
// símbolos, y con palabras para --plain (lectores de pantalla).
import type { terminal as en } from '../en/terminal.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'terminal.welcome.title': 'talkcoach',
  'terminal.welcome.intro':
    'Unas preguntas sobre ti y sobre la persona que te preocupa. Después, un plan para hablar con ella ' +
    'de ir a terapia.',
  'terminal.welcome.private': 'Todo se queda en este equipo. No se guarda nada si no lo pides.',
  'terminal.welcome.notTherapy': 'Esto no es terapia, ni sustituye la ayuda profesional.',
  'terminal.welcome.crisis':
    'Ayuda en crisis ahora mismo: elige "Necesito ayuda ahora mismo" o pulsa ! en cualquier pregunta, ' +
    'o escribe: talkcoach crisis',
  'terminal.welcome.keys': 'Esc vuelve a la pregunta anterior. Ctrl-C para en cualquier momento.',
  'terminal.welcome.keysPlain':
    'Responde escribiendo un número y pulsando Enter. Escribe atrás para volver a la pregunta anterior. ' +
    'Ctrl-C para en cualquier momento.',

  'terminal.picker.ask': '¿Qué se parece más a tu situación?',
  'terminal.picker.none': 'no hay escenarios para elegir',
  'terminal.picker.noneWithProblems': {
    one: '{count} archivo de escenario tiene problemas: usa talkcoach list, y después talkcoach validate',
    other: '{count} archivos de escenario tienen problemas: usa talkcoach list, y después talkcoach validate',
  },
  'terminal.picker.noneAtAll':
    'abre un archivo de escenario con talkcoach run ARCHIVO, o añade una carpeta con --scenarios CARPETA',

  'terminal.question.progress': 'Pregunta {step} de unas {total}',
  'terminal.question.why': 'Por qué lo preguntamos: {why}',
  'terminal.question.example': 'Por ejemplo: {example}',
  'terminal.question.yourAnswer': 'Tu respuesta:',
  'terminal.question.wentBack': '↩ De vuelta a la pregunta anterior.',
  'terminal.question.wentBackPlain': 'Volviendo a la pregunta anterior.',
  'terminal.question.toList': 'De vuelta a la lista de situaciones.',
  'terminal.question.keep': 'Enter mantiene tu respuesta; escribe para cambiarla, o Tab para editarla.',
  'terminal.note.ready': '¿Seguimos?',
  'terminal.note.continue': 'Seguir',

  'terminal.crisis.choice': 'Necesito ayuda ahora mismo (líneas de crisis)',
  'terminal.crisis.whatNow': 'Qué hacer ahora',
  'terminal.region.ask': '¿En qué país estás? Así te mostramos los números de crisis que sirven ahí.',
  'terminal.region.in': 'En {region}',
  'terminal.region.somewhereElse': 'En otro sitio (mostrar el directorio internacional de líneas de ayuda)',
  'terminal.region.chosen':
    'Desde ahora, líneas de crisis para {region}. La próxima vez, --region CÓDIGO o TALKCOACH_REGION=CÓDIGO ' +
    'lo fija desde el principio.',
  'terminal.region.elsewhere':
    'No hay números verificados para donde estás, así que te mostramos el directorio internacional y el ' +
    'consejo de llamar al número de emergencias de tu zona.',
  'terminal.crisis.forYou': 'Si eres tú quien lo está pasando mal',
  'terminal.crisis.forSomeone': 'Si es otra persona',
  'terminal.crisis.backToQuestion': 'Pulsa Enter para volver a la pregunta.',
  'terminal.crisis.backToList': 'Pulsa Enter para volver a la lista.',
  'terminal.crisis.backToPractice': 'Pulsa Enter para volver a la práctica.',
  'terminal.crisis.stillHere': 'Cuando quieras, la pregunta sigue aquí.',
  'terminal.crisis.stillPractising': 'Cuando quieras, la práctica sigue desde aquí.',

  'terminal.plain.progress': 'Pregunta {step} de unas {total}.',
  'terminal.plain.back': 'Volver a la pregunta anterior',
  'terminal.plain.choose': 'Escribe un número y pulsa Enter.',
  'terminal.plain.chooseBefore':
    'Escribe un número y pulsa Enter. Antes elegiste {number}: pulsa solo Enter para mantenerlo.',
  'terminal.plain.ticks':
    'Escribe los números de todas las que correspondan, separados por comas, y pulsa Enter. ' +
    'Pulsa solo Enter para ninguna.',
  'terminal.plain.ticksBefore':
    'Escribe los números de todas las que correspondan, separados por comas, y pulsa Enter. ' +
    'Antes elegiste {numbers}: pulsa solo Enter para mantenerlos.',
  'terminal.plain.wrong': {
    one: 'Escribe el número 1, por favor.',
    other: 'Escribe un número del 1 al {count}, como en la lista de arriba, por favor.',
  },
  'terminal.plain.text':
    'Escribe tu respuesta y pulsa Enter, o pulsa solo Enter para saltarla. ' +
    'Escribe un signo de exclamación para pedir ayuda en crisis.',
  'terminal.plain.textWithBack':
    'Escribe tu respuesta y pulsa Enter, o pulsa solo Enter para saltarla. Escribe atrás para volver, ' +
    'o un signo de exclamación para pedir ayuda en crisis.',
  'terminal.plain.textBefore': 'Antes respondiste {answer}: pulsa solo Enter para mantenerlo.',
  'terminal.plain.yesDefault': 'Escribe s para sí o n para no, y pulsa Enter. Solo Enter significa sí.',
  'terminal.plain.noDefault': 'Escribe s para sí o n para no, y pulsa Enter. Solo Enter significa no.',
  'terminal.plain.yesOrNo': 'Escribe s para sí o n para no, por favor.',
  'terminal.plain.textDefault': '{message} Pulsa solo Enter para {default}.',

  'terminal.keys.list': '↑↓ o un número para moverte',
  'terminal.keys.listPlain': 'Las flechas mueven, o escribe un número',
  'terminal.keys.move': '↑↓ mover',
  'terminal.keys.movePlain': 'Las flechas mueven',
  'terminal.keys.choose': '⏎ elegir',
  'terminal.keys.choosePlain': 'Enter elige',
  'terminal.keys.tick': 'espacio marcar',
  'terminal.keys.tickPlain': 'Espacio marca o desmarca',
  'terminal.keys.done': '⏎ terminar',
  'terminal.keys.donePlain': 'Enter cuando termines',
  'terminal.keys.text': '⏎ responder (o saltar)',
  'terminal.keys.textPlain': 'Escribe tu respuesta y pulsa Enter, o pulsa Enter para saltarla',
  'terminal.keys.back': 'Esc atrás',
  'terminal.keys.backPlain': 'Escape vuelve atrás',
  'terminal.keys.crisis': '! ayuda en crisis ya',
  'terminal.keys.crisisPlain': 'Signo de exclamación para ayuda en crisis ya',
  'terminal.keys.crisisText': '! y después ⏎ ayuda en crisis ya',
  'terminal.keys.crisisTextPlain': 'Escribe un signo de exclamación y pulsa Enter para ayuda en crisis ya',

  'terminal.save.offer': '¿Guardar este plan como archivo Markdown? (Solo tu usuario podrá leerlo.)',
  'terminal.save.declined': 'Sin guardar. No se escribió nada.',
  'terminal.save.warn':
    'Antes de guardar: cualquiera que use este equipo, o sepa su contraseña, podría encontrar este archivo ' +
    'y leerlo.',
  'terminal.save.warnKeep':
    'Quizá sea más seguro no guardarlo. Si quieres guardar una sola cosa, guarda solo el número de ayuda, ' +
    'en un lugar seguro: en tu memoria, o en un teléfono que solo uses tú.',
  'terminal.save.warnLine': '{name}: {how}',
  'terminal.save.offerCareful': '¿Guardarlo en un archivo de todos modos?',
  'terminal.save.declinedCareful':
    'Sin guardar. No se escribió nada. Cuando termines, Esc dos veces (o Ctrl-C) limpia la pantalla ' +
    'y cierra talkcoach.',
  // --plain: modo de líneas, donde Esc es texto escrito y Ctrl-C para sin limpiar.
  'terminal.save.declinedCarefulPlain':
    'Sin guardar. No se escribió nada. Cuando termines, quizá quieras limpiar la pantalla: el plan sigue en ella.',
  'terminal.save.savedCareful': 'Guardado en {name}. Bórralo cuando ya no lo necesites.',
  'terminal.save.fileName': 'Nombre del archivo:',
  'terminal.save.isFolder': '{name} es una carpeta. Escribe un nombre de archivo, por favor.',
  'terminal.save.replace': '{name} ya existe. ¿Reemplazarlo?',
  'terminal.save.failed': 'Lo siento: {reason}',
  'terminal.save.retry': '¿Probar con otro nombre de archivo?',
  'terminal.save.notSaved': 'Sin guardar.',
  'terminal.save.kept': 'Sin guardar: {name} sigue como estaba.',
  'terminal.save.printed': 'El plan se escribió en la salida estándar.',
  'terminal.save.saved': 'Guardado en {name}. Solo tu usuario puede leerlo.',

  'terminal.again.ask': '¿Empezar de nuevo con otras respuestas?',
  'terminal.again.farewell':
    'Cuídate tú también. Si las cosas empeoran, talkcoach crisis muestra las líneas de crisis en cualquier momento.',

  // screens (issue 26): sí o no sin respuesta oculta por defecto, el paginador del plan, la región guardada.
  'terminal.yesno.keys': 's sí · n no, y después ⏎',
  'terminal.yesno.keysDefaultNo': 's sí · n no, y después ⏎ · solo ⏎: no',
  'terminal.yesno.keysDefaultYes': 's sí · n no, y después ⏎ · solo ⏎: sí',
  'terminal.yesno.nudge': 'Escribe s para sí o n para no, y pulsa Enter.',
  'terminal.yesno.yes': 'Sí',
  'terminal.yesno.no': 'No',
  'terminal.pager.footer':
    'Líneas {from}–{to} de {count} · espacio/b página · ↑↓ · g/G extremos · c líneas de crisis · q volver',
  'terminal.pager.crisisFooter': 'Líneas de crisis · ↑↓ mover · c o q: volver al plan',
  'terminal.planMenu.ask': '¿Y ahora?',
  'terminal.planMenu.on': 'Seguir',
  'terminal.planMenu.more': {
    one: 'Más: la idea que se dejó fuera para que el plan sea corto',
    other: 'Más: las {count} ideas que se dejaron fuera para que el plan sea corto',
  },
  'terminal.planMenu.again': 'Ver el plan otra vez',
  'terminal.region.keep': '¿Recordar {region} para la próxima vez? Así talkcoach no volverá a preguntar.',
  'terminal.region.kept':
    'Guardado en {file}. talkcoach usará los números de crisis de {region}. Para cambiarlo: ' +
    'talkcoach config unset region.',
  'terminal.region.notKept': 'No se guardó ({reason}). talkcoach volverá a preguntar la próxima vez.',
  'terminal.region.notKeptWhy': 'no se pudo escribir el archivo de ajustes',
  'terminal.welcome.crisisNpmStart':
    'Ayuda en crisis ahora mismo: elige "Necesito ayuda ahora mismo" o pulsa ! en cualquier pregunta, ' +
    'o escribe: npm start --silent -- crisis',
  'terminal.welcome.crisisInSession':
    'Ayuda en crisis ahora mismo: elige "Necesito ayuda ahora mismo" o pulsa ! en cualquier pregunta. ' +
    'Cada plan termina también con las líneas de crisis.',
  'terminal.plain.yesOrNoAsk': 'Escribe s para sí o n para no, y pulsa Enter.',
} as const satisfies Translation<typeof en>;

export const terminal: SamePlaceholders<typeof en, typeof words> = words;
