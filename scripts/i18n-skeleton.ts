// Starts or completes a scenario translation file: every string a reader sees in a built-in
// scenario or module, keyed as scenarios/README.md ("Translations") says, with the hash of its
// English and the English above it as a comment, so a translator fills in `text` and nothing else.
// Strings already translated and still fresh are kept as they are; stale ones are kept with the
// new English and hash beside them, to translate again.
// Run: npx tsx scripts/i18n-skeleton.ts [--bare] <lang> [partner shared/talk partner.test ...]   (no names: every file)
// --bare leaves the English comments out (the files as shipped: the package has a size limit).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../src/scenario/catalogue.js';
import { practiceStrings } from '../src/scenario/localize-practice.js';
import { BUILTIN_PRACTICE_DIR, loadPractice } from '../src/scenario/practice-load.js';
import { englishOf } from '../src/scenario/translation-check.js';
import { englishHash, readTranslation } from '../src/scenario/translations.js';

const bare = process.argv.includes('--bare');
const [language, ...asked] = process.argv.slice(2).filter((a) => a !== '--bare');
if (!language) throw new Error('usage: npx tsx scripts/i18n-skeleton.ts <lang> [name ...]');
const yamlNames = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))
    .map((n) => n.replace(/\.yaml$/, ''));
// A test file's quoted phrases too, as `<name>.test` (src/scenario/test-strings.ts names the keys).
const testNames = readdirSync(BUILTIN_DIR)
  .filter((n) => n.endsWith('.test.yaml'))
  .map((n) => n.replace(/\.yaml$/, ''));
const names = asked.length
  ? asked
  : [
      ...yamlNames(BUILTIN_DIR),
      ...yamlNames(BUILTIN_SHARED_DIR).map((n) => `shared/${n}`),
      'practice/lines',
      ...testNames,
    ];
const quote = (s: string) => JSON.stringify(s);
const comment = (s: string) => (bare ? [] : s.split('\n').map((line) => `  # ${line}`.trimEnd()));

/** The practice lines' strings by key (localize-practice.ts names the keys). */
function practiceEnglish(): Map<string, string> | undefined {
  const content = loadPractice(BUILTIN_PRACTICE_DIR).content;
  return content && practiceStrings(content);
}

for (const name of names) {
  const english =
    name === 'practice/lines'
      ? practiceEnglish()
      : englishOf(join(BUILTIN_DIR, `${name}.yaml`), { sharedDirs: [BUILTIN_SHARED_DIR] });
  if (!english) throw new Error(`${name}: cannot read its English (run talkcoach validate scenarios/)`);
  const file = join(BUILTIN_DIR, 'i18n', language, `${name}.yaml`);
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
