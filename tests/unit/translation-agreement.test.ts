// One English string, one translation: the same English in two built-in files (a stance title that
// four scenarios share, an option label) must read the same in each language, or a reader sees two
// wordings for one thing. Six translators worked on separate files; this catches where they differ.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranslation } from '../../src/scenario/translations.js';

const I18N = 'scenarios/i18n';
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name));

// The same English said from another side on purpose: the reader's own reason in `myself` (first
// person), the loved one's in `reasons` (third person).
const ALLOWED = new Set([
  'shared/reasons:node.reasons.option.stranger.label',
  'myself:node.my-reasons.option.stranger.label',
]);

describe.each(readdirSync(I18N))('built-in translations into %s', (language) => {
  it('give one English string one wording in every file', () => {
    const byHash = new Map<string, Map<string, string[]>>();
    for (const file of yamlFiles(join(I18N, language))) {
      const t = readTranslation(file, readFileSync(file, 'utf8')).value!;
      // A test file's phrases are fragments picked from one plan each, not words a reader sees.
      if (t.translates.endsWith('.test')) continue;
      for (const [key, { en, text }] of Object.entries(t.strings)) {
        if (ALLOWED.has(`${t.translates}:${key}`)) continue;
        const texts = byHash.get(en) ?? new Map<string, string[]>();
        texts.set(text, [...(texts.get(text) ?? []), `${t.translates}:${key}`]);
        byHash.set(en, texts);
      }
    }
    const differing = [...byHash.values()].filter((texts) => texts.size > 1).map((texts) => Object.fromEntries(texts));
    expect(byHash.size).toBeGreaterThan(500);
    expect(differing).toEqual([]);
  });
});
