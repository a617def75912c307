// Las palabras del propio motor: respuestas que dice él, los títulos de las secciones del plan,
// el aviso, cómo responder y qué significan sus errores.
import type { engine as en } from '../en/engine.js';
import type { SamePlaceholders, Translation } from './types.js';

const words = {
  'engine.answer.yes': 'Sí',
  'engine.answer.no': 'No',
  'engine.answer.none': 'ninguna de estas',
  'engine.answer.skipped': '(sin responder)',
  'engine.plan.disclaimer':
    'Este programa no sustituye la ayuda profesional. Puede ayudarte a prepararte para una conversación, ' +
    'pero no puede valorar la seguridad ni la salud de nadie. Un médico, un terapeuta o una línea de crisis sí pueden.',
  'engine.section.safety': 'Primero, la seguridad',
  'engine.section.before': 'Antes de hablar',
  'engine.section.opening': 'Cómo empezar',
  'engine.section.listening': 'Escuchar bien',
  'engine.section.worries': 'Lo que le preocupa, y qué podrías decir',
  'engine.section.practical': 'Ayuda práctica que puedes ofrecer',
  'engine.section.if-no': 'Si dice que no, o que todavía no',
  'engine.section.boundaries': 'Cuidarte tú también',
  'engine.read.needed': 'aquí hace falta una respuesta',
  'engine.read.no-option': 'la respuesta no coincide con ninguna opción',
  'engine.read.part-no-option': 'la parte {part} de la respuesta (contando entre comas) no coincide con ninguna opción',
  'engine.read.empty-part': 'la parte {part} de la respuesta está vacía (no hay nada entre dos comas)',
  'engine.read.not-yes-no': 'la respuesta no es sí ni no',
  'engine.valid.list': '{list}',
  'engine.valid.multi': '{list}; varias separadas por comas, o una línea vacía para ninguna',
  'engine.valid.text': 'cualquier texto, o una línea vacía para saltarla',
  'engine.valid.note': 'cualquier línea',
  'engine.option': '{n} {id} ({label})',
  'engine.question': 'pregunta {step} ({node}: "{heading}")',
  'engine.error.invalid-answer': 'una respuesta que esta pregunta de tipo {kind} no admite',
  'engine.error.invalid-state': 'un estado de sesión que este motor no creó (o que cambió después)',
  'engine.error.invalid-options': 'start() necesita sus opciones: { crisis }, tal como las da crisisFor(region)',
  'engine.error.no-previous': 'esta es la primera pregunta; no hay ninguna anterior',
  'engine.error.finished': 'la sesión ha terminado; no queda nada por responder',
  'engine.error.wrong-scenario': 'esta sesión es de otro escenario ("{scenario}")',
  'engine.error.broken-scenario': 'el escenario está roto: nombra un nodo o un punto de conversación que no tiene',
} as const satisfies Translation<typeof en>;

export const engine: SamePlaceholders<typeof en, typeof words> = words;
