import { loadPractice } from '../src/scenario/practice-load.js';
import { prepareNormaliser, normalise } from '../src/engine/practice/normalise.js';
import { compile, spans } from '../src/engine/practice/patterns.js';
const r = loadPractice().rules!;
const n = prepareNormaliser(r);
const classes = new Map(Object.entries(r.classes ?? {}).map(([k, ws]) => [k, new Set(ws)]));
const text = process.argv[2]!;
const norm = normalise(text, n);
for (const s of norm.sentences) console.log(s.words.join(' '), [...s.starts], s.negated.map(Number).join(''));
for (const sig of r.signals)
  for (const p of sig.patterns)
    for (const s of norm.sentences) {
      const sp = spans(compile(p, n), s, classes);
      if (sp.length) console.log(sig.id, p, JSON.stringify(sp));
    }
