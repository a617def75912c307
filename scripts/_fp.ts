import { checkReply } from '../src/engine/practice/checker.js';
import { loadPractice } from '../src/scenario/practice-load.js';
import { readLabelled } from './lib/labelled.js';
const r = { ...loadPractice().rules!, scorer: undefined };
const want = process.argv[2]; // fp | miss
for (const f of process.argv.slice(3))
  for (const row of readLabelled(f)) {
    const c = checkReply(row.reply, r);
    if (want === 'fp' && row.label !== 'hurts' && c.verdict === 'hurts')
      console.log(row.label, c.signals.join(','), '|', row.reply);
    if (want === 'miss' && row.label === 'hurts' && c.verdict !== 'hurts')
      console.log(row.family, c.verdict, c.signals.join(','), '|', row.reply);
  }
