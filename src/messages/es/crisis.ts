// Las palabras de las líneas de crisis: cómo llegar a cada línea y el consejo que las acompaña. Los
// números, los nombres y las fuentes vienen de la tabla de líneas de ayuda, nunca de aquí.
import type { crisis as en } from '../en/crisis.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'crisis.region.US': 'Estados Unidos',
  'crisis.region.CA': 'Canadá',
  'crisis.region.GB': 'el Reino Unido',
  'crisis.region.IE': 'Irlanda',
  'crisis.region.AU': 'Australia',
  'crisis.region.NZ': 'Nueva Zelanda',
  'crisis.region.ES': 'España',
  'crisis.region.PR': 'Puerto Rico',
  'crisis.region.EU': 'la Unión Europea',
  'crisis.region.unknown': 'una región desconocida',
  'crisis.askedEu': 'un país de la Unión Europea',
  'crisis.where': 'número de emergencias en {region}',
  'crisis.where.eu': 'el número de emergencias en toda la Unión Europea',
  'crisis.directory': '{name} (líneas de ayuda gratuitas y confidenciales en muchos países)',
  'crisis.how.call': 'Llama al {number}',
  'crisis.how.callAnyTime': 'Llama al {number}, a cualquier hora',
  'crisis.how.callFreeAnyTime': 'Llama al {number}, gratis, a cualquier hora',
  'crisis.how.callFreeDayNight': 'Llama al {number}, gratis, a cualquier hora, de día o de noche',
  'crisis.how.callHours': 'Llama al {number}, {hours}',
  'crisis.how.callTextAnyTime': 'Llama o envía un mensaje de texto al {number}, a cualquier hora',
  'crisis.how.callTextFreeAnyTime': 'Llama o envía un mensaje de texto al {number}, gratis, a cualquier hora',
  'crisis.how.callTextChat': 'Llama o envía un mensaje de texto al {number}, o chatea en {site}',
  'crisis.how.callOrTextSame': 'Llama al {number}, o envía un mensaje de texto al mismo número, a cualquier hora',
  'crisis.how.textWord': 'Envía {word} por mensaje de texto al {number}',
  'crisis.how.callTtyTextChat':
    'Llama al {number} (TTY {tty}), o envía {word} por mensaje de texto al {text}, o chatea en {site}',
  'crisis.how.referrals':
    'Llama al {number} (TTY {tty}), gratis, confidencial, a cualquier hora, en inglés o en español; ' +
    'te orientan hacia ayuda cercana, no dan terapia',
  'crisis.how.urgentCare':
    'Llama al {number} si necesitas ayuda médica urgente que no es una emergencia, a cualquier hora',
  'crisis.hours.9to23': 'de 9 de la mañana a 11 de la noche',
  // Las vías en español (988 con el 2, el personal de la línea de violencia doméstica que habla
  // español) y las líneas de España: solo lo que dice la tabla; el texto START no se promete en español.
  'crisis.how.callText': 'Llama o envía un mensaje de texto al {number}',
  'crisis.how.callReferralsBrief':
    'Llama al {number}, gratis, a cualquier hora; te orientan hacia ayuda cercana, no dan terapia',
  'crisis.how.callOrTextWord': 'Llama al {number} o envía {word} por mensaje de texto al {text}',
  'crisis.how.pressForSpanishBrief': 'Llama al {number} y marca el {option}, o envía {word} al {number}: en español',
  'crisis.how.pressForSpanish':
    'Llama al {number} y marca el {option}, envía {word} por mensaje de texto al {number} o chatea en ' +
    '{site}: en español',
  'crisis.how.advocatesInSpanish':
    'Llama al {number} (TTY {tty}): te atienden en español. Chat en español: {site}. ' +
    'Por mensaje de texto, {word} al {text}, en inglés',
  'crisis.how.callChatInSpanish': 'Llama al {number} (te atienden en español) o chatea en español en {site}',
  'crisis.how.callForFamilyToo':
    'Llama al {number}, gratis y confidencial, a cualquier hora, también para familia y amistades',
  'crisis.how.violenceAgainstWomen':
    'Llama al {number} por violencia contra las mujeres, gratis, a cualquier hora; no sale en la factura, ' +
    'pero sí en el registro de llamadas. WhatsApp {whatsapp}: solo mensajes',
  'crisis.how.callOrWhatsApp': 'Llama al {number} o escribe por WhatsApp al {whatsapp} (solo mensajes)',
  // El idioma de una línea, cuando el plan está en otro ("atienden en inglés").
  'crisis.language.en': 'inglés',
  'crisis.language.es': 'español',
  'crisis.answered.in': '{how}; atienden en {languages}',
  'crisis.answered.interpreters': '{how}; atienden en {languages}, con intérpretes',
  'crisis.answered.many': '{how}; atienden en {total} idiomas, entre ellos {languages}',
  // Para quien se preocupa por otra persona y para quien se preocupa por sí: primero una línea de
  // crisis ante pensamientos de suicidio; emergencias ante un plan, los medios, un daño en curso o peligro.
  'crisis.advice.known':
    'Pensamientos de suicidio o de hacerse daño: primero, una línea de crisis, para ti o para alguien que ' +
    'está contigo. Un plan, los medios a mano, un daño que ya está ocurriendo, o alguien en peligro ahora: ' +
    'el número de emergencias.',
  'crisis.advice.eu': '{advice} Para encontrar una línea de crisis en tu país, usa el directorio de abajo.',
  'crisis.advice.unknown':
    'No sabemos en qué país estás, así que no vamos a adivinar un número. ' +
    'Si alguien corre peligro ahora mismo, seas tú u otra persona, llama al número de emergencias de tu zona. ' +
    'Para encontrar una línea de crisis donde estás, usa el directorio internacional de abajo.',
  'crisis.advice.unverified':
    'Aún no tenemos ninguna línea de crisis verificada para {region}, así que no vamos a adivinar un número. ' +
    'Si alguien corre peligro ahora mismo, seas tú u otra persona, llama al número de emergencias local. ' +
    'Para encontrar una línea de crisis en ese país, usa el directorio internacional de abajo.',
} as const satisfies Translation<typeof en>;

export const crisis: SamePlaceholders<typeof en, typeof words> = words;
