// Las palabras de la línea de comandos: la ayuda de cada comando y opción, y lo que escriben los
// comandos.
import type { cli as en } from '../en/cli.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'cli.description':
    'Un acompañante tranquilo para hablar con alguien a quien quieres sobre pedir ayuda a un terapeuta.\n' +
    'En una crisis, escribe: talkcoach crisis',
  'cli.version': 'muestra la versión',
  'cli.help': 'muestra la ayuda',
  'cli.unknownCommand': "comando desconocido '{command}'",
  'cli.unknownCommandHint': "comando desconocido '{command}' (¿querías decir {hint}?)",
  'cli.scenarioNotCommand': "'{command}' es un escenario, no un comando: talkcoach run {id}",
  'cli.notABytesCount': 'Se esperaba un número entero de bytes',
  'cli.notOnTerminal':
    'no es una terminal, así que no hay a quién preguntar: nombra un escenario, ' +
    'como en talkcoach run partner < answers.txt',
  'cli.notOnTerminalHint': 'talkcoach list muestra los escenarios; talkcoach --help lo muestra todo',
  'cli.bug':
    'talkcoach: algo falló dentro de talkcoach. Es un error del programa, no algo que hayas hecho tú. ' +
    'No se guardó nada.',
  'cli.failure': 'talkcoach: {message}',

  'cli.opt.plain': 'para lectores de pantalla: sin recuadros, símbolos ni color',
  'cli.opt.noColor': 'sin color',
  'cli.opt.region': 'país para las líneas de crisis, como US, ES o GB (por defecto: el de tu configuración regional)',
  'cli.opt.scenarios': 'usa también los escenarios de esta carpeta; repítelo para más (o define TALKCOACH_SCENARIOS)',
  'cli.opt.maxBytes': 'tamaño máximo de un archivo de escenario, en bytes (por defecto 1 MiB)',
  'cli.opt.strict': 'los avisos también cuentan como fallo',
  'cli.arg.scenario': 'un id de escenario (mira talkcoach list) o un archivo',

  'cli.run': 'recorre un escenario: preguntas en la terminal, o respuestas, una por línea, desde una tubería',
  'cli.run.answers': 'respuestas desde este archivo: una por línea, o por id de pregunta (.json, .yaml); - es stdin',
  'cli.run.noInput': 'no preguntar nunca en la terminal; leer las respuestas de stdin',
  'cli.run.format': 'text, markdown o json (por defecto: según el nombre del archivo de -o, si no, text)',
  'cli.run.output': 'guarda el plan en este archivo (modo 0600) en vez de mostrarlo; - es stdout',
  'cli.run.full': 'muestra el plan entero, con "Más, si lo quieres"',
  'cli.run.withAnswers': 'guarda tus respuestas en el archivo (por defecto no se guardan: pueden ser privadas)',
  'cli.run.withSafetyDetails':
    'el programa y run: guarda en el plan los detalles del plan de seguridad (una palabra clave, dónde ' +
    'guardas tus cosas) (por defecto no se guardan: otra persona podría encontrar el archivo)',
  'cli.list': 'los escenarios disponibles',
  'cli.validate':
    'revisa archivos de escenario, de módulos compartidos y de pruebas: cada problema como archivo:línea:columna',
  'cli.validate.paths': 'archivos o carpetas (una carpeta: sus archivos .yaml y los de su carpeta shared/)',
  'cli.validate.format': 'text, o json para editores y CI',
  'cli.graph': 'dibuja un escenario: Mermaid (para pegar en Markdown en GitHub) o Graphviz DOT',
  'cli.graph.format': 'mermaid o dot',
  'cli.test':
    'ejecuta recorridos escritos (*.test.yaml); con --walk, prueba cada respuesta de un escenario ' +
    'y revisa cada plan',
  'cli.describe':
    'muestra lo que ofrece un módulo compartido o un escenario: ids de preguntas y respuestas, datos, ' +
    'puntos de conversación',
  'cli.describe.name': 'un nombre de módulo (como crisis), un id de escenario o un archivo',
  'cli.test.paths': 'archivos o carpetas de pruebas; con --walk, ids de escenario, archivos o carpetas',
  'cli.test.walk':
    'en su lugar, recorre los escenarios: cada respuesta de cada pregunta alcanzable, revisando cada plan',
  'cli.test.coverage':
    'después de los casos, muestra qué opciones, finales y puntos de conversación prueban, y cuáles ninguno',
  'cli.test.random':
    'recorre los escenarios N veces (como mucho 100.000) con respuestas al azar, revisando cada plan ' +
    '(como --walk)',
  'cli.test.seed':
    'la semilla de --random, de 0 a 4.294.967.295: la misma semilla repite los mismos recorridos (por defecto 1)',
  'cli.test.watchOpt': 'vuelve a ejecutar cada vez que se guarda un archivo de esas rutas',
  'cli.test.coverageHead': 'cobertura de {file} con {cases}:',
  'cli.test.coverageLine': '  {what}: {taken} de {total}',
  'cli.test.coverageMissed': 'por ninguno',
  'cli.test.coverageOptions': 'respuestas elegidas (pregunta:respuesta)',
  'cli.test.coverageEndings': 'finales alcanzados',
  'cli.test.coveragePoints': 'puntos de conversación en algún plan',
  'cli.test.badNumber': '{what} necesita un número entero de {min} a {max}, no "{value}"',
  'cli.test.randomResult':
    '{verdict} random {id}: {runs} (semilla {seed}), {bad} con algún problema (sin plan, sin límites ni ' +
    'bloque de crisis, u otra regla que todo plan cumple); finales: {endings}; planes por postura: {stances}; ' +
    '{forbidden} puntos que una postura prohíbe',
  'cli.test.randomBad': 'recorrido {run}: {fault}; respuestas {answers} (una por línea, como por tubería)',
  'cli.run.from':
    'empieza en el nodo "{node}": no se hacen las preguntas anteriores, así que sus datos quedan sin valor',
  'cli.run.noFrom': 'no hay ningún nodo "{node}" desde el que empezar',
  'cli.run.fromOpt': 'empieza en este nodo en vez de en la primera pregunta (para probar una rama mientras escribes)',
  'cli.watch.waiting': 'esperando cambios (Ctrl-C para parar)',
  'cli.watch.again': '--- cambió un archivo: revisando de nuevo',
  'cli.watch.noFolder': 'no se puede vigilar {target}: la carpeta {dir} no existe',
  'cli.watch.gone': 'la carpeta {dir} ya no está (se borró o se movió); esperando a que vuelva',
  'cli.watch.back': 'la carpeta {dir} ha vuelto: vigilándola de nuevo',
  'cli.test.strict': 'los avisos (como puntos de conversación que no están en ningún plan) también cuentan como fallo',
  'cli.crisis': 'pasos y líneas de crisis, ahora mismo, sin preguntas',

  'cli.region.unknown':
    'talkcoach: no tenemos números de crisis verificados para "{given}" ({from}), así que se muestran el ' +
    'consejo de emergencia y el directorio internacional; regiones conocidas: {known}',
  'cli.region.from': 'según {from}',
  'cli.region.notKnown': '{from} no nombra ninguna región con números verificados',
  'cli.region.fromLocale': 'según tu configuración regional {locale}',
  'cli.region.noneInLocale': 'tu configuración regional {locale} no nombra ningún país que conozcamos',
  'cli.region.asked': 'como dijiste',
  'cli.region.askedElsewhere': 'no hay números verificados para donde estás',
  'cli.region.noLocale': 'ni --region, ni TALKCOACH_REGION, ni tu configuración regional dicen dónde estás',
  'cli.region.used':
    'Líneas de crisis para {region} ({why}). Otro país: --region CÓDIGO; para guardarlo: ' +
    'talkcoach config set region CÓDIGO.',
  'cli.region.unverified':
    'No se muestran números de crisis: aún no hay ninguno verificado para {region} ({why}). Otro país: ' +
    '--region CÓDIGO; para guardarlo: talkcoach config set region CÓDIGO.',
  'cli.region.none':
    'No se muestran números de crisis: {why}. Para verlos, indica tu país con --region CÓDIGO ' +
    '(como --region ES), o guárdalo: talkcoach config set region ES.',
  'cli.practice.leftOver': {
    one: 'talkcoach: la práctica ya había terminado; se ignoró {count} línea más',
    other: 'talkcoach: la práctica ya había terminado; se ignoraron {count} líneas más',
  },
  'cli.run.leftOver': {
    one: 'talkcoach: el plan ya estaba terminado; se ignoró {count} línea más',
    other: 'talkcoach: el plan ya estaba terminado; se ignoraron {count} líneas más',
  },
  'cli.run.stdinScenario':
    'run - lee el escenario de la entrada estándar, así que las respuestas necesitan un archivo: --answers ARCHIVO',
  'cli.run.stdinScenarioHint': 'por ejemplo: talkcoach run - --answers answers.json < my-scenario.yaml',
  'cli.run.standardInput': 'la entrada estándar',
  'cli.run.answersNotYaml': '{file} no es YAML válido',
  'cli.run.answersNotYamlAt': '{file} no es YAML válido (línea {line}, columna {col})',
  'cli.run.answersYamlTag':
    '{file}, línea {line}, columna {col}: una etiqueta desconocida (una palabra después de "!"); ' +
    'escribe cada respuesta como texto simple',
  'cli.run.answersNotJson': '{file} no es JSON válido',
  'cli.run.answersNotJsonAt': '{file} no es JSON válido (línea {line}, columna {col})',
  'cli.run.answersRepeatedKey':
    '{file}, línea {line}, columna {col}: esta clave aparece dos veces; da una sola respuesta a cada pregunta',
  'cli.run.stdinTooBig': 'el escenario de la entrada estándar pasa del tamaño máximo (--max-bytes lo sube)',
  'cli.run.exists': '{file} ya existe; no se escribió nada',
  'cli.run.existsHint': 'añade --force para reemplazarlo, o da otro nombre con -o',
  'cli.run.saved': 'talkcoach: plan guardado en {file} (solo tu usuario puede leerlo)',
  'cli.run.savedCareful':
    'talkcoach: plan guardado en {file}. Cualquiera que use este equipo, o sepa su contraseña, podría encontrarlo.',
  'cli.run.badFormat': '--format debe ser text, markdown o json, no "{value}"',
  'cli.list.hasProblems': '(tiene problemas: usa talkcoach validate)',
  'cli.crisis.whatNow': 'Qué hacer ahora',
  'cli.crisis.forYou': 'Si eres tú quien lo está pasando mal',
  'cli.crisis.forSomeone': 'Si es otra persona',
  'cli.graph.badFormat': '--format debe ser {formats} o {last}',
  'cli.graph.drawnWithProblems': 'talkcoach: dibujado, pero {file} tiene {problems}:',
  'cli.validate.badFormat': '--format debe ser text o json',
  'cli.validate.noFiles': '{target} no tiene archivos .yaml que revisar',
  'cli.validate.summary': 'Revisión de {files}: {errors}, {warnings}',
  'cli.validate.strictFails': ' (--strict: los avisos cuentan como fallo)',
  'cli.test.noFiles': '{target} no tiene archivos de {what}',
  'cli.test.testFiles': 'prueba (*.test.yaml)',
  // PASS, FAIL y BROKEN se quedan así: son el veredicto que el código escribe y que CI busca.
  'cli.test.inEnglish': {
    one:
      'nota: {file}: {count} frase de sus casos no está traducida al español ' +
      '(talkcoach validate la nombra): se juega en inglés',
    other:
      'nota: {file}: {count} frases de sus casos no están traducidas al español ' +
      '(talkcoach validate las nombra): se juega en inglés',
  },
  'cli.test.broken': 'BROKEN {file}: {problems}; no se ejecutó ningún caso',
  'cli.test.pass': 'PASS {file}: {cases}',
  'cli.test.fail': 'FAIL {file}: {failed} de {cases} con fallo',
  'cli.test.summary': '{cases} en {files}: {passed} bien, {failed} mal',
  'cli.test.unrunnable': ', sin poder ejecutar {files}',
  'cli.test.case': 'caso "{name}": {message}',
  'cli.test.walkResult':
    '{verdict} walk {id} ({file}): {sessions}, {taken} de {pairs} recorridos, {reached} de {endings} ' +
    'alcanzados, {problems}, {unreached} en ningún plan',
  'cli.test.walkSafety':
    '  seguridad: planes por postura: {stances}; {forbidden} puntos que una postura prohíbe; {risk} con ' +
    'riesgo, {first} con las líneas de crisis primero; {substances} sobre consumo de sustancias, {warned} ' +
    'con el aviso de abstinencia; resumen de {summaryMax} palabras como mucho ' +
    '({summaryOver} por encima de {summaryCap}); ' +
    'plan principal de {mainMax} puntos como mucho ({mainOver} por encima de 12)',
  'cli.test.walkCut': '  el recorrido paró antes de probar cada respuesta (demasiadas sesiones)',
  'cli.test.walkLoop': '  el recorrido paró antes de probar cada respuesta (un bucle sin salida)',
  'cli.count.cases': { one: '{count} caso', other: '{count} casos' },
  'cli.count.runs': { one: '{count} recorrido', other: '{count} recorridos' },
  'cli.count.sessions': { one: '{count} sesión', other: '{count} sesiones' },
  'cli.count.pairs': { one: '{count} par nodo/respuesta', other: '{count} pares nodo/respuesta' },
  'cli.count.endings': { one: '{count} final', other: '{count} finales' },
  'cli.count.points': { one: '{count} punto de conversación', other: '{count} puntos de conversación' },
  'cli.region.fromConfig': 'guardado con talkcoach config',
  'completion.cmd': 'muestra el autocompletado para bash, zsh o fish',
  'completion.arg': 'bash, zsh o fish',
  'completion.badShell': '"{shell}" no es un shell que talkcoach sepa completar; elige uno de estos: {shells}',
  'config.cmd': 'guarda un ajuste (tu región o tu idioma) para no tener que darlo cada vez',
  'config.arg.action': 'set, get, unset o list',
  'config.arg.key': 'el ajuste: region o lang',
  'config.arg.value': 'para set: el valor (un código de país, como ES o US; un idioma, como es)',
  'config.set':
    'Guardado {key} = {value} en {file} (solo tu usuario puede leerlo). talkcoach config unset {key} lo olvida.',
  'config.unset': 'Olvidado {key} (en {file}).',
  'config.unsetNone': 'No había ningún {key} guardado; no hay nada que olvidar.',
  'config.none': 'No hay ajustes guardados. talkcoach config set region ES guarda uno.',
  'config.badAction': '"{action}" no es algo que config haga: usa set, get, unset o list',
  'config.badKey': '"{key}" no es un ajuste que talkcoach guarde; los ajustes son: {keys}',
  'config.needsValue': 'config set {key} necesita un valor, como: talkcoach config set {key} ES',
  'config.words': { one: 'una palabra', other: '{count} palabras' },
  'config.noWords': 'nada',
  'config.extra': 'config {action} lleva {want} detrás, no {given}: talkcoach config --help muestra cómo',
  'config.badRegion': '"{value}" no es una región con números de crisis verificados; conocidas: {known}',
  'config.badLang': '"{value}" no es un idioma que talkcoach hable; conocidos: {known}',
  'config.needsLang': 'config set lang necesita un idioma, como: talkcoach config set lang es',
  'config.unreadable':
    'aviso: {file} no es un archivo de ajustes escrito por talkcoach, así que no se usó; ' +
    'talkcoach config set region CÓDIGO escribe uno nuevo, o bórralo',
  'config.noHome':
    'no hay carpeta personal donde guardar los ajustes: pon en HOME (o en XDG_CONFIG_HOME) una ruta completa',
  // cli-help: --quiet.
  'cli.run.typedCut':
    'talkcoach: la respuesta a {question} se queda en sus primeros {limit} caracteres, como todo lo que se escribe',
  'cli.opt.quiet':
    'sin notas en stderr (dónde se guardó un plan, la nota de la región); los errores y las líneas de crisis siguen',
} as const satisfies Translation<typeof en>;

export const cli: SamePlaceholders<typeof en, typeof words> = words;
