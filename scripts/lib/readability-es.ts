// Spanish readability: syllables counted by the rules of Spanish spelling, and the two usual
// measures, Fernández-Huerta (1959) and Szigriszt-Pazos (1993, read on the INFLESZ scale). Written
// here, not taken from a package: CONTRIBUTING.md ("Dependencies and why") says what was weighed.

/** a e o (with or without accent) and í ú (an accent on i or u breaks any diphthong: "pa-ís"). */
const STRONG = /[aeoáéóíú]/;
const WEAK = /[iuü]/;

/** The syllables of one Spanish word: one for each vowel nucleus, where two strong vowels (or an
 * accented í or ú beside any vowel) are two syllables, and a weak vowel beside another vowel is not. */
export function syllables(word: string): number {
  let w = word.toLowerCase();
  if (w === 'y') return 1;
  w = w
    // The u of que, qui, gue, gui is not said.
    .replace(/([qg])u(?=[eéií])/g, '$1')
    // A final y after a vowel is a vowel (hoy, muy, rey): one syllable with it.
    .replace(/([aeiouáéíóú])y$/, '$1i')
    // h is silent and splits nothing (a-ho-ra: the vowels around it decide).
    .replace(/h/g, '');
  let count = 0;
  let prev: 'strong' | 'accented' | 'weak' | undefined;
  for (const c of w) {
    const kind = /[íú]/.test(c) ? 'accented' : STRONG.test(c) ? 'strong' : WEAK.test(c) ? 'weak' : undefined;
    if (kind === undefined) {
      prev = undefined;
      continue;
    }
    const diphthong =
      prev !== undefined && prev !== 'accented' && kind !== 'accented' && (prev === 'weak' || kind === 'weak');
    if (!diphthong) count++;
    prev = kind;
  }
  return Math.max(1, count);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Fernández-Huerta: 206.84 - 0.60 x syllables per 100 words - 1.02 x sentences per 100 words. */
  fernandezHuerta: number;
  /** Szigriszt-Pazos: 206.835 - 62.3 x syllables per word - words per sentence. */
  szigrisztPazos: number;
}

/** What is not prose: web addresses, {placeholders}, --options, code words with _ . / or digits. */
const NOT_PROSE = /https?:\/\/\S+|\S+\.(?:org|com|net|es|gov|uk)\S*|\{\w+\}|--?[a-z][\w-]*|\S*[\d_/]\S*/gi;

/** The measures over some texts, each one or more sentences (a text with no end mark is one). */
export function readability(texts: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syll = 0;
  for (const text of texts) {
    // A sentence ends at . ! ? … before a space or the end, or at a line break (a list item).
    for (const sentence of text.replace(NOT_PROSE, ' ').split(/[.!?…]+(?=\s|$|["”»)])|\n+/)) {
      const found = sentence.match(/\p{L}+/gu) ?? [];
      if (found.length === 0) continue;
      sentences++;
      words += found.length;
      for (const w of found) syll += syllables(w);
    }
  }
  const per = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    words,
    sentences,
    syllables: syll,
    fernandezHuerta: 206.84 - 0.6 * 100 * per(syll, words) - 1.02 * 100 * per(sentences, words),
    szigrisztPazos: 206.835 - 62.3 * per(syll, words) - per(words, sentences),
  };
}

/** The INFLESZ scale's word for a Szigriszt-Pazos figure (Barrio-Cantalejo et al., 2008). */
export const inflesz = (score: number): string =>
  score < 40
    ? 'muy difícil'
    : score < 55
      ? 'algo difícil'
      : score < 65
        ? 'normal'
        : score < 80
          ? 'bastante fácil'
          : 'muy fácil';
