// Readability of the Spanish a person reads (issue 25): Fernández-Huerta and Szigriszt-Pazos
// (INFLESZ scale) over (a) the text of the Spanish plans of every built-in scenario, from their
// walks (each line once, however many plans hold it), (b) the Spanish practice lines, and (c) the
// Spanish message catalogue. Figures per source.
// Run: npm run readability:es
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spoken, spokenPractice } from '../src/commands/scenario-words.js';
import { walkEach } from '../src/engine/walk.js';
import { language as spanish } from '../src/messages/es/index.js';
import { useLanguage } from '../src/messages/index.js';
import { summaryTexts } from '../src/render/summary.js';
import { words as inWords } from '../src/render/words.js';
import { crisisFor } from '../src/safety/crisis.js';
import { BUILTIN_DIR, BUILTIN_SHARED_DIR } from '../src/scenario/catalogue.js';
import { loadScenarioFile } from '../src/scenario/load.js';
import { practiceStrings } from '../src/scenario/localize-practice.js';
import { BUILTIN_PRACTICE_DIR, loadPractice } from '../src/scenario/practice-load.js';
import { inflesz, readability } from './lib/readability-es.js';

await useLanguage('es');
const rows: [string, string[]][] = [];
const all = new Set<string>();
for (const name of readdirSync(BUILTIN_DIR).filter((n) => n.endsWith('.yaml') && !n.endsWith('.test.yaml'))) {
  const file = join(BUILTIN_DIR, name);
  const english = loadScenarioFile(file, { sharedDirs: [BUILTIN_SHARED_DIR] }).scenario!;
  const scenario = await spoken(english, file);
  // The advice a person reads: headline, "In short", section titles, each point's do, say and avoid
  // (the crisis block's service names are not Spanish words, and are the same in every plan).
  const lines = new Set<string>();
  walkEach(scenario, { crisis: crisisFor('US') }, ({ plan }) => {
    for (const t of [plan.title, ...summaryTexts(plan)]) lines.add(t);
    for (const s of [...plan.sections, ...plan.more]) {
      lines.add(inWords(s.title));
      for (const p of s.points) for (const t of [p.do, p.say, p.avoid]) if (t) lines.add(t);
    }
  });
  rows.push([`plans: ${scenario.id}`, [...lines]]);
  for (const l of lines) all.add(l);
}
rows.push(['plans: all (each once)', [...all]]);
const practice = loadPractice(BUILTIN_PRACTICE_DIR).content!;
rows.push(['practice lines', [...practiceStrings(await spokenPractice(practice)).values()]]);
const catalogue = Object.values(spanish.words).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
rows.push(['message catalogue', catalogue]);

console.log('source                 words  sentences  syll/word  words/sentence  Fernández-Huerta  Szigriszt-Pazos');
for (const [name, texts] of rows) {
  const r = readability(texts);
  console.log(
    `${name.padEnd(22)} ${String(r.words).padStart(5)}  ${String(r.sentences).padStart(9)}  ` +
      `${(r.syllables / r.words).toFixed(2).padStart(9)}  ${(r.words / r.sentences).toFixed(1).padStart(14)}  ` +
      `${r.fernandezHuerta.toFixed(1).padStart(16)}  ` +
      `${r.szigrisztPazos.toFixed(1).padStart(8)} (${inflesz(r.szigrisztPazos)})`,
  );
}
