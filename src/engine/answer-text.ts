// Reading a typed or piped line as an answer: an option's number, id or label, case-insensitive;
// several separated by commas for a multiple choice; free text for a text question. Reasons never
// quote the answer: it may be private, and it ends up in logs.
import type { Answer, Choice, Question } from './types.js';

export type ReadAnswer = { ok: true; answer: Answer } | { ok: false; reason: string };

const YES = new Set(['yes', 'y', '1', 'true']);
const NO = new Set(['no', 'n', '2', 'false']);

export function matchChoice(options: readonly Choice[], raw: string): Choice | undefined {
  const t = raw.trim().toLowerCase();
  if (/^\d+$/.test(t)) return options[Number(t) - 1];
  return options.find((o) => o.id.toLowerCase() === t) ?? options.find((o) => o.label.trim().toLowerCase() === t);
}

export function readAnswer(question: Question, raw: string): ReadAnswer {
  const line = raw.trim();
  switch (question.kind) {
    case 'choice': {
      const o = matchChoice(question.options, line);
      return o
        ? { ok: true, answer: { choice: o.id } }
        : { ok: false, reason: line ? 'the answer matches no option' : 'an answer is needed here' };
    }
    case 'multi': {
      if (line === '') return { ok: true, answer: { choices: [] } };
      const ids: string[] = [];
      for (const part of line.split(',')) {
        const o = matchChoice(question.options, part);
        if (!o)
          return {
            ok: false,
            reason: part.trim() ? 'a part of the answer matches no option' : 'an empty part between commas',
          };
        if (!ids.includes(o.id)) ids.push(o.id);
      }
      return { ok: true, answer: { choices: ids } };
    }
    case 'yesno': {
      const t = line.toLowerCase();
      if (YES.has(t)) return { ok: true, answer: { yes: true } };
      if (NO.has(t)) return { ok: true, answer: { yes: false } };
      return { ok: false, reason: line ? 'the answer is not yes or no' : 'an answer is needed here' };
    }
    case 'text':
      return { ok: true, answer: { text: raw } };
    case 'note':
      return { ok: true, answer: { continue: true } };
  }
}

/** The valid answers, as shown in messages: "1 yes (Yes), 2 no (No)". */
export function describeOptions(question: Question): string {
  if (question.kind === 'text') return 'any text, or an empty line to skip';
  if (question.kind === 'note') return 'any line';
  const list = question.options.map((o, i) => `${i + 1} ${o.id} (${o.label})`).join(', ');
  return question.kind === 'multi' ? `${list}; several separated by commas, or an empty line for none` : list;
}
