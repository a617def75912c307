// Palabras de la capa de escenarios: cargar, revisar y abrir archivos de escenario. Las claves de
// YAML (when, uses, next, equals, includes, crisis: true, id:) se quedan como se escriben.
import type { scenario as en } from '../en/scenario.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'scenario.isModule': '{file} es un módulo compartido, no un escenario: nombra un escenario que lo use',
  'scenario.hasProblems': {
    one: '{file} tiene {count} problema; usa talkcoach validate {file} para ver la lista completa',
    other: '{file} tiene {count} problemas; usa talkcoach validate {file} para ver la lista completa',
  },
  'scenario.noSuch': 'no hay ningún escenario llamado "{arg}"',
  'scenario.outsideFolder':
    '{file} lleva fuera de su carpeta {dir} (un enlace o ..), así que no se lee; ' +
    'guarda los archivos que usa un escenario o una prueba dentro de su propia carpeta',
  'scenario.atLeastItems': { one: 'necesita al menos {count} elemento', other: 'necesita al menos {count} elementos' },
  'scenario.emptyCondition':
    'un equals o includes vacío no nombra ningún dato, así que siempre se cumpliría: nombra un dato y su valor',
  'scenario.atLeastEntries': { one: 'necesita al menos {count} entrada', other: 'necesita al menos {count} entradas' },
  'scenario.yaml.colonInText':
    'un texto con ": " (dos puntos y un espacio) debe ir entre comillas, o YAML lo lee como una clave: ' +
    'escribe "así: esto"',
  'scenario.yaml.overIndented':
    'esta línea tiene más sangría que la clave de arriba, pero esa clave ya tiene un valor: ' +
    'ponle la misma sangría que a esa clave, o ponla bajo una clave que termine en ":"',
  'scenario.yaml.indentedMore':
    'esta línea empieza en la columna {found}, pero las claves que la siguen en la columna {column}: ' +
    'las claves de un mismo mapa deben empezar en la misma columna',
  'scenario.lint.stanceForbids':
    'el punto de conversación "{point}" ({tags}) puede llegar a un plan con la postura {stance}, que lo ' +
    'prohíbe; por ejemplo {answers}. Dale un when que deje fuera esa postura, o añádelo solo en las ' +
    'respuestas que lo hagan',
  'scenario.lint.stanceTooMany': 'sin demostrar: {count} combinaciones de respuestas que probar',
  'scenario.lint.noStart': 'el nodo de inicio "{id}" no existe',
  'scenario.lint.addUses': '; lo ofrece el módulo compartido "{module}": añade uses: [{uses}]',
  'scenario.lint.addToUses': '; lo ofrece el módulo compartido "{module}": añádelo a uses: [{uses}]',
  'scenario.lint.idNotFileName':
    'el id "{id}" no coincide con el nombre del archivo {file}.yaml: talkcoach encuentra los escenarios por ' +
    'el nombre del archivo, así que `talkcoach run {id}` no lo encontraría; cambia el nombre del archivo ' +
    'o escribe id: {file}',
  'scenario.lint.noCrisisHelp': 'crisis-help nombra el nodo "{id}", que no existe',
  'scenario.lint.crisisHelpNotCrisis':
    'crisis-help nombra "{id}", que no es una nota con crisis: true ' +
    '(la ayuda en crisis muestra sus pasos junto a las líneas de crisis)',
  'scenario.lint.noTarget': 'va a "{id}", que no existe',
  'scenario.lint.noPoint': 'el punto de conversación "{id}" no existe',
  'scenario.lint.fillNotCollected': 'ninguna pregunta de texto recoge el campo {{{name}}}',
  'scenario.lint.fillNotAName':
    '{written} no es un campo: dentro de {{ }} va el dato que recoge una pregunta de texto ' +
    '(letras minúsculas, dígitos y guiones, como {{name}})',
  'scenario.lint.fillUnclosed': 'un {{ que nunca se cierra con }}: un campo se escribe {{name}}',
  'scenario.lint.pointUnused':
    'el punto de conversación "{id}" nunca se añade a un plan (ningún nodo lo añade y no tiene when)',
  'scenario.lint.deadEnd':
    'desde el nodo "{id}" no se llega a ningún final: todos los caminos vuelven atrás o se detienen',
  'scenario.lint.deadLoop': 'desde los nodos {nodes} no se llega a ningún final: solo llevan de uno a otro',
  'scenario.lint.leadsOnlyTo': ' (solo lleva a {targets})',
  'scenario.lint.unreachable': 'al nodo "{id}" nunca se llega desde el inicio (nada lleva a él)',
  'scenario.lint.optionTwice': 'el id de opción "{id}" se usa dos veces en esta pregunta',
  'scenario.lint.sameLabel':
    'las opciones {first} y {second} tienen el mismo texto, así que quien responde no puede distinguirlas',
  'scenario.lint.numericId':
    'el id de opción "{id}" es un número; una respuesta "{id}" por tubería elige la opción {id} por su ' +
    'posición, no esta',
  'scenario.lint.oneOption':
    'esta pregunta tiene una sola opción; quizá encaje mejor una nota, o una segunda opción como "No lo sé"',
  'scenario.lint.optionNoNext': 'la opción "{id}" no tiene next, y la pregunta tampoco',
  'scenario.lint.branchNoNext': 'la respuesta "{branch}" no tiene next, y la pregunta tampoco',
  'scenario.lint.needsNext': 'una pregunta de tipo {kind} necesita su propio next (adónde ir tras la respuesta)',
  'scenario.lint.noBoundary':
    'este final no añade ningún límite ni recordatorio de autocuidado (un punto de la sección boundaries)',
  'scenario.lint.boundaryWhen':
    'cada punto de boundaries que añade este final tiene un when, así que algunos planes podrían acabar ' +
    'sin ninguno; añade uno sin when (talkcoach test --walk revisa cada camino)',
  'scenario.lint.noFact': 'ninguna pregunta ni opción registra el dato "{name}"',
  'scenario.lint.neverValue': 'el dato "{name}" nunca vale "{value}"',
  'scenario.lint.equalsOnMulti':
    'el dato "{name}" lo registra una pregunta de varias opciones, así que guarda una lista y equals nunca ' +
    'se cumple: usa includes',
  'scenario.lint.includesOnOne':
    'el dato "{name}" guarda una sola respuesta (lo registra una pregunta de una opción): usa equals',
  'scenario.lint.emptyCondition': '{key} no nombra ningún dato, así que siempre se cumple: nombra un dato y su valor',
  'scenario.lint.safetyFirst':
    'la primera pregunta debe ser de seguridad: de opciones o de sí/no, con una respuesta que lleve a una ' +
    'nota con crisis: true',
  // cli-help: un escenario desconocido, dicho en una línea.
  'scenario.available': 'los que hay: {ids} (talkcoach list los muestra todos)',
  'scenario.noneAvailable': 'no hay ninguno (talkcoach list muestra dónde se buscan)',
  // cli-help: alias de preguntas.
  'scenario.lint.aliasTaken':
    'el alias "{alias}" de la pregunta {node} ya es un nombre de la pregunta {other}: ' +
    'un alias debe nombrar una sola pregunta',
  // Pasadas al catálogo para un segundo idioma (issue 23).
  'scenario.moduleNotFound':
    'no se encontró el módulo compartido "{name}"{hint} (se buscó shared/{name}.yaml junto al escenario y ' +
    'entre los módulos incluidos)',
  'scenario.moduleNotFoundAmong':
    'no se encontró el módulo compartido "{name}"{hint} (se buscó shared/{name}.yaml junto al escenario y ' +
    'entre los módulos incluidos: {others})',
  'scenario.moduleNameDiffers': 'este archivo lleva el nombre del módulo "{name}", pero dice module: {says}',
  'scenario.moduleFileDiffers':
    'el módulo se llama "{module}", pero su archivo es {name}.yaml; los escenarios encuentran los módulos ' +
    'por el nombre del archivo (shared/<module>.yaml)',
  'scenario.parse.documents': 'el archivo tiene {count} documentos YAML (separados por ---); debe tener uno solo',
  'scenario.parse.tooDeep': 'el archivo tiene demasiados niveles anidados para leerlo',
  'scenario.parse.fixFirst': '{problem} (corrige esto primero: puede ocultar otros problemas)',
  'scenario.schema.kind.nothing': 'nada',
  'scenario.schema.kind.mapping': 'un mapa (líneas clave: valor)',
  'scenario.schema.kind.list': 'una lista',
  'scenario.schema.kind.empty': 'un valor vacío',
  'scenario.schema.kind.text': 'texto',
  'scenario.schema.kind.number': 'un número',
  'scenario.schema.kind.boolean': 'true/false',
  'scenario.schema.kind.other': 'un valor de otro tipo',
  'scenario.schema.tooDeep': 'anidado en más de {max} niveles',
  'scenario.schema.expectedMapping': 'se esperaba un mapa (líneas clave: valor) y hay {found}',
  'scenario.schema.plainKeys': 'las claves deben ser palabras simples',
  'scenario.schema.missingKey': 'falta la clave obligatoria "{key}"',
  'scenario.schema.exactlyOne': 'se esperaba solo una de: {keys}',
  'scenario.schema.unknownCondition': 'condición desconocida "{key}"; se esperaba una de {keys}',
  'scenario.schema.tagOneOf': '{key} debe ser una de estas: {names}',
  'scenario.schema.missingTag': 'falta la clave obligatoria "{key}" (una de estas: {names})',
  'scenario.schema.expectedText': 'se esperaba texto y hay {found}',
  'scenario.schema.textNotBoolean': 'se esperaba texto y hay {found} (ponlo entre comillas si es la palabra)',
  'scenario.schema.unsafeChar': 'contiene el carácter de control o de dirección U+{code}, que no está permitido',
  'scenario.schema.oneLine': 'debe ir en una sola línea',
  'scenario.schema.notEmpty': 'no puede estar vacío',
  'scenario.schema.tooLong': 'tiene {length} caracteres; se permiten {max} como máximo',
  'scenario.schema.notValid': '"{value}" no es válido aquí: {hint}',
  'scenario.schema.mustMatch': 'debe cumplir {pattern}',
  'scenario.schema.mustBe': '{key} debe ser {shown}',
  'scenario.schema.oneOf': 'se esperaba uno de estos: {shown}',
  'scenario.schema.expectedBoolean': 'se esperaba true o false y hay {found}',
  'scenario.schema.expectedWhole': 'se esperaba un número entero de {min} a {max} y hay {found}',
  'scenario.schema.expectedList': 'se esperaba una lista y hay {found}',
  'scenario.link.theScenario': 'el escenario',
  'scenario.link.module': 'el módulo "{module}"',
  'scenario.link.nodeTwice': 'el nodo "{key}" de {name} ya está definido en {other}',
  'scenario.link.pointTwice': 'el punto "{key}" de {name} ya está definido en {other}',
  'scenario.schema.noAliases':
    'los alias (*nombre) no están permitidos en los archivos de escenario; escribe el valor completo',
  'scenario.schema.noTags': 'la etiqueta {tag} no está permitida en los archivos de escenario',
} as const satisfies Translation<typeof en>;

export const scenario: SamePlaceholders<typeof en, typeof words> = words;
