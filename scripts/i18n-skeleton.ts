// Starts or completes a scenario translation file: every string a reader sees in a built-in
// scenario or module, keyed as scenarios/README.md ("Translations") says, with the hash of its
// English and the English above it as a comment, so a translator fills in `text` and nothing else.
// Strings already translated and still fresh are kept as they are; stale ones are kept with the
// new English and hash beside them, to translate again.
// Run: npx tsx scripts/i18n-skeleton.ts [--bare] <lang> [partner shared/talk partner.test ...]   (no names: every file)
// --bare leaves the English comments out (the files as shipped: the package has a size limit).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../src/scenario/catalogue.js';
import { englishOf, translatedName, translatedSources, translationFileOf } from '../src/scenario/translation-check.js';
import { englishHash, readTranslation } from '../src/scenario/translations.js';

const bare = process.argv.includes('--bare');
const [language, ...asked] = process.argv.slice(2).filter((a) => a !== '--bare');
if (!language) throw new Error('usage: npx tsx scripts/i18n-skeleton.ts <lang> [name ...]');
// Every file the build checks for the language (translatedSources), or the ones named.
const sources = asked.length ? asked.map((name) => join(BUILTIN_DIR, `${name}.yaml`)) : translatedSources(BUILTIN_DIR);
const quote = (s: string) => JSON.stringify(s);
const comment = (s: string) => (bare ? [] : s.split('\n').map((line) => `  # ${line}`.trimEnd()));

for (const source of sources) {
  const name = translatedName(source);
  // A scenario's own strings, a module's, the practice lines' or a test file's (englishOf tells them apart).
  const english = englishOf(source, { sharedDirs: [BUILTIN_SHARED_DIR] });
  if (!english) throw new Error(`${name}: cannot read its English (run talkcoach validate scenarios/)`);
  const file = translationFileOf(source, language);
  const old = existsSync(file) ? readTranslation(file, readFileSync(file, 'utf8')).value?.strings : undefined;
  const lines = [`language: ${language}`, `translates: ${name}`, 'strings:'];
  let todo = 0;
  for (const [key, source] of english) {
    const hash = englishHash(source);
    const had = old?.[key];
    if (had && had.en === hash && had.text.trim()) {
      lines.push(...comment(source), `  ${key}: { en: ${hash}, text: ${quote(had.text)} }`);
      continue;
    }
    todo++;
    if (had?.text.trim()) lines.push(`  # STALE: the English changed; the old translation was: ${quote(had.text)}`);
    lines.push(...comment(source), `  ${key}: { en: ${hash}, text: "" }`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`${file}: ${english.size} strings, ${todo} to translate`);
}
