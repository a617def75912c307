// The Spanish readability measures of scripts/readability-es.ts: syllables counted as a Spanish
// dictionary splits them, and the two formulas on a text whose counts are known.
import { describe, expect, it } from 'vitest';
import { inflesz, readability, syllables } from '../../scripts/lib/readability-es.js';

describe('Spanish syllables', () => {
  // Guards against the usual miscounts: diphthongs counted twice, hiatus once, the silent u of
  // que/gui, a final y, an h between vowels, and an accented í or ú that breaks a diphthong.
  it.each([
    ['casa', 2],
    ['terapia', 3],
    ['cuidado', 3],
    ['ciudad', 2],
    ['leer', 2],
    ['creo', 2],
    ['país', 2],
    ['María', 3],
    ['guía', 2],
    ['quiero', 2],
    ['guerra', 2],
    ['pingüino', 3],
    ['ahora', 3],
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['Paraguay', 3],
    ['buey', 1],
    ['preocupa', 4],
    ['también', 2],
    ['conversación', 4],
    ['tranquilo', 3],
    ['ayuda', 3],
  ])('%s has %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});

describe('the formulas', () => {
  it('counts words, sentences and syllables, leaving out addresses, options and placeholders', () => {
    const r = readability(['Hola. ¿Cómo estás?', 'Llama al 988 o visita 988lifeline.org con --lang es {name}']);
    // Hola | Cómo estás | Llama al o visita con es
    expect(r).toMatchObject({ words: 9, sentences: 3 });
    expect(r.syllables).toBe(2 + 2 + 2 + 2 + 1 + 1 + 3 + 1 + 1);
  });

  it('Fernández-Huerta and Szigriszt-Pazos by their definitions', () => {
    // 4 words, 1 sentence, 6 syllables: te(1) quie-ro(2) mu-cho(2) Sam(1).
    const r = readability(['Te quiero mucho, Sam.']);
    expect(r).toMatchObject({ words: 4, sentences: 1, syllables: 6 });
    expect(r.fernandezHuerta).toBeCloseTo(206.84 - 0.6 * 150 - 1.02 * 25, 6);
    expect(r.szigrisztPazos).toBeCloseTo(206.835 - 62.3 * 1.5 - 4, 6);
  });

  it('names the INFLESZ band', () => {
    expect([30, 50, 60, 70, 85].map(inflesz)).toEqual([
      'muy difícil',
      'algo difícil',
      'normal',
      'bastante fácil',
      'muy fácil',
    ]);
  });
});
