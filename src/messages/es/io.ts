// Palabras para leer y escribir archivos y la salida estándar.
import type { io as en, ioKinds as enKinds, ioReasons as enReasons } from '../en/io.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'io.notRegular': '{file} es {what}, no un archivo normal',
  'io.folder': '{file} es una carpeta, no un archivo',
  'io.folderNotScenario': '{file} es una carpeta, no un archivo de escenario',
  'io.tooBig': '{file} ocupa {size}, más que el límite de {limit} para escenarios (--max-bytes lo sube)',
  'io.tooBigAnswers':
    '{file} ocupa {size}, más que el límite de {limit} para respuestas (una respuesta corta por pregunta)',
  'io.tooBigHistory':
    '{file} ocupa {size}, más que el límite de {limit} para el historial: solo se leyeron los seguimientos ' +
    'más recientes. talkcoach forget empieza uno nuevo.',
  'io.cannotRead': 'no se puede leer {file}: {why}',
  'io.lineTooLong': 'la línea {line} de las respuestas pasa de {limit}: una respuesta es una línea corta',
  'io.notAScenario':
    '{file} no es un escenario de talkcoach (no tiene las claves format, id, start ni nodes en el nivel superior); ' +
    'no se muestra nada de él',
  'io.writeFailed': 'no se pudo escribir la salida: {why}',
  'io.saveFailed': 'no se pudo guardar {file}: {why}. No se escribió nada.',
  'io.saveNotRegular': 'no se guardará en {file}: es {what}, no un archivo normal ({hint})',
  'io.hint.plan': '-o - escribe el plan en la salida estándar',
  'io.hint.reminder': 'da un nombre de archivo para el recordatorio, como check-in.ics',
  'io.danglingLink':
    'no se guardará en {file}: es un enlace a {target}, que no existe. Da otro nombre, o borra el enlace.',
  'io.why.readOnlyFolder': 'permiso denegado (la carpeta es de solo lectura para ti)',
  'io.why.noFolder': 'la carpeta no existe',
  'io.why.unknown': 'un error desconocido',
  'io.exists': '{file} ya existe; no se escribió nada',
  'io.existsHint': 'añade --force para reemplazarlo, o da otro nombre',
} as const satisfies Translation<typeof en>;

export const io: SamePlaceholders<typeof en, typeof words> = words;

const reasons = {
  ENOENT: 'no existe ese archivo',
  EACCES: 'permiso denegado',
  EPERM: 'permiso denegado',
  EISDIR: 'es una carpeta',
  ENOTDIR: 'una parte de la ruta no es una carpeta',
  ELOOP: 'demasiados enlaces simbólicos (un bucle)',
  ENAMETOOLONG: 'el nombre es demasiado largo',
  EBUSY: 'el sistema lo está usando (un punto de montaje o la carpeta actual)',
  EROFS: 'el disco es de solo lectura',
  ENOSPC: 'el disco está lleno',
  EDQUOT: 'tu cuota de disco está llena',
  EEXIST: 'ya existe un archivo con ese nombre',
  EIO: 'un error de entrada/salida en el dispositivo',
  EBADF: 'la salida está cerrada',
  EAGAIN: 'no está listo (vuelve a intentarlo)',
  ENXIO: 'no existe ese dispositivo',
} as const satisfies Translation<typeof enReasons>;

/** Por qué falló una operación con un archivo, en palabras. */
export const ioReasons: SamePlaceholders<typeof enReasons, typeof reasons> = reasons;

const kinds = {
  fifo: 'una tubería con nombre (FIFO)',
  socket: 'un socket',
  charDevice: 'un dispositivo',
  blockDevice: 'un dispositivo de disco',
  symlink: 'un enlace simbólico',
  folder: 'una carpeta',
  other: 'algo que no es un archivo',
} as const satisfies Translation<typeof enKinds>;

/** Qué es una ruta que no es un archivo normal, en palabras. */
export const ioKinds: SamePlaceholders<typeof enKinds, typeof kinds> = kinds;
